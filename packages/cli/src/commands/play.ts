import { createInterface } from "node:readline/promises";
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
import { formatComparison, formatOutcome, formatReportedLengths, formatTranscript } from "../format.js";
import { loadScenario, UserError } from "../load.js";
import { seatsFromFlags } from "../seats.js";

/** Options of `parley play`. */
export interface PlayOptions {
  readonly seed: string;
  /** The actor the person plays; every seat is a bot when undefined. */
  readonly as: string | undefined;
  readonly bots: readonly string[];
}

function report(scenario: Scenario, state: GameState): void {
  console.log(formatTranscript(scenario, transcript(state)));
  const result = outcome(state);
  console.log(`\n${formatOutcome(scenario, result)}`);
  console.log(formatComparison(scenario, result));
  const lengths = formatReportedLengths(scenario);
  if (lengths !== "") console.log(lengths);
}

/** A game between bots, printed whole. */
function botGame(scenario: Scenario, options: PlayOptions): number {
  const played = playGame(scenario, options.seed, seatsFromFlags(scenario, options.bots, options.seed));
  if (!played.ok) throw new UserError(played.error.message);
  console.log(`${scenario.title} — seed '${options.seed}', every seat played by a bot\n${scenario.summary}`);
  report(scenario, played.value);
  return 0;
}

/** A game where the person chooses the moves of one actor from a numbered list; bots play the rest. */
async function personGame(scenario: Scenario, me: string, options: PlayOptions): Promise<number> {
  if (!scenario.actors.some((a) => a.id === me)) {
    throw new UserError(
      `No actor '${me}' in ${scenario.id}; the actors are ${scenario.actors.map((a) => a.id).join(", ")}.`,
    );
  }
  const seats = seatsFromFlags(scenario, options.bots, options.seed);
  const botFor = (actor: string): Bot =>
    seats[actor] ??
    createBot(scenario.actors.find((a) => a.id === actor)?.persona ?? "random", { seed: options.seed });
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  let state = createGame(scenario, { seed: options.seed });
  let shown = 0;
  try {
    while (!isOver(state)) {
      const lines = transcript(state).slice(shown);
      shown += lines.length;
      for (const line of lines) console.log(`${String(line.minute).padStart(4)}′  ${line.text}`);
      const actor = currentActor(state) ?? "";
      let move: unknown;
      if (actor === me) {
        const moves = legalMoves(state);
        for (const [i, m] of moves.entries())
          console.log(`  ${String(i + 1).padStart(2)}. ${moveText(scenario, m)}`);
        const answer = (await rl.question(`Your move (1-${moves.length}): `)).trim();
        move = moves[Number(answer) - 1];
        if (move === undefined) {
          console.log(`'${answer}' is not one of the numbers above.`);
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
    rl.close();
  }
  report(scenario, state);
  return 0;
}

/** `parley play [SCENARIO] [--seed S] [--as ACTOR] [--bot ACTOR=BOT]`. */
export async function play(scenarioArg: string, options: PlayOptions): Promise<number> {
  const scenario = loadScenario(scenarioArg);
  if (options.as === undefined) return botGame(scenario, options);
  if (!process.stdin.isTTY) throw new UserError("--as needs a terminal to ask for your moves.");
  return personGame(scenario, options.as, options);
}
