import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { codeBlocks, scratchFile } from "./support/markdown.js";
import { repoPath } from "./support/scenarios.js";

const [example] = codeBlocks("README.md", "## Use the engine as a library", "ts");
const scratch = scratchFile("readme-example.ts", example ?? "");
afterAll(() => scratch.cleanup());

describe("README: use the engine as a library", () => {
  it("has exactly one TypeScript example", () => {
    expect(codeBlocks("README.md", "## Use the engine as a library", "ts")).toHaveLength(1);
  });

  it("runs as written against the engine's sources", async () => {
    const logged: unknown[][] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
    try {
      await import(/* @vite-ignore */ scratch.path);
    } finally {
      spy.mockRestore();
    }
    const [overall, utilities] = logged[0] ?? [];
    expect(["agreement", "partial-agreement", "no-breakthrough", "collapse"]).toContain(overall);
    expect(Object.keys(utilities as object).sort()).toEqual(["nato", "russia", "ukraine", "united-states"]);
    expect(logged[1]?.[0]).toHaveLength(3);
    const results = logged[2]?.[0] as Record<string, number>;
    expect(Object.values(results).reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it("runs from plain Node against the built package (npm run build)", () => {
    expect(existsSync(repoPath("packages/engine/dist/index.js"))).toBe(true);
    // No source condition: "@parley/engine" resolves through node_modules to the package's dist/ build.
    const run = spawnSync(process.execPath, ["--import", "tsx", scratch.path], {
      cwd: repoPath("."),
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^(agreement|partial-agreement|no-breakthrough|collapse) \{/);
  });
});
