import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { RESULT_KINDS } from "@parley/engine";
import { describe, expect, it } from "vitest";
import { describeDocShowsCode, logsOf } from "./support/doc-examples.js";
import { repoPath } from "./support/scenarios.js";

const EXAMPLE = "docs/examples/library.ts";

describeDocShowsCode("README.md", [EXAMPLE], 1);

describe("README: use the engine as a library", () => {
  it("runs as written against the engine's sources", async () => {
    const logged = await logsOf(EXAMPLE);
    const [overall, utilities] = logged[0] ?? [];
    expect(RESULT_KINDS).toContain(overall);
    expect(Object.keys(utilities as object).sort()).toEqual(["nato", "russia", "ukraine", "united-states"]);
    expect(logged[1]?.[0]).toHaveLength(3);
    const results = logged[2]?.[0] as Record<string, number>;
    expect(Object.values(results).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("runs from plain Node against the built package (npm run build)", () => {
    expect(existsSync(repoPath("packages/engine/dist/index.js"))).toBe(true);
    // No source condition: "@parley/engine" resolves through node_modules to the package's dist/ build.
    const run = spawnSync(process.execPath, ["--import", "tsx", repoPath(EXAMPLE)], {
      cwd: repoPath("."),
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^(agreement|partial-agreement|procedural-agreement|no-breakthrough|collapse) \{/,
    );
  });
});
