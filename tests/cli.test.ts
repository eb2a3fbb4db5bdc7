import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoPath } from "./support/scenarios.js";

/** Runs the `parley` command as a user would, through its bin script. */
function parley(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(
    process.execPath,
    ["--conditions=@parley/source", repoPath("packages/cli/bin/parley.js"), ...args],
    {
      cwd: repoPath("."),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the parley command", () => {
  it("plays the NRC with bots and prints the transcript, the outcome and the record", () => {
    const run = parley("play", "nrc", "--seed", "cli-test");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("== NATO");
    expect(run.stdout).toMatch(/Outcome: (agreement|partial-agreement|no-breakthrough|collapse)/);
    expect(run.stdout).toContain("What really happened: no-breakthrough.");
    expect(run.stdout).toMatch(/reported 4\.0 h .* or 4\.8 h|reported 4\.0 h .* or 5\.0 h/);
  });

  it("validates the shipped scenarios and lists every problem of a broken one with its path", () => {
    expect(parley("validate", "geneva", "nrc", "osce", "week").status).toBe(0);
    const broken = parley("validate", "tests/fixtures/broken/several-mistakes.json");
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/problems?/);
    expect(broken.stdout.split("\n").filter((line) => /^ {2}\S+: /.test(line)).length).toBeGreaterThan(1);
  });

  it("replays the historical line of play", () => {
    const run = parley("replay", "nrc", "--history");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Outcome: no-breakthrough");
  });

  it("simulates a batch and reports outcome frequencies", () => {
    const run = parley("simulate", "geneva", "--seeds", "20", "--json");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { games: number; results: Record<string, number> };
    expect(Object.values(report.results).reduce((a, b) => a + b, 0)).toBe(20);
  });

  it("analyzes a scenario", () => {
    const run = parley("analyze", "nrc");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/enlargement: empty/);
    expect(run.stdout).toContain("Nash point");
  });

  it.each([
    [["frobnicate"], /Unknown command 'frobnicate'/],
    [["play", "no-such-scenario"], /No scenario file at/],
    [["play", "nrc", "--bot", "russia=genius"], /No bot 'genius'/],
    [["play", "nrc", "--bot", "atlantis=random"], /No actor 'atlantis'/],
    [["simulate", "nrc", "--seeds", "many"], /--seeds takes a whole number/],
    [["play", "--colour"], /Unknown option '--colour'/],
    [["replay", "nrc", "--play", "{not json"], /not valid JSON/],
  ])("answers bad input %j with a message and no stack trace", (args, message) => {
    const run = parley(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
