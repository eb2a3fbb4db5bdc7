import { readFileSync } from "node:fs";
import { repoPath } from "./scenarios.js";

/**
 * Named regions of a source file: the lines between `// #region NAME` and `// #endregion NAME`, the markers
 * editors fold on. Documentation shows them word for word (see doc-examples.ts).
 */

const START = /^\s*\/\/ #region (\S+)\s*$/;
const END = /^\s*\/\/ #endregion (\S+)\s*$/;

function linesOf(file: string): string[] {
  return readFileSync(repoPath(file), "utf8").split("\n");
}

/** Removes the indentation common to all non-empty lines. */
function dedent(lines: readonly string[]): string {
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join("\n");
}

/** The region's lines of a file, dedented, without blank lines at either end; null if there is none. */
export function region(file: string, name: string): string | null {
  const lines = linesOf(file);
  const start = lines.findIndex((l) => START.exec(l)?.[1] === name);
  const end = lines.findIndex((l, k) => k > start && END.exec(l)?.[1] === name);
  if (start < 0 || end < 0) return null;
  const body = lines.slice(start + 1, end);
  while (body.length > 0 && body[0]?.trim() === "") body.shift();
  while (body.length > 0 && body[body.length - 1]?.trim() === "") body.pop();
  return dedent(body);
}

/** Every region name of a file, in order. */
export function regionNames(file: string): string[] {
  return linesOf(file).flatMap((l) => {
    const name = START.exec(l)?.[1];
    return name === undefined ? [] : [name];
  });
}

/** The lines of a file outside every region that are neither blank, nor a comment, nor a region marker. */
export function codeOutsideRegions(file: string): string[] {
  const outside: string[] = [];
  let depth = 0;
  for (const line of linesOf(file)) {
    if (START.test(line)) depth++;
    else if (END.test(line)) depth--;
    else if (depth === 0 && line.trim() !== "" && !line.trim().startsWith("//")) outside.push(line);
  }
  return outside;
}
