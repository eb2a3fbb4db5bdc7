import { readFileSync } from "node:fs";
import { repoPath } from "./scenarios.js";

/** Where a documentation block says its code comes from: `<!-- example: FILE#REGION -->` above it. */
export interface ExampleSource {
  readonly file: string;
  readonly region: string;
}

/** A ```ts block of a markdown file. */
export interface TsBlock {
  /** The 1-based line of its opening fence. */
  readonly line: number;
  readonly code: string;
  /** The region it shows, or null when no example comment stands right above it. */
  readonly source: ExampleSource | null;
}

const MARKER = /^<!-- example: (\S+)#(\S+) -->$/;

/** Every ```ts block of a markdown file (a path from the repository's root), in order. */
export function tsBlocks(file: string): TsBlock[] {
  const lines = readFileSync(repoPath(file), "utf8").split("\n");
  const blocks: TsBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== "```ts") continue;
    const end = lines.findIndex((l, k) => k > i && l.trim() === "```");
    const code = lines.slice(i + 1, end < 0 ? lines.length : end).join("\n");
    let k = i - 1;
    while (k >= 0 && lines[k]?.trim() === "") k--;
    const marker = MARKER.exec(lines[k]?.trim() ?? "");
    blocks.push({
      line: i + 1,
      code,
      source: marker ? { file: marker[1] ?? "", region: marker[2] ?? "" } : null,
    });
    i = end < 0 ? lines.length : end;
  }
  return blocks;
}
