import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { codeBlocks } from "./markdown.js";
import { repoPath } from "./scenarios.js";

/** `console.log(x); // → value`: a line of an example that states what it logs. */
const EXPECTATION = /console\.log\((.*)\);\s*\/\/ → (.*)$/;

/** What a documentation example must contain at least. */
export interface ExampleShape {
  readonly blocks: number;
  readonly checkedLogs: number;
}

/**
 * Tests the ```ts examples of one section of a markdown file: joined in order as one module under tests/ (so
 * "@parley/engine" resolves to the engine's sources), it must type-check, run from the repository's root, and
 * log exactly what its `console.log(x); // → value` lines state (each value a JavaScript literal).
 */
export function describeDocExamples(file: string, heading: string, shape: ExampleShape): void {
  const blocks = codeBlocks(file, heading, "ts");
  const source = blocks.join("\n");
  const slug = heading.replace(/\W+/g, "-").toLowerCase();
  // A dot-directory under tests/: resolved like the tests, left out of tsc's globs, removed afterwards.
  const dir = repoPath(`tests/.scratch-doc-${slug}-${process.pid}`);
  const module = join(dir, "example.ts");

  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(module, source);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe(`${file}, ${heading}`, () => {
    it("has examples, and every console.log in them states its value", () => {
      expect(blocks.length).toBeGreaterThanOrEqual(shape.blocks);
      const logs = source.split("\n").filter((line) => line.includes("console.log("));
      expect(logs.length).toBeGreaterThanOrEqual(shape.checkedLogs);
      for (const line of logs) expect(line, line).toMatch(EXPECTATION);
    });

    it("runs, and logs what it says", async () => {
      const expected = source
        .split("\n")
        .map((line) => EXPECTATION.exec(line)?.[2])
        .filter((v): v is string => v !== undefined)
        .map((literal) => new Function(`return (${literal});`)() as unknown);
      const logged: unknown[][] = [];
      const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
        logged.push(args);
      });
      const cwd = process.cwd();
      try {
        process.chdir(repoPath("."));
        await import(pathToFileURL(module).href);
      } finally {
        process.chdir(cwd);
        spy.mockRestore();
      }
      expect(logged.map((args) => args.length)).toEqual(expected.map(() => 1));
      expect(logged.map((args) => args[0])).toEqual(expected);
    });

    it("type-checks", () => {
      const config = ts.getParsedCommandLineOfConfigFile(
        repoPath("tsconfig.json"),
        {},
        { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
      );
      expect(config).toBeDefined();
      const program = ts.createProgram([module], { ...config?.options, noEmit: true });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file === undefined || d.file.fileName === module.replaceAll("\\", "/"))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      expect(diagnostics).toEqual([]);
    });
  });
}
