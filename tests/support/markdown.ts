import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoPath } from "./scenarios.js";

/** The fenced code blocks of a language in the section of a markdown file that starts at `heading`. */
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

/** Writes code to a scratch file under tests/ (so that it resolves the repository's packages) and returns its path. */
export function scratchFile(name: string, code: string): { path: string; cleanup: () => void } {
  const dir = repoPath(`tests/.scratch-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, code);
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
