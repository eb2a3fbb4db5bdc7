import { describe, expect, it } from "vitest";
import { parley } from "./support/cli.js";
import { describeDocShowsCode, describeLoggedExample } from "./support/doc-examples.js";
import { codeBlocks } from "./support/markdown.js";

// docs/simulate.md: its library example runs and logs what it says, and its sweep of a Russian type's
// reservation value is what `parley sweep` prints today.

const EXAMPLE = "docs/examples/simulate.ts";

describeDocShowsCode("docs/simulate.md", [EXAMPLE], 1);
describeLoggedExample(EXAMPLE, 6);

describe("docs/simulate.md, the sweep of Russia's reservation value at the NRC", () => {
  it("shows the table parley sweep prints", async () => {
    const section = "### Russia's reservation value at the NATO-Russia Council";
    const [command, table] = [
      codeBlocks("docs/simulate.md", section, "sh")[0],
      codeBlocks("docs/simulate.md", section, "text")[0],
    ];
    const vary = "actors.russia.types.coercive-bargainer.reservation=0.144..0.294:4";
    expect(command).toBe(`npx parley sweep nrc --vary ${vary} --seeds 50\n`);
    const run = await parley(["sweep", "nrc", "--vary", vary, "--seeds", "50"]);
    expect(run.code).toBe(0);
    // When the scenario or the bots change, paste this output into the doc and read its text again.
    expect(run.stdout).toBe(table);
  });
});
