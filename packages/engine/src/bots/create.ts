import { fork, listMoves, moveBuffer, moveOfCode, seatState } from "../core/index.js";
import { admit } from "../game/admit.js";
import { readMove } from "../game/input.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { Move } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { mctsPolicy } from "./mcts.js";
import { readOptions, seedText } from "./options.js";
import { personaPolicy } from "./persona.js";
import { type BotPolicy, decisionRandom, type Policy, registerPolicy } from "./policy.js";
import {
  BOT_NAMES,
  type Bot,
  type BotError,
  type BotName,
  type BotOptions,
  type BotOptionsByName,
  isBotName,
  type SeedOptions,
} from "./types.js";

export type { SeedOptions };

function gameOver(): Result<never, BotError> {
  return err({ code: "game-over", message: "The game is over: nobody has the floor, so there is no move." });
}

/** The search's clock must give numbers: one that does not is a bad option, not a search that never ends. */
function clockProblem(options: BotOptions): BotError | null {
  const budget = options.budget;
  if (budget === undefined) return null;
  let t: unknown;
  try {
    t = budget.now();
  } catch {
    return { code: "bad-options", message: "Bad options for the bot 'mcts': budget.now threw an error." };
  }
  if (typeof t === "number" && Number.isFinite(t)) return null;
  return {
    code: "bad-options",
    message: `Bad options for the bot 'mcts': budget.now must return a finite number of milliseconds; it returned ${String(t)}.`,
  };
}

/** A bot around a policy: `chooseMove` runs it on the seat's view of the state. */
function botOf(name: BotName, options: BotOptions, policy: Policy): Bot {
  const seed = seedText(options);
  const random = (state: Pick<GameState, "seed" | "moveCount">) => decisionRandom(seed, state);
  const bot: Bot = Object.freeze({
    name,
    chooseMove(state: GameState): Result<Move, BotError> {
      const game = admit(state, readMove);
      if (!game.ok)
        return err({ code: "invalid-state", message: `This state cannot be used: ${game.error.reason}.` });
      const { c } = game.value;
      const a = speaker(c, game.value.state);
      if (a === -1) return gameOver();
      const problem = clockProblem(options);
      if (problem !== null) return err(problem);
      const view = seatState(c, game.value.state, a);
      const sim = fork(c, view, true);
      const buf = moveBuffer();
      if (listMoves(sim, buf) === 0)
        return err({ code: "no-legal-move", message: "The rules offer no move." });
      try {
        const k = policy(sim, buf, a, random(view));
        return ok(moveOfCode(sim, buf, buf.codes[k] ?? buf.codes[0] ?? 0));
      } catch (error) {
        // A budget's clock that throws mid-search; anything else is a bug, reported as data.
        const reason = error instanceof Error ? error.message : String(error);
        return err({ code: "bad-options", message: `The bot '${name}' could not choose a move: ${reason}.` });
      }
    },
  });
  const built: BotPolicy = { policy, random };
  return registerPolicy(bot, built);
}

/**
 * Builds a bot by name, or says why not: an unknown name, or an option that is unknown, of the wrong kind or
 * out of range (`bad-options`, with the option named).
 *
 * - `random`: uniform over the legal moves.
 * - `boulware`, `linear`, `conceder`: time-dependent aspiration (exponents 0.2, 1, 3 by default).
 * - `tit-for-tat`: answers the others' last move in kind, and concedes only in answer to a concession.
 * - `hardliner`: insists on its demands, firm in tone, rejects what it will not take.
 * - `mediator`: proposes the parties' Nash (or Kalai–Smorodinsky) package within every red line.
 * - `mcts`: Monte Carlo tree search on the simulation core, drawing what its seat cannot see.
 *
 * Every persona values each legal move (and the packages it composes) and picks by softmax with its
 * temperature, seeded; a bot decides from its seat's view only. See docs/bots-and-analytics.md.
 */
export function createBot<N extends BotName>(name: N, options?: BotOptionsByName[N]): Result<Bot, BotError>;
export function createBot(name: BotName, options?: BotOptions): Result<Bot, BotError>;
export function createBot(name: BotName, options?: BotOptions): Result<Bot, BotError> {
  if (!isBotName(name))
    return err({
      code: "unknown-bot",
      message: `No bot '${String(name)}'; the bots are ${BOT_NAMES.join(", ")}.`,
    });
  const read = readOptions(name, options);
  if (!read.ok) return read;
  const policy = name === "mcts" ? mctsPolicy(read.value) : personaPolicy(name, read.value);
  return ok(botOf(name, read.value, policy));
}
