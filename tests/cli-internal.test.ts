import { describe, expect, it, vi } from "vitest";
import { parley } from "./support/cli.js";

// A fault inside Parley, staged: the engine's analysis throws, which its API promises never to do.
vi.mock("@parley/engine", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@parley/engine")>()),
  analyze: () => {
    throw new TypeError("staged fault \u001b[2J");
  },
}));

describe("a fault inside Parley", () => {
  it("is one line on stderr and exit code 70, no stack trace", async () => {
    const run = await parley(["analyze", "nrc"]);
    expect(run.code).toBe(70);
    expect(run.stderr).toBe(
      "parley: something went wrong inside Parley: staged fault ␛[2J (PARLEY_DEBUG=1 shows where)\n",
    );
  });

  it("shows where it happened with PARLEY_DEBUG=1", async () => {
    const run = await parley(["analyze", "nrc"], { debug: true });
    expect(run.code).toBe(70);
    const [first, ...stack] = run.stderr.trimEnd().split("\n");
    expect(first).toBe("parley: something went wrong inside Parley: staged fault ␛[2J");
    expect(stack.length).toBeGreaterThan(0);
    expect(stack.join("\n")).toMatch(/^\s+at .*analyze/m);
  });
});
