import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoPath } from "./support/scenarios.js";

/**
 * The engine is pure: no clock, no global randomness, no timers, no I/O, no DOM, no Node API. Two tools
 * enforce it on every `npm test`, on the code itself (comments never count):
 * - the build (`packages/engine/tsconfig.build.json`) compiles the engine against the ES2022 library alone
 *   and no `@types` package, so the DOM's and Node's globals and modules do not type-check there;
 * - Biome's rules for `packages/engine/src/**` (biome.json) refuse what the ES library still has: `Date`,
 *   `Math.random`, `globalThis`, and name the DOM's and Node's globals again for a clearer message.
 * This file checks that both are set up, and that the lint rules bite.
 */

/** One impure line each, and the lint rule that must refuse it in the engine. */
const IMPURE: [string, string][] = [
  ["export const a = Math.random();", "lint/nursery/noJsRestrictedProperties"],
  ['export const b = Math["random"]();', "lint/nursery/noJsRestrictedProperties"],
  ["export const c = Date.now();", "lint/style/noRestrictedGlobals"],
  ["export const d = new Date();", "lint/style/noRestrictedGlobals"],
  ["export const e = performance.now();", "lint/style/noRestrictedGlobals"],
  ["export const f = setTimeout;", "lint/style/noRestrictedGlobals"],
  ["export const g = queueMicrotask;", "lint/style/noRestrictedGlobals"],
  ["export const h = globalThis;", "lint/style/noRestrictedGlobals"],
  ["export const i = document;", "lint/style/noRestrictedGlobals"],
  ["export const j = window;", "lint/style/noRestrictedGlobals"],
  ["export const k = localStorage;", "lint/style/noRestrictedGlobals"],
  ["export const l = fetch;", "lint/style/noRestrictedGlobals"],
  ["export const m = crypto;", "lint/style/noRestrictedGlobals"],
  ["export const n = process;", "lint/correctness/noProcessGlobal"],
  ['export const o = require("node:fs");', "lint/style/noRestrictedGlobals"],
  ['export { readFileSync } from "node:fs";', "lint/correctness/noNodejsModules"],
  ['export { platform } from "os";', "lint/correctness/noNodejsModules"],
];

/** Lines that only talk about impure things. */
const PURE = [
  "// Math.random() and Date.now() are not allowed here; nor is setTimeout.",
  "/* performance.now(), document.title, process.env */",
  'export const words = "Math.random() Date.now()";',
  "export const isCalendarDate = (text: string): boolean => text.length === 10;",
];

/** What Biome's JSON reporter says about one finding. */
interface Diagnostic {
  readonly category: string;
  readonly location: { readonly path: string; readonly start: { readonly line: number } };
}

/**
 * Lints files with the repository's own biome.json, copied into a scratch repository where the files sit in
 * `packages/engine/src/`, so that the engine's overrides apply and the real sources are never touched.
 */
function lintAsEngineSource(files: Record<string, string>): Diagnostic[] {
  const root = mkdtempSync(join(tmpdir(), "parley-purity-"));
  try {
    mkdirSync(join(root, "packages/engine/src"), { recursive: true });
    copyFileSync(repoPath("biome.json"), join(root, "biome.json"));
    for (const [name, text] of Object.entries(files))
      writeFileSync(join(root, "packages/engine/src", name), text);
    const biome = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");
    // The JSON reporter is marked experimental; biome is pinned to one version in package.json.
    const run = spawnSync(
      process.execPath,
      [biome, "lint", "--vcs-enabled=false", "--reporter=json", "--max-diagnostics=none", "."],
      { cwd: root, encoding: "utf8" },
    );
    return (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe("the engine is pure", () => {
  it("is built against the ES library alone: no DOM, no Node types", () => {
    const build = JSON.parse(readFileSync(repoPath("packages/engine/tsconfig.build.json"), "utf8")) as {
      compilerOptions: { lib?: string[]; types?: string[] };
      include: string[];
    };
    expect(build.compilerOptions.lib).toEqual(["ES2022"]);
    expect(build.compilerOptions.types).toEqual([]);
    expect(build.include).toEqual(["src"]);
  });

  it("Biome refuses every impure line in the engine, and no comment or string", () => {
    const impure = IMPURE.map(([line]) => line).join("\n");
    const diagnostics = lintAsEngineSource({ "impure.ts": `${impure}\n`, "pure.ts": `${PURE.join("\n")}\n` });
    const rulesAt = (file: string, line: number) =>
      diagnostics
        .filter((d) => d.location.path.endsWith(`/${file}`) && d.location.start.line === line)
        .map((d) => d.category);
    IMPURE.forEach(([line, rule], index) => {
      expect(rulesAt("impure.ts", index + 1), line).toContain(rule);
    });
    expect(diagnostics.filter((d) => d.location.path.endsWith("/pure.ts"))).toEqual([]);
  });
});
