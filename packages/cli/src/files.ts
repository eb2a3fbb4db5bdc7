import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { err, ok, type Result } from "@parley/engine";

/** Why a file could not be read: `missing` (no such path) or anything else, with a readable reason. */
export interface FileProblem {
  readonly kind: "missing" | "not-a-file" | "too-large" | "unreadable";
  /** What is wrong, to follow the path in a sentence: "is a directory, not a file". */
  readonly reason: string;
}

const MB = 1024 * 1024;

function notAFile(stats: Stats): FileProblem | undefined {
  if (stats.isFile()) return undefined;
  const what = stats.isDirectory()
    ? "a directory"
    : stats.isFIFO()
      ? "a named pipe"
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? "a device"
        : stats.isSocket()
          ? "a socket"
          : "not a regular file";
  return { kind: "not-a-file", reason: `is ${what}, not a file` };
}

function tooLarge(bytes: number, maxBytes: number): FileProblem | undefined {
  if (bytes <= maxBytes) return undefined;
  return {
    kind: "too-large",
    reason: `is ${(bytes / MB).toFixed(1)} MB; Parley reads files of at most ${(maxBytes / MB).toFixed(0)} MB`,
  };
}

function systemProblem(error: unknown): FileProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing", reason: "does not exist" };
  if (code === "EACCES" || code === "EPERM")
    return { kind: "unreadable", reason: "may not be read (permission denied)" };
  if (code === "EISDIR") return { kind: "not-a-file", reason: "is a directory, not a file" };
  return { kind: "unreadable", reason: `could not be read (${code ?? String(error)})` };
}

/** Reads from `fd` until its end or until `limit` bytes are in: never more than `limit` bytes. */
function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.allocUnsafe(limit);
  let filled = 0;
  while (filled < limit) {
    const got = readSync(fd, buffer, filled, limit - filled, null);
    if (got === 0) break;
    filled += got;
  }
  return buffer.subarray(0, filled);
}

/**
 * Reads a text file of at most `maxBytes` bytes, or says why not. Only a regular file is read: the path is
 * stat'ed first, so a directory, a named pipe or a device (`/dev/zero`) is refused without being opened, and
 * a file over the limit without being read. The file is then opened without blocking (a path swapped for a
 * named pipe meanwhile cannot hang the open), checked again on the open descriptor, and read into a buffer of
 * `maxBytes + 1` bytes, so a file that grew meanwhile is refused too. Never throws.
 */
export function readTextFile(path: string, maxBytes: number): Result<string, FileProblem> {
  let fd: number | undefined;
  try {
    const before = statSync(path);
    const refused = notAFile(before) ?? tooLarge(before.size, maxBytes);
    if (refused !== undefined) return err(refused);
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const opened = fstatSync(fd);
    const changed = notAFile(opened) ?? tooLarge(opened.size, maxBytes);
    if (changed !== undefined) return err(changed);
    const bytes = readAtMost(fd, maxBytes + 1);
    const grew = tooLarge(bytes.length, maxBytes);
    if (grew !== undefined) return err(grew);
    return ok(bytes.toString("utf8"));
  } catch (error) {
    return err(systemProblem(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
