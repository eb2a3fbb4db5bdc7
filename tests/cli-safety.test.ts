import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { type CliResult, parley } from "./support/cli.js";
import { repoPath } from "./support/scenarios.js";

const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the hostile scenario below holds: ESC, BEL, the one-character CSI, a bidirectional override. */
const CONTROLS = ["\u001b", "\u0007", "\u009b", "\u202e"];
const rawControls = (text: string) => CONTROLS.filter((control) => text.includes(control));

/** Exit code 2 and a one-line `parley: …` message on stderr, no stack trace, nothing from inside. */
function expectUsageError(run: CliResult, message: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^parley: /);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at |something went wrong/);
}

describe("words the person types are never looked up on an object's prototype", () => {
  it.each([
    ["analyze", "constructor"],
    ["play", "__proto__"],
    ["simulate", "hasOwnProperty"],
    ["replay", "toString"],
  ])("`parley %s %s` says there is no such scenario", async (command, word) => {
    expectUsageError(await parley([command, word]), new RegExp(`${word} does not exist\\. Try one of`));
  });

  it("`parley validate toString` lists it as a file that does not exist (exit code 2)", async () => {
    const run = await parley(["validate", "toString", "__proto__", "nrc"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/✗ \S*toString does not exist/);
    expect(run.stdout).toMatch(/✗ \S*__proto__ does not exist/);
    expect(run.stdout).toMatch(/✓ \S*nato-russia-council\.json/);
    expect(run.stderr).toBe("");
  });

  it("`--bot constructor=random` and `--bot russia=constructor` are refused by name", async () => {
    expectUsageError(await parley(["play", "nrc", "--bot", "constructor=random"]), /No actor 'constructor'/);
    expectUsageError(await parley(["play", "nrc", "--bot", "russia=constructor"]), /No bot 'constructor'/);
    expectUsageError(await parley(["play", "nrc", "--as", "__proto__"]), /No actor '__proto__'/);
  });
});

describe("only regular files of at most 5 MB are read", () => {
  it("refuses a directory", async () => {
    expectUsageError(await parley(["play", dir]), /is a directory, not a file/);
    const run = await parley(["validate", dir]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/✗ .* is a directory, not a file/);
  });

  it("refuses a device without reading it (/dev/null: an empty read would not tell)", async () => {
    expectUsageError(await parley(["analyze", "/dev/null"]), /\/dev\/null is a device, not a file/);
  });

  it("refuses a 4 GB file from its size alone, without reading it", async () => {
    // Sparse: 4 GB long, no disk used. Reading it whole would fail (Node reads at most 2 GB into a string),
    // and the size in the message can only come from stat.
    const huge = join(dir, "huge.json");
    writeFileSync(huge, "");
    truncateSync(huge, 4 * 1024 ** 3);
    expectUsageError(
      await parley(["play", huge]),
      /huge\.json is 4096\.0 MB; Parley reads files of at most 5 MB/,
    );
    const run = await parley(["validate", huge]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/is 4096\.0 MB/);
  });

  it("reads a file of exactly 5 MB and refuses one byte more", async () => {
    const limit = 5 * 1024 * 1024;
    const atLimit = join(dir, "at-limit.json");
    writeFileSync(atLimit, `{${" ".repeat(limit - 2)}}`);
    const read = await parley(["validate", atLimit]);
    expect(read.code).toBe(1); // read and checked: an empty object is not a scenario
    expect(read.stdout).toMatch(/problem/);
    const over = join(dir, "over-limit.json");
    writeFileSync(over, `{${" ".repeat(limit - 1)}}`);
    expectUsageError(
      await parley(["play", over]),
      /over-limit\.json is 5\.0 MB; Parley reads files of at most 5 MB/,
    );
  });

  it("refuses a save file that is a directory", async () => {
    expectUsageError(await parley(["replay", "nrc", "--save", dir]), /save file .* is a directory/);
  });
});

describe("text from a scenario reaches the terminal with its control characters shown, not obeyed", () => {
  const nrc = JSON.parse(readFileSync(repoPath("scenarios/2022-01-12-nato-russia-council.json"), "utf8")) as {
    title: string;
    summary: string;
    actors: { name: string }[];
  };
  const hostile = structuredClone(nrc);
  hostile.title = `\u001b]0;pwned\u0007${nrc.title}`;
  hostile.summary = `\u001b[2J${nrc.summary}\u009b31m\u202e`;
  for (const actor of hostile.actors) actor.name = `${actor.name}\u001b[8m`;
  const file = join(dir, "hostile.json");
  writeFileSync(file, JSON.stringify(hostile));

  it("the scenario is valid: the engine accepts any text, so the CLI must guard the terminal", async () => {
    expect((await parley(["validate", file])).code).toBe(0);
  });

  it.each([
    [["play", file]],
    [["simulate", file, "--seeds", "3"]],
    [["analyze", file]],
    [["replay", file, "--history"]],
  ])("%j prints no control character and shows each one visibly", async (args) => {
    const run = await parley(args);
    expect(run.code).toBe(0);
    expect(rawControls(run.stdout)).toEqual([]);
    expect(run.stdout).toMatch(/␛\]0;pwned␇|␛\[8m/);
  });

  it("shows the title's and summary's sequences as ␛ and ␇ and C1 or bidi controls as their code", async () => {
    const run = await parley(["play", file]);
    expect(run.stdout).toContain("␛]0;pwned␇");
    expect(run.stdout).toContain("␛[2J");
    expect(run.stdout).toContain("\\u009b31m\\u202e");
  });

  it("keeps JSON output valid and equal to the data, with every control escaped", async () => {
    const run = await parley(["simulate", file, "--seeds", "2", "--json"]);
    expect(rawControls(run.stdout)).toEqual([]);
    expect(JSON.parse(run.stdout)).toMatchObject({ games: 2 });
  });

  it("shows control characters in the person's own words (a file name) too", async () => {
    const run = await parley(["validate", "\u001b[2Jnothing-here"]);
    expect(rawControls(run.stdout)).toEqual([]);
    expect(run.stdout).toContain("␛[2Jnothing-here does not exist");
    const usage = await parley(["\u001b]0;pwned\u0007"]);
    expect(rawControls(usage.stderr)).toEqual([]);
    expect(usage.stderr).toContain("Unknown command '␛]0;pwned␇'");
  });
});

/** A stdout whose reader has gone (`EPIPE`) or whose disk is full (`ENOSPC`) after `accepted` writes. */
class FailingStdout extends Writable {
  constructor(
    private readonly code: string,
    private accepted = 0,
  ) {
    super();
  }
  override _write(_chunk: unknown, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    if (this.accepted-- > 0) return done();
    done(Object.assign(new Error(`${this.code}: write failed`), { code: this.code }));
  }
}

describe("a stdout that fails", () => {
  it("stops quietly with 141 when the reader has gone (a closed pipe)", async () => {
    const run = await parley(["play", "week"], { stdout: new FailingStdout("EPIPE", 1) });
    expect(run.code).toBe(141);
    expect(run.stderr).toBe("");
  });

  it("says so in one line and exits with 74 when the disk is full", async () => {
    const run = await parley(["analyze", "nrc", "--json"], { stdout: new FailingStdout("ENOSPC") });
    expect(run.code).toBe(74);
    expect(run.stderr).toBe("parley: could not write the output: ENOSPC: write failed\n");
  });
});
