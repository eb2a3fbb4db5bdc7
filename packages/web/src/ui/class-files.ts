import type { ClassEvent } from "../app/class-machine.js";
import { CLASS_LIMITS, type ClassProblemModel } from "../models/index.js";

/** A file as the class view reads it (a browser `File` is one). */
export type ClassFile = Pick<File, "name" | "size" | "text">;

/**
 * Reads chosen files into the class's entries: at most `room` of them (what the class can still take), so that
 * a class's worth of extra files is never read; the rest, files far too large and files that cannot be read
 * are refused with their reason, unread.
 */
export async function readClassFiles(
  files: readonly ClassFile[],
  room: number,
): Promise<Extract<ClassEvent, { type: "ADD" }>> {
  const entries: { name: string; text: string }[] = [];
  const refused: ClassProblemModel[] = [];
  for (const file of files) {
    if (entries.length >= room) {
      refused.push({
        name: file.name,
        message: `A class view holds at most ${CLASS_LIMITS.games} games; this file was not read.`,
      });
      continue;
    }
    if (file.size > CLASS_LIMITS.textLength) {
      refused.push({ name: file.name, message: "It is far too large to be a Parley save." });
      continue;
    }
    try {
      entries.push({ name: file.name, text: await file.text() });
    } catch (error) {
      const why = error instanceof Error && error.message !== "" ? `: ${error.message}` : ".";
      refused.push({ name: file.name, message: `The file could not be read${why}` });
    }
  }
  return { type: "ADD", entries, refused };
}
