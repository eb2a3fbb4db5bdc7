import { readFileSync } from "node:fs";
import * as kit from "@parley/engine/testing";
import { describe, expect, it } from "vitest";
import { describeDocShowsCode } from "./support/doc-examples.js";
import { repoPath } from "./support/scenarios.js";

/**
 * docs/testing-scenarios.md shows code that runs: every ```ts block is a region of one of the two test files
 * below, word for word, and those files are ordinary tests (type-checked, linted, run).
 */

const DOC = "docs/testing-scenarios.md";

describeDocShowsCode(
  DOC,
  ["tests/properties-docs-vitest.test.ts", "tests/properties-docs-plain.test.ts"],
  10,
);

describe(DOC, () => {
  it("names every function and constant the kit exports", () => {
    const doc = readFileSync(repoPath(DOC), "utf8");
    const missing = Object.keys(kit).filter((name) => !doc.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });
});
