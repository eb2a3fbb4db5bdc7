import { pathToFileURL } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { tsBlocks } from "./markdown.js";
import { codeOutsideRegions, region, regionNames } from "./regions.js";
import { repoPath } from "./scenarios.js";

/**
 * Documentation shows code that runs. Every ```ts block of a doc follows an `<!-- example: FILE#REGION -->`
 * comment and equals, character for character, that region of a real file (see regions.ts): a test, or a
 * module under docs/examples/. Those files are type-checked by `npm run typecheck` and linted like any other
 * code, and run by the tests, so an example cannot go stale without `npm test` failing.
 */

/**
 * Checks that every ```ts block of `doc` shows a region of a file word for word, and that every region of
 * `files`, the doc's own example files, is shown, in the file's order.
 */
export function describeDocShowsCode(doc: string, files: readonly string[], minBlocks: number): void {
  const blocks = tsBlocks(doc);
  const examples = blocks.flatMap((b) => (b.source === null ? [] : [{ ...b.source, code: b.code }]));

  describe(`${doc} shows code that runs`, () => {
    it("has examples", () => {
      expect(blocks.length).toBeGreaterThanOrEqual(minBlocks);
    });

    it("names, above every ts block, the region it comes from", () => {
      const unnamed = blocks.filter((b) => b.source === null).map((b) => `line ${b.line}`);
      expect(unnamed).toEqual([]);
    });

    it.each(examples.map((e) => [`${e.file}#${e.region}`, e] as const))(
      "%s is the code of that region, word for word",
      (_name, example) => {
        const code = region(example.file, example.region);
        expect(code, `${example.file} has no region '${example.region}'`).not.toBeNull();
        expect(example.code).toBe(code);
      },
    );

    it("shows every region of its example files", () => {
      const names = new Set(examples.map((e) => `${e.file}#${e.region}`));
      const hidden = files
        .flatMap((file) => regionNames(file).map((r) => `${file}#${r}`))
        .filter((r) => !names.has(r));
      expect(hidden).toEqual([]);
    });

    it("shows the regions of each example file in the order they run", () => {
      for (const file of files) {
        const order = regionNames(file);
        const shownOrder = examples.filter((e) => e.file === file).map((e) => e.region);
        expect(shownOrder, file).toEqual(order.filter((name) => shownOrder.includes(name)));
      }
    });
  });
}

/** `console.log(x); // → value`: a line of an example that states what it logs. */
const EXPECTATION = /console\.log\((.*)\);\s*\/\/ → (.*)$/;

/**
 * Checks a module of docs/examples/ that a doc shows whole: it has no code outside its regions, every
 * `console.log` in it states its value (`// → value`, a JavaScript literal), and, imported from the
 * repository's root, it logs exactly those values.
 */
export function describeLoggedExample(file: string, checkedLogs: number): void {
  const shown = regionNames(file)
    .map((name) => region(file, name) ?? "")
    .join("\n");

  describe(file, () => {
    it("is all shown: no code outside its regions", () => {
      expect(regionNames(file).length).toBeGreaterThan(0);
      expect(codeOutsideRegions(file)).toEqual([]);
    });

    it("states the value of every console.log", () => {
      const logs = shown.split("\n").filter((line) => line.includes("console.log("));
      expect(logs.length).toBeGreaterThanOrEqual(checkedLogs);
      for (const line of logs) expect(line, line).toMatch(EXPECTATION);
    });

    it("runs, and logs what it says", async () => {
      const expected = shown
        .split("\n")
        .map((line) => EXPECTATION.exec(line)?.[2])
        .filter((v): v is string => v !== undefined)
        .map((literal) => new Function(`return (${literal});`)() as unknown);
      const logged = await logsOf(file);
      expect(logged.map((args) => args.length)).toEqual(expected.map(() => 1));
      expect(logged.map((args) => args[0])).toEqual(expected);
    });
  });
}

/** How many example runs this worker has made: a fresh query makes each import run the module again. */
let runs = 0;

/**
 * Runs a module from the repository's root (so relative file names in it resolve) and returns what it logged.
 * Each call runs it anew, although test files share a worker's module cache (vitest.config.ts).
 */
export async function logsOf(file: string): Promise<unknown[][]> {
  const logged: unknown[][] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
  const cwd = process.cwd();
  try {
    process.chdir(repoPath("."));
    await import(`${pathToFileURL(repoPath(file)).href}?run=${++runs}`);
  } finally {
    process.chdir(cwd);
    spy.mockRestore();
  }
  return logged;
}
