import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * Runs the example of the "## Bots" section of docs/bots-and-analytics.md: every ```ts block under that
 * heading, in order, as one module (from the repository's root, as the example reads a scenario file). Each
 * `console.log(x); // → value` line is a check: the logged value must deep-equal `value`, a JavaScript
 * literal. The module is also type-checked.
 */

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const docPath = join(root, "docs", "bots-and-analytics.md");
const expectation = /console\.log\((.*)\);\s*\/\/ → (.*)$/;

/** The ```ts blocks between "## Bots" and the next level-2 heading. */
function botBlocks(markdown: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === "## Bots");
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^## /.test(line));
  const section = (end < 0 ? rest : rest.slice(0, end)).join("\n");
  return [...section.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? "");
}

const blocks = botBlocks(readFileSync(docPath, "utf8"));
const source = blocks.join("\n");
// A dot-directory under tests/: resolved like the tests, left out of tsc's globs, removed afterwards.
const tmpDir = join(root, "tests", `.docs-bots-tmp-${process.pid}`);
const tmpFile = join(tmpDir, "bots-example.ts");
const shimFile = join(tmpDir, "engine.ts");

/**
 * "@parley/engine" resolves to packages/engine/src/index.ts; until that re-exports the bots, the example is
 * pointed at a module that re-exports both.
 */
function engineSpecifier(): string {
  const index = join(root, "packages", "engine", "src", "index.ts");
  if (readFileSync(index, "utf8").includes("./bots/index.js")) return "@parley/engine";
  const to = (file: string) =>
    relative(tmpDir, join(root, "packages", "engine", "src", file)).replaceAll("\\", "/");
  writeFileSync(shimFile, `export * from "${to("index.js")}";\nexport * from "${to("bots/index.js")}";\n`);
  return "./engine.js";
}

beforeAll(() => {
  mkdirSync(tmpDir, { recursive: true });
  writeFileSync(tmpFile, source.replaceAll('"@parley/engine"', JSON.stringify(engineSpecifier())));
});
afterAll(() => rmSync(tmpDir, { recursive: true, force: true }));

describe("docs/bots-and-analytics.md, ## Bots", () => {
  it("has an example, and every console.log in it states its value", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    expect(source).toContain('from "@parley/engine"');
    const logs = source.split("\n").filter((line) => line.includes("console.log("));
    expect(logs.length).toBeGreaterThanOrEqual(6);
    for (const line of logs) expect(line, line).toMatch(expectation);
  });

  it("runs, and logs what it says", async () => {
    const expected = source
      .split("\n")
      .map((line) => expectation.exec(line)?.[2])
      .filter((v): v is string => v !== undefined)
      .map((literal) => new Function(`return (${literal});`)() as unknown);
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
    const cwd = process.cwd();
    try {
      process.chdir(root);
      await import(pathToFileURL(tmpFile).href);
    } finally {
      process.chdir(cwd);
      spy.mockRestore();
    }
    expect(logged.map((args) => args.length)).toEqual(expected.map(() => 1));
    expect(logged.map((args) => args[0])).toEqual(expected);
  });

  it("type-checks", () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, "tsconfig.json"),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    );
    expect(config).toBeDefined();
    const program = ts.createProgram([tmpFile], { ...config?.options, noEmit: true });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || d.file.fileName === tmpFile.replaceAll("\\", "/"))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  });
});
