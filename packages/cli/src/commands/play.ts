import { writeFileSync } from "node:fs";
import {
  createMatch,
  type Match,
  type MatchCommand,
  matchMenu,
  matchTranscript,
  matchTurn,
  matchView,
  reduceMatch,
  type SeatPlayer,
  saveMatch,
  type ValidScenario,
} from "@parley/engine";
import { GameStopped, UserError } from "../errors.js";
import { formatLines } from "../format.js";
import { briefing, statusLine } from "../game/briefing.js";
import { menuLines, PROMPT_HELP, readChoice, whyLines } from "../game/choices.js";
import { endReport } from "../game/report.js";
import type { CliIo, Output } from "../io.js";
import { loadScenario } from "../load.js";
import { openMoveInput } from "../move-input.js";
import { seatsFromFlags } from "../seats.js";

/** Options of `parley play`. */
export interface PlayOptions {
  readonly seed: string;
  /** The actor the person plays; every seat is a bot when undefined. */
  readonly as: string | undefined;
  readonly bots: readonly string[];
}

/** A command the match must take (the CLI builds only commands that fit the match). */
function step(
  match: Match,
  command: MatchCommand,
): { match: Match; lines: readonly import("@parley/engine").TranscriptLine[] } {
  const result = reduceMatch(match, command);
  if (!result.ok) throw new UserError(result.error.message);
  return { match: result.value.match, lines: result.value.lines };
}

function startMatch(scenario: ValidScenario, options: PlayOptions, people: readonly string[]): Match {
  const seats: Record<string, SeatPlayer> = Object.fromEntries(seatsFromFlags(scenario, options.bots));
  for (const id of people) seats[id] = { kind: "person" };
  const started = createMatch(scenario, { seed: options.seed, seats });
  if (!started.ok) throw new UserError(started.error.message);
  return started.value;
}

/** A game between bots, printed as it goes. */
function botGame(out: Output, scenario: ValidScenario, options: PlayOptions): number {
  let match = startMatch(scenario, options, []);
  out.line(`${scenario.title} — seed '${options.seed}', every seat played by a bot`);
  out.line(scenario.summary);
  out.lines(formatLines(matchTranscript(match)));
  while (matchTurn(match) !== null) {
    const next = step(match, { type: "bot", version: match.version });
    match = next.match;
    out.lines(formatLines(next.lines));
  }
  out.lines(endReport(scenario, match.state));
  return 0;
}

/** Whether the actor sits at any meeting of the scenario (else it never has the floor). */
function sits(scenario: ValidScenario, actor: string): boolean {
  return scenario.tracks.some((t) => (t.speakingOrder ?? t.participants).includes(actor));
}

/**
 * A game where the person plays one seat: a briefing, a header for each meeting, a status line and a
 * numbered menu before each choice, answers one per line from a terminal or a pipe (a number, a move's key,
 * or a command: `help`, `status`, `why`, `undo`, `save FILE`); bots play the rest. Each line of the
 * transcript is printed once, as it happens. Ctrl+C, or the input ending, stops the game ({@link GameStopped}).
 */
async function personGame(
  io: CliIo,
  out: Output,
  scenario: ValidScenario,
  me: string,
  options: PlayOptions,
): Promise<number> {
  if (!scenario.actors.some((a) => a.id === me)) {
    throw new UserError(
      `No actor '${me}' in ${scenario.id}; the actors are ${scenario.actors.map((a) => a.id).join(", ")}.`,
    );
  }
  if (!sits(scenario, me)) {
    const name = scenario.actors.find((a) => a.id === me)?.name ?? me;
    throw new UserError(
      `${name} does not sit at any meeting of ${scenario.id}, so it never has the floor; choose one of: ${scenario.actors
        .filter((a) => sits(scenario, a.id))
        .map((a) => a.id)
        .join(", ")}.`,
    );
  }
  let match = startMatch(scenario, options, [me]);
  out.lines(briefing(scenario, matchView(match, me)));
  out.lines(formatLines(matchTranscript(match)));
  const input = openMoveInput(io, out);
  try {
    while (matchTurn(match) !== null) {
      const turn = matchTurn(match);
      if (turn?.player.kind === "bot") {
        const next = step(match, { type: "bot", version: match.version });
        match = next.match;
        out.lines(formatLines(next.lines));
        continue;
      }
      const menu = matchMenu(match, me);
      out.line(statusLine(matchView(match, me)));
      out.lines(menuLines(menu));
      const got = await input.ask(
        `Your move (1-${menu.groups.reduce((n, g) => n + g.moves.length, 0)}, or help): `,
      );
      if (got.kind !== "line") throw new GameStopped(got.kind);
      const choice = readChoice(got.text, menu);
      switch (choice.kind) {
        case "move": {
          const next = step(match, { type: "move", version: match.version, move: choice.choice.move });
          match = next.match;
          out.lines(formatLines(next.lines));
          break;
        }
        case "command":
          if (choice.command === "help") out.lines(PROMPT_HELP);
          else if (choice.command === "status") out.line(statusLine(matchView(match, me)));
          else if (choice.command === "why") out.lines(whyLines(menu));
          else if (choice.command === "briefing") out.lines(briefing(scenario, matchView(match, me)));
          else {
            const undone = reduceMatch(match, { type: "undo", version: match.version, seat: me });
            if (!undone.ok) out.line(undone.error.message);
            else {
              match = undone.value.match;
              out.line(`Taken back: the game is at move ${match.state.moveCount} again.`);
            }
          }
          break;
        case "save":
          try {
            writeFileSync(choice.file, `${saveMatch(match)}\n`);
            out.line(
              `Saved to ${choice.file}. Open it with: parley replay ${scenario.id} --save ${choice.file}`,
            );
          } catch (error) {
            out.line(
              `Could not save to ${choice.file}: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
          break;
        case "unknown":
          out.line(`'${choice.text}' is not a move number, a move's key or a command; type 'help'.`);
          break;
      }
    }
  } finally {
    input.close();
  }
  out.lines(endReport(scenario, match.state));
  return 0;
}

/** `parley play [SCENARIO] [--seed S] [--as ACTOR] [--bot ACTOR=BOT]`. */
export async function play(
  io: CliIo,
  out: Output,
  scenarioArg: string,
  options: PlayOptions,
): Promise<number> {
  const scenario = loadScenario(scenarioArg);
  if (options.as === undefined) return botGame(out, scenario, options);
  return personGame(io, out, scenario, options.as, options);
}
