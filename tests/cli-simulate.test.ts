import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { simulate } from "@parley/engine";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../packages/cli/src/run.js";
import { chunkSize } from "../packages/cli/src/simulation/play.js";
import { mediated, must, nrc } from "./support/bots.js";
import { type CliResult, Collected, parley } from "./support/cli.js";
import { repoPath } from "./support/scenarios.js";

// `parley simulate` and `parley sweep` on worker threads, in process (see tests/support/cli.ts). Each run that
// plays starts its own threads, so the runs here are few and their games few.

const dir = mkdtempSync(join(tmpdir(), "parley-simulate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MEDIATED = repoPath("tests/fixtures/mediated-talks.json");

/** A usage error: exit code 2, one `parley: …` line, no stack trace, nothing played. */
function expectUsageError(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^parley: /);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |something went wrong/);
  expect(result.stdout).toBe("");
}

/** Runs `parley` with stderr a terminal or not, and lets a test press Ctrl+C once the run listens for it. */
function startRun(args: readonly string[], options: { stderrIsTTY?: boolean } = {}) {
  const stdout = new Collected();
  const stderr = new Collected();
  if (options.stderrIsTTY === true) Object.assign(stderr, { isTTY: true, columns: 100 });
  const listeners = new Set<() => void>();
  const result = run(args, {
    stdin: new PassThrough(),
    stdout,
    stderr,
    stdinIsTTY: false,
    onInterrupt: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  }).then((code) => ({ code, stdout: stdout.text, stderr: stderr.text }));
  return {
    result,
    async interruptWhenListening(): Promise<void> {
      while (listeners.size === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      for (const listener of listeners) listener();
    },
  };
}

describe("parley simulate", () => {
  it("gives the same JSON on 1 and on 2 worker threads, equal to the library's report", async () => {
    // Each thread loads the engine from its sources (seconds on a busy machine): two show the split as well.
    const args = ["simulate", MEDIATED, "--seeds", "30", "--seed", "same", "--json"];
    const one = await parley([...args, "--workers", "1"]);
    const two = await parley([...args, "--workers", "2"]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout) as Record<string, unknown>;
    expect(report).toEqual({
      ...JSON.parse(JSON.stringify(must(simulate(mediated, { seeds: { base: "same", count: 30 } })))),
      complete: true,
      requested: 30,
    });
    expect(report).toMatchObject({ games: 30, seeds: { base: "same", start: 0, count: 30 } });
  });

  it("shows a progress bar on a terminal's stderr, and nothing on a pipe; the report is the same", async () => {
    const args = ["simulate", MEDIATED, "--seeds", "8"];
    const terminal = await startRun(args, { stderrIsTTY: true }).result;
    const pipe = await startRun(args).result;
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toMatch(/\d+% · \d+\/8 games/);
    expect(pipe.stderr).toBe("");
    expect(pipe.stdout).toBe(terminal.stdout);
    expect(pipe.stdout).toMatch(/: 8 games \(seeds parley:0 … parley:7\)/);
    expect(pipe.stdout).toMatch(/Outcome \(share of games, 95 % interval, games\)/);
  });

  it("stops on Ctrl+C after the games under way, reports them with exit code 130", async () => {
    const started = startRun(["simulate", MEDIATED, "--seeds", "100000", "--workers", "1", "--json"]);
    await started.interruptWhenListening();
    const result = await started.result;
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/stopped by Ctrl\+C after [\d,]+ of 100,000 games/);
    const report = JSON.parse(result.stdout) as {
      games: number;
      complete: boolean;
      seeds: { count: number };
    };
    expect(report.complete).toBe(false);
    // The chunks handed out before Ctrl+C were finished: whole chunks, from the first seed on.
    const size = chunkSize(100_000, 1);
    expect(report.games).toBeGreaterThan(0);
    expect(report.games % size).toBe(0);
    expect(report.games).toBeLessThan(100_000);
  });

  it("writes one CSV row per game in seed order, agreeing with the report", async () => {
    const file = join(dir, "games.csv");
    const result = await parley(["simulate", MEDIATED, "--seeds", "12", "--csv", file, "--json"]);
    expect(result.code).toBe(0);
    const [header, ...rows] = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(header).toMatch(/^game,seed,class,result,cause,follow_up,moves,tension,first-session\.class/);
    expect(rows.map((r) => r.split(",").slice(0, 2).join(","))).toEqual(
      Array.from({ length: 12 }, (_, k) => `${k},parley:${k}`),
    );
    const report = JSON.parse(result.stdout) as { classes: { class: string; count: number }[] };
    for (const c of report.classes)
      expect(rows.filter((r) => r.split(",")[2] === c.class).length).toBe(c.count);
  });

  it.each([
    ["1e9", /--seeds takes a whole number of games from 1 to 10,000,000; got '1e9'\. .*take hours/],
    ["1e20", /from 1 to 10,000,000; got '1e20'/],
    ["10000001", /from 1 to 10,000,000/],
    ["0", /from 1 to 10,000,000/],
    ["2.5", /whole number/],
  ])("refuses --seeds %s with a usage error, before playing", async (seeds, message) => {
    expectUsageError(await parley(["simulate", "nrc", "--seeds", seeds]), message);
  });

  it.each([
    [["--workers", "0"], /--workers takes a whole number of threads from 1 to 64/],
    [["--workers", "65"], /--workers takes a whole number of threads from 1 to 64/],
    [["--seed", ""], /--seed takes a base seed of 1 to 200 characters/],
    [["--csv", join(tmpdir(), "no-such-dir", "x.csv")], /--csv: cannot write .* \(ENOENT\)/],
  ])("refuses %j with a usage error", async (flags, message) => {
    expectUsageError(await parley(["simulate", MEDIATED, "--seeds", "2", ...flags]), message);
  });
});

describe("parley sweep", () => {
  it("shows how the classes move as a value changes: a table, and JSON with every value's report", async () => {
    // Every one of Russia's hidden types has its own reservation: the coercive bargainer's is varied.
    const russia = nrc.actors.findIndex((a) => a.id === "russia");
    const type = nrc.actors[russia]?.types.findIndex((t) => t.id === "coercive-bargainer") ?? -1;
    const own = nrc.actors[russia]?.types[type]?.reservation;
    const at = `actors[${russia}].types[${type}].reservation`;
    const args = [
      "sweep",
      "nrc",
      "--vary",
      `actors.russia.types.coercive-bargainer.reservation=${own}..0.5:2`,
      "--seeds",
      "6",
    ];
    const table = await parley(args);
    expect(table.code).toBe(0);
    const lines = table.stdout.split("\n");
    expect(lines[0]).toContain(`${at} from ${own} to 0.5 (the scenario says ${own}), 6 games a value`);
    expect(lines.find((l) => l.startsWith("*"))).toMatch(new RegExp(`^\\*\\s+${own}\\s`));
    expect(table.stdout).toMatch(/walk-out: collapse \(walk-out\), no follow-up/);
    expect(table.stdout).toMatch(/What really happened: none \(no breakthrough, no follow-up\)\./);
    const json = await parley([...args, "--json"]);
    const report = JSON.parse(json.stdout) as {
      path: string;
      points: { value: number; report: { games: number; classes: { class: string; count: number }[] } }[];
    };
    expect(report.path).toBe(at);
    expect(report.points.map((p) => [p.value, p.report.games])).toEqual([
      [own, 6],
      [0.5, 6],
    ]);
    // A coercive bargainer that values walking away at 0.5 walks out: more walk-outs than at its own value.
    const walkOuts = (k: number) =>
      report.points[k]?.report.classes.find((c) => c.class === "collapse:walk-out|no-follow-up")?.count ?? 0;
    expect(walkOuts(1)).toBeGreaterThan(walkOuts(0));
  });

  it.each([
    [
      "actors.rusia.reservation=0..1",
      /--vary: In 'actors\.rusia\.reservation': actors has no 'rusia'; did you mean "russia"\?/,
    ],
    ["actors.russia.name=0..1", /is text, not a number/],
    [
      "world.tension=50..150:3",
      /With world\.tension = 100 .*not valid|With world\.tension = 150 the scenario is not valid/,
    ],
    ["actors.russia.reservation", /--vary takes PATH=FROM\.\.TO\[:STEPS\]/],
    ["actors.russia.reservation=a..1", /FROM 'a' is not a number/],
    ["actors.russia.reservation=0..1:1", /at least 2 steps/],
    ["actors.russia.reservation=0..1:500", /STEPS is a whole number from 2 to 101/],
  ])("refuses --vary %s with a usage error", async (vary, message) => {
    expectUsageError(await parley(["sweep", "nrc", "--vary", vary, "--seeds", "2"]), message);
  });

  it("refuses a sweep without --vary, and one of more games than the bound", async () => {
    expectUsageError(await parley(["sweep", "nrc"]), /Say what to vary/);
    expectUsageError(
      await parley(["sweep", "nrc", "--vary", "world.tension=0..50:11", "--seeds", "10000000"]),
      /at most 10,000,000 games in all; 11 values × 10,000,000 games/,
    );
  });
});
