import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoPath } from "./support/scenarios.js";

/** What would make the engine impure: a clock, global randomness, timers, I/O, the DOM or Node's APIs. */
const FORBIDDEN: [string, RegExp][] = [
  ["Math.random", /\bMath\.random\b/],
  ["Date", /\bDate\b/],
  ["performance.now", /\bperformance\.now\b/],
  ["timers", /\b(setTimeout|setInterval|setImmediate|queueMicrotask|requestAnimationFrame)\b/],
  ["the DOM", /\b(document|window|localStorage|navigator)\./],
  ["Node's process", /\bprocess\./],
  ["Node modules", /from\s+["'](node:)?(fs|path|os|child_process|crypto|worker_threads|url|util)["']/],
  ["require", /\brequire\(/],
  ["fetch", /\bfetch\(/],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** The source with comments removed, so that a comment mentioning Date is not a finding. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
}

describe("the engine is pure", () => {
  const files = sources(repoPath("packages/engine/src"));

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(FORBIDDEN)("uses no %s", (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(code(readFileSync(file, "utf8"))));
    expect(offenders).toEqual([]);
  });

  it("the checker itself catches an impure line", () => {
    expect(FORBIDDEN.some(([, p]) => p.test(code("const t = Date.now();")))).toBe(true);
    expect(FORBIDDEN.some(([, p]) => p.test(code("// Date.now() is not allowed")))).toBe(false);
  });
});
