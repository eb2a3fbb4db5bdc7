import { readFileSync } from "node:fs";
import * as kit from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { repoPath } from "./support/scenarios.js";

/**
 * docs/testing-scenarios.md shows code that runs: every ```ts block follows an `<!-- example: FILE#REGION -->`
 * comment and must equal, character for character, the lines between `// #region REGION` and
 * `// #endregion REGION` of that test file, with their common indentation removed. The files are ordinary
 * tests (type-checked, linted, run), so an example cannot go stale without a test failing.
 */

const DOC = "docs/testing-scenarios.md";
const doc = readFileSync(repoPath(DOC), "utf8");

interface Example {
  readonly file: string;
  readonly region: string;
  readonly code: string;
  readonly line: number;
}

/** Every ```ts block of the doc with the example comment before it (or none). */
function examples(markdown: string): { example: Example | null; line: number; code: string }[] {
  const lines = markdown.split("\n");
  const out: { example: Example | null; line: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trim() !== "```ts") continue;
    const end = lines.findIndex((l, k) => k > i && l.trim() === "```");
    const code = lines.slice(i + 1, end < 0 ? lines.length : end).join("\n");
    let k = i - 1;
    while (k >= 0 && lines[k]?.trim() === "") k--;
    const marker = /^<!-- example: (\S+)#(\S+) -->$/.exec(lines[k]?.trim() ?? "");
    out.push({
      example: marker ? { file: marker[1] ?? "", region: marker[2] ?? "", code, line: i + 1 } : null,
      line: i + 1,
      code,
    });
    i = end < 0 ? lines.length : end;
  }
  return out;
}

/** Removes the indentation common to all non-empty lines. */
function dedent(lines: readonly string[]): string {
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length === 0 ? 0 : Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join("\n");
}

/** The region's lines of a file, dedented, without blank lines at either end; null if there is none. */
function region(file: string, name: string): string | null {
  const lines = readFileSync(repoPath(file), "utf8").split("\n");
  const start = lines.findIndex((l) => l.trim() === `// #region ${name}`);
  const end = lines.findIndex((l, k) => k > start && l.trim() === `// #endregion ${name}`);
  if (start < 0 || end < 0) return null;
  const body = lines.slice(start + 1, end);
  while (body.length > 0 && body[0]?.trim() === "") body.shift();
  while (body.length > 0 && body[body.length - 1]?.trim() === "") body.pop();
  return dedent(body);
}

/** Every region name of a file. */
function regions(file: string): string[] {
  return [...readFileSync(repoPath(file), "utf8").matchAll(/^\s*\/\/ #region (\S+)\s*$/gm)].map(
    (m) => m[1] ?? "",
  );
}

const blocks = examples(doc);

describe(`${DOC} shows code that runs`, () => {
  it("has examples", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  it("names, above every ts block, the test region it comes from", () => {
    const unnamed = blocks.filter((b) => b.example === null).map((b) => `line ${b.line}`);
    expect(unnamed).toEqual([]);
  });

  it.each(
    blocks.flatMap((b) => (b.example === null ? [] : [b.example])).map((e) => [`${e.file}#${e.region}`, e]),
  )("%s is the code of that region, word for word", (_name, example) => {
    const code = region(example.file, example.region);
    expect(code, `${example.file} has no region '${example.region}'`).not.toBeNull();
    expect(example.code).toBe(code);
  });

  it("shows every region of the docs' example files", () => {
    const shown = new Set(
      blocks.flatMap((b) => (b.example === null ? [] : [`${b.example.file}#${b.example.region}`])),
    );
    const files = ["tests/properties-docs-vitest.test.ts", "tests/properties-docs-plain.test.ts"];
    const hidden = files
      .flatMap((file) => regions(file).map((r) => `${file}#${r}`))
      .filter((r) => !shown.has(r));
    expect(hidden).toEqual([]);
  });

  it("names every function and constant the kit exports", () => {
    const missing = Object.keys(kit).filter((name) => !doc.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });
});
