import {
  applyMove,
  type Bot,
  createBot,
  createGame,
  currentActor,
  type GameState,
  isOver,
  legalMoves,
  moveText,
  outcome,
  playGame,
  type Scenario,
  transcript,
} from "@parley/engine";
import { GameStopped, UserError } from "../errors.js";
import { formatComparison, formatOutcome, formatReportedLengths, formatTranscript } from "../format.js";
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

function report(out: Output, scenario: Scenario, state: GameState): void {
  out.lines(formatTranscript(scenario, transcript(state)));
  const result = outcome(state);
  out.line();
  out.lines(formatOutcome(scenario, result));
  out.line(formatComparison(scenario, result));
  out.lines(formatReportedLengths(scenario));
}

/** A game between bots, printed whole. */
function botGame(out: Output, scenario: Scenario, options: PlayOptions): number {
  const seats = seatsFromFlags(scenario, options.bots, options.seed);
  const played = playGame(scenario, options.seed, Object.fromEntries(seats));
  if (!played.ok) throw new UserError(played.error.message);
  out.line(`${scenario.title} — seed '${options.seed}', every seat played by a bot`);
  out.line(scenario.summary);
  report(out, scenario, played.value);
  return 0;
}

/**
 * A game where the person chooses the moves of one actor from a numbered list, one answer per line from a
 * terminal or a pipe; bots play the rest. Ctrl+C, or the input ending while a move is asked for, stops
 * the game ({@link GameStopped}).
 */
async function personGame(
  io: CliIo,
  out: Output,
  scenario: Scenario,
  me: string,
  options: PlayOptions,
): Promise<number> {
  if (!scenario.actors.some((a) => a.id === me)) {
    throw new UserError(
      `No actor '${me}' in ${scenario.id}; the actors are ${scenario.actors.map((a) => a.id).join(", ")}.`,
    );
  }
  const seats = seatsFromFlags(scenario, options.bots, options.seed);
  const botFor = (actor: string): Bot =>
    seats.get(actor) ??
    createBot(scenario.actors.find((a) => a.id === actor)?.persona ?? "random", { seed: options.seed });
  const input = openMoveInput(io, out);
  let state = createGame(scenario, { seed: options.seed });
  let shown = 0;
  try {
    while (!isOver(state)) {
      const lines = transcript(state).slice(shown);
      shown += lines.length;
      for (const line of lines) out.line(`${String(line.minute).padStart(4)}′  ${line.text}`);
      const actor = currentActor(state) ?? "";
      let move: unknown;
      if (actor === me) {
        const moves = legalMoves(state);
        for (const [i, m] of moves.entries())
          out.line(`  ${String(i + 1).padStart(2)}. ${moveText(scenario, m)}`);
        const got = await input.ask(`Your move (1-${moves.length}): `);
        if (got.kind !== "line") throw new GameStopped(got.kind);
        const answer = got.text.trim();
        move = /^\d+$/.test(answer) ? moves[Number(answer) - 1] : undefined;
        if (move === undefined) {
          out.line(`'${answer}' is not one of the numbers above.`);
          continue;
        }
      } else {
        const chosen = botFor(actor).chooseMove(state);
        if (!chosen.ok) throw new UserError(chosen.error.message);
        move = chosen.value;
      }
      const result = applyMove(state, move);
      if (!result.ok) throw new UserError(result.error.message);
      state = result.state;
    }
  } finally {
    input.close();
  }
  report(out, scenario, state);
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
