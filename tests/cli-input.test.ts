import { describe, expect, it } from "vitest";
import { nrc } from "./support/bots.js";
import { parley, startParley } from "./support/cli.js";

// `parley play --as ACTOR` reads the person's moves one per line, by number, from a terminal or a pipe.

/** Enough answers of "1" to play any of the shipped games to its end. */
const ONES = "1\n".repeat(400);

describe("moves from a pipe", () => {
  it("plays a whole game from piped numbers and ends with exit code 0", async () => {
    const run = await parley(["play", "nrc", "--as", "russia"], { stdin: ONES });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Overall: (agreement|partial agreement|agreement on process only|no breakthrough|collapse)/,
    );
    expect(run.stderr).toBe("");
    // The debrief closes it: the meeting beside the record, every actor's utilities, what happened next and
    // the sources cited, by title.
    const debrief = run.stdout.slice(run.stdout.indexOf("== The talks beside the record =="));
    expect(debrief).toMatch(
      /This game: .*; follow-up (not )?agreed.*; \d+ min \(scheduled \d+\); tension at the end \d+\./,
    );
    expect(debrief).toMatch(
      /In 2022: no breakthrough; follow-up not agreed; tension at the end \d+ in the model's replay\./,
    );
    for (const actor of nrc.actors) expect(debrief).toMatch(new RegExp(`\\n  ${actor.name}\\s+\\d\\.\\d{3}`));
    expect(debrief).toContain("What happened next:");
    const cited = nrc.sources.filter((x) => debrief.includes(`[${x.key}]`));
    expect(cited.length).toBeGreaterThan(0);
    for (const source of cited) expect(debrief).toContain(`[${source.key}] ${source.title}`);
  });

  it("shows each answer read after its prompt, so the output reads like a session", async () => {
    const run = await parley(["play", "nrc", "--as", "russia"], { stdin: ONES });
    const prompts = run.stdout.split("\n").filter((line) => line.startsWith("Your move"));
    expect(prompts.length).toBeGreaterThan(1);
    for (const prompt of prompts) expect(prompt).toMatch(/^Your move \(1-\d+, or help\): 1$/);
  });

  it("keeps every line of a pipe until it is asked for, even when all arrive at once", async () => {
    // Two games, the same numbers: one given at once, one line by line as each prompt appears.
    const answers = ["2", "1", "3", "1", "2"];
    const atOnce = await parley(["play", "nrc", "--as", "russia", "--seed", "pipe"], {
      stdin: `${answers.join("\n")}\n`,
    });
    const session = startParley(["play", "nrc", "--as", "russia", "--seed", "pipe"]);
    for (const [i, answer] of answers.entries()) {
      await session.waitFor("Your move", i + 1);
      session.stdin.write(`${answer}\n`);
    }
    session.stdin.end();
    const stepByStep = await session.result;
    expect(stepByStep.stdout).toBe(atOnce.stdout);
    expect(stepByStep.code).toBe(130);
  });

  it("asks again when an answer is not one of the numbers", async () => {
    const run = await parley(["play", "nrc", "--as", "russia"], { stdin: `0\nabc\n1.5\n99\n\n${ONES}` });
    expect(run.code).toBe(0);
    for (const wrong of ["0", "abc", "1.5", "99", ""])
      expect(run.stdout).toContain(
        `'${wrong}' is not a move number, a move's key or a command; type 'help'.`,
      );
  });

  it("ends with exit code 130 and one line when the input ends before the game (Ctrl+D)", async () => {
    const run = await parley(["play", "nrc", "--as", "russia"], { stdin: "1\n" });
    expect(run.code).toBe(130);
    expect(run.stderr).toBe("parley: the input ended (Ctrl+D) before the game did; stopped.\n");
    expect(run.stdout).toMatch(/Your move \(1-\d+, or help\): 1\n/);
  });

  it("ends with exit code 130 and one line on Ctrl+C (SIGINT) while it waits for a move", async () => {
    const session = startParley(["play", "nrc", "--as", "russia"]);
    await session.waitFor("Your move");
    session.interrupt();
    const run = await session.result;
    expect(run.code).toBe(130);
    expect(run.stderr).toBe("parley: stopped by Ctrl+C before the game ended.\n");
    expect(run.stdout).not.toContain("Overall:");
  });
});

describe("moves from a terminal", () => {
  it("reads a typed move, then ends with 130 and one line on the Ctrl+C key", async () => {
    const session = startParley(["play", "nrc", "--as", "russia"], { stdinIsTTY: true });
    await session.waitFor("Your move");
    session.stdin.write("1\r");
    await session.waitFor("Your move", 2);
    session.stdin.write("\u0003");
    const run = await session.result;
    expect(run.code).toBe(130);
    expect(run.stderr).toBe("parley: stopped by Ctrl+C before the game ended.\n");
  });

  it("ends with 130 and one line on the Ctrl+D key at an empty prompt", async () => {
    const session = startParley(["play", "nrc", "--as", "russia"], { stdinIsTTY: true });
    await session.waitFor("Your move");
    session.stdin.write("\u0004");
    const run = await session.result;
    expect(run.code).toBe(130);
    expect(run.stderr).toBe("parley: the input ended (Ctrl+D) before the game did; stopped.\n");
  });
});
