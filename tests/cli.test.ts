import { describe, expect, it } from "vitest";
import { parley } from "./support/cli.js";
import { repoPath } from "./support/scenarios.js";

// Every command, run in this process through run(argv, io); tests/cli-process.test.ts keeps the few runs
// that only a real process can show.

describe("the parley command", () => {
  it("plays the NRC with bots and prints the transcript, the outcome and the record", async () => {
    const run = await parley(["play", "nrc", "--seed", "cli-test"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("== NATO");
    expect(run.stdout).toMatch(
      /Overall: (agreement|partial agreement|agreement on process only|no breakthrough|collapse); in 2022: no breakthrough\./,
    );
    expect(run.stdout).toMatch(/reported length: 4\.0 h/);
    expect(run.stdout).toMatch(/reported length: 5\.0 h/);
    expect(run.stderr).toBe("");
  });

  it("validates the shipped scenarios and lists every problem of a broken one with its path", async () => {
    expect((await parley(["validate", "geneva", "nrc", "osce", "week"])).code).toBe(0);
    const broken = await parley(["validate", repoPath("tests/fixtures/broken/several-mistakes.json")]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/problems?/);
    expect(broken.stdout.split("\n").filter((line) => /^ {2}\S+: /.test(line)).length).toBeGreaterThan(1);
  });

  it("replays the historical line of play", async () => {
    const run = await parley(["replay", "nrc", "--history"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Overall: no breakthrough; in 2022: no breakthrough.");
  });

  it("simulates a batch and reports outcome frequencies", async () => {
    const run = await parley(["simulate", "geneva", "--seeds", "20", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { games: number; results: Record<string, number> };
    expect(Object.values(report.results).reduce((a, b) => a + b, 0)).toBe(20);
  });

  it("analyzes a scenario", async () => {
    const run = await parley(["analyze", "nrc"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/enlargement: empty/);
    expect(run.stdout).toContain("Nash point");
  });

  it("prints its help, exit codes included, with exit code 0 when asked and 2 on stderr when not", async () => {
    const asked = await parley(["--help"]);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain("Exit codes");
    const bare = await parley([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe("");
    expect(bare.stderr).toContain("Usage:");
  });

  it.each([
    [["frobnicate"], /Unknown command 'frobnicate'/],
    [["play", "no-such-scenario"], /no-such-scenario does not exist\. Try one of: geneva/],
    [["play", "nrc", "--bot", "russia=genius"], /No bot 'genius'/],
    [["play", "nrc", "--bot", "atlantis=random"], /No actor 'atlantis'/],
    [["play", "nrc", "--as", "atlantis"], /No actor 'atlantis'/],
    [["simulate", "nrc", "--seeds", "many"], /--seeds takes a whole number/],
    [["simulate", "nrc", "--seeds", "1e12"], /--seeds takes a whole number of games from 1 to/],
    [["play", "--colour"], /Unknown option '--colour'/],
    [["replay", "nrc", "--play", "{not json"], /not valid JSON/],
    [["replay", "nrc"], /Say what to replay/],
    [["replay", "nrc", "--save", "no-such-save.json"], /save file .*no-such-save\.json does not exist/],
    [["validate"], /name at least one scenario file/],
    [["play", repoPath("tests/fixtures/broken/several-mistakes.json")], /is not a valid scenario/],
  ])("answers bad input %j with exit code 2 and a message, no stack trace", async (args, message) => {
    const run = await parley(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/^parley: /);
    expect(run.stderr).not.toMatch(/\n\s+at |something went wrong/);
  });
});
