import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parley } from "./support/cli.js";
import { repoPath } from "./support/scenarios.js";

// The commands beside `play`: migrate, validate's warnings and history check, analyze's options, replay's
// refusals. In process (see tests/support/cli.ts).

const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));

describe("parley migrate", () => {
  it("writes a format-1 file as format 2, which validates and plays the same history", async () => {
    const out = join(dir, "nrc-2.json");
    const run = await parley([
      "migrate",
      repoPath("tests/fixtures/format1/nato-russia-council.json"),
      "--out",
      out,
    ]);
    expect(run.code).toBe(0);
    const migrated = JSON.parse(readFileSync(out, "utf8")) as { formatVersion: number };
    expect(migrated.formatVersion).toBe(2);
    expect((await parley(["validate", out])).code).toBe(0);
    const before = await parley([
      "replay",
      repoPath("tests/fixtures/format1/nato-russia-council.json"),
      "--history",
    ]);
    const after = await parley(["replay", out, "--history"]);
    expect(before.code).toBe(0);
    expect(after.stdout).toBe(before.stdout);
  });

  it("prints to stdout without --out, and refuses a broken file with its problems", async () => {
    const run = await parley(["migrate", repoPath("tests/fixtures/harbour-talks.json")]);
    expect(JSON.parse(run.stdout)).toMatchObject({ formatVersion: 2 });
    const broken = await parley(["migrate", repoPath("tests/fixtures/broken/several-mistakes.json")]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/is not a valid scenario/);
  });
});

describe("parley validate", () => {
  it("lists warnings for a legal but likely unintended set-up, and still passes", async () => {
    const raw = JSON.parse(readFileSync(repoPath("tests/fixtures/mediated-talks.json"), "utf8")) as {
      world: { tension: number };
    };
    raw.world.tension = 100;
    const file = join(dir, "hot.json");
    writeFileSync(file, JSON.stringify(raw));
    const run = await parley(["validate", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 warning/);
    expect(run.stdout).toMatch(/⚠ world\.tension: /);
  });

  it("fails a history whose moves do not give its recorded outcome", async () => {
    const raw = JSON.parse(
      readFileSync(repoPath("tests/fixtures/format1/nato-russia-council.json"), "utf8"),
    ) as {
      history: { outcome: { overall: string } };
    };
    raw.history.outcome.overall = "collapse";
    const file = join(dir, "wrong-history.json");
    writeFileSync(file, JSON.stringify(raw));
    const run = await parley(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/history\.outcome\.overall: is 'collapse', but the history's moves give/);
  });
});

describe("parley analyze", () => {
  it("analyses one meeting for chosen actors, marking what lies behind red lines", async () => {
    const run = await parley(["analyze", "nrc", "--actors", "nato,russia", "--red-lines", "mark"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/packages over nato, russia/);
    expect(run.stdout).toMatch(/red lines: mark/);
  });

  it("refuses an unknown red-line setting and an unknown actor with a usage error", async () => {
    const mode = await parley(["analyze", "nrc", "--red-lines", "sometimes"]);
    expect(mode.code).toBe(2);
    expect(mode.stderr).toMatch(/--red-lines takes one of respect, ignore, mark/);
    const actor = await parley(["analyze", "nrc", "--actors", "atlantis"]);
    expect(actor.code).toBe(2);
  });
});

describe("parley play and replay: refusals that say why", () => {
  it("says a seat that never sits at the table never has the floor", async () => {
    const run = await parley(["play", "nrc", "--as", "ukraine"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /Ukraine does not sit at any meeting .* so it never has the floor; choose one of: /,
    );
  });

  it("says a scenario without a history has none to replay", async () => {
    const run = await parley(["replay", repoPath("tests/fixtures/mediated-talks.json"), "--history"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/has no historical record to replay/);
  });

  it("refuses a damaged replay link with a message", async () => {
    const run = await parley(["replay", "nrc", "--link", "2.nato-russia-council-2022-01-12.00000000.x.0s1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Cannot open the link: /);
  });
});
