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

/** The fenced blocks in `language` of the section of `file` under `heading` (up to the next heading of its level). */
export function codeBlocks(file: string, heading: string, language: string): string[] {
  const text = readFileSync(repoPath(file), "utf8");
  const start = text.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`${file} has no heading '${heading}'`);
  const level = heading.match(/^#+/)?.[0] ?? "##";
  const rest = text.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`\\n${level} `));
  const section = next === -1 ? rest : rest.slice(0, next);
  return [...section.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "g"))].map(
    (m) => m[1] ?? "",
  );
}
