import {
  fork,
  forkSim,
  judge,
  listMoves,
  type MoveBuffer,
  moveBuffer,
  playCode,
  type Sim,
  seatState,
  snapshot,
} from "../core/index.js";
import { checkMove, createGame } from "../game/game.js";
import { applyRules } from "../rules/apply.js";
import { moveBound } from "../rules/bound.js";
import { type CompiledScenario, compiledOf } from "../rules/compile.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import { blankMove } from "../rules/verdict.js";
import type { ValidScenario } from "../scenario/schema.js";
import { check } from "../vocabulary/assert.js";
import type { Move } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { type PlayError, type Player, type Seats, seatPlayers, shownMove } from "./seats.js";

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One move of a built-in bot: its policy on the core, with the generator `chooseMove` would use. */
function policyMove(
  c: CompiledScenario,
  sim: Sim,
  buf: MoveBuffer,
  player: Player & { kind: "policy" },
  a: number,
  index: number,
) {
  const actor = c.scenario.actors[a]?.id ?? "";
  if (listMoves(sim, buf) === 0)
    return err<PlayError>({
      code: "bot-failed",
      index,
      actor,
      error: { code: "no-legal-move", message: "The rules offer no move." },
      message: `Bot '${player.bot.name}' for ${actor} chose no move: the rules offer none.`,
    });
  try {
    const k = player.policy.policy(sim, buf, a, player.policy.random(sim.state as GameState));
    playCode(sim, buf, buf.codes[k] ?? buf.codes[0] ?? 0);
    return ok(null);
  } catch (error) {
    return err<PlayError>({
      code: "bot-failed",
      index,
      actor,
      error: { code: "bad-options", message: failure(error) },
      message: `Bot '${player.bot.name}' for ${actor} chose no move: ${failure(error)}.`,
    });
  }
}

/**
 * One move of a custom bot: it is asked on a frozen copy of its seat's view (never the driver's working
 * state), and the move it returns is checked against the real state before it is played.
 */
function customMove(c: CompiledScenario, sim: Sim, bot: Player["bot"], a: number, index: number) {
  const actor = c.scenario.actors[a]?.id ?? "";
  const truth = snapshot(forkSim(sim, true));
  const view = seatState(c, truth, a);
  let chosen: ReturnType<typeof bot.chooseMove>;
  try {
    chosen = bot.chooseMove(view);
  } catch (error) {
    chosen = { ok: false, error: { code: "invalid-state", message: `it threw: ${failure(error)}` } };
  }
  if (typeof chosen !== "object" || chosen === null || chosen.ok !== true) {
    const error =
      typeof chosen === "object" && chosen !== null && chosen.ok === false
        ? chosen.error
        : { code: "invalid-state" as const, message: "it returned no result" };
    return err<PlayError>({
      code: "bot-failed",
      index,
      actor,
      error,
      message: `Bot '${String(bot.name)}' for ${actor} chose no move: ${String(error.message)}`,
    });
  }
  const checked = checkMove(truth, chosen.value);
  if (!checked.ok)
    return err<PlayError>({
      code: "illegal-move",
      index,
      actor,
      move: chosen.value,
      error: checked.error,
      message: `Bot '${String(bot.name)}' for ${actor} chose an illegal move ${shownMove(chosen.value)}: ${checked.error.message}`,
    });
  const move: Move = checked.value;
  const m = blankMove(c.issueCount);
  // checkMove has judged it on a copy of this very position; resolving it again cannot fail.
  check(judge(c, sim.state as GameState, move, m) === null, "a checked move is legal on the working copy");
  applyRules(sim.ctx, sim.state, m);
  return ok(null);
}

/** Plays a whole game on the core from `start`; returns the final state. */
export function playFrom(
  c: CompiledScenario,
  start: GameState,
  players: readonly Player[],
): Result<GameState, PlayError> {
  const sim = fork(c, start, true);
  const buf = moveBuffer();
  const maxMoves = moveBound(c);
  for (let index = 0; !(sim.state as GameState).over; index++) {
    if (index > maxMoves)
      return err({
        code: "too-long",
        index,
        message: `The game ran past ${maxMoves} moves, the rules' bound.`,
      });
    const a = speaker(c, sim.state as GameState);
    const player = players[a];
    if (player === undefined)
      return err({ code: "not-a-bot", message: `No player for the actor at index ${a}.` });
    const played =
      player.kind === "policy"
        ? policyMove(c, sim, buf, player, a, index)
        : customMove(c, sim, player.bot, a, index);
    if (!played.ok) return played;
  }
  return ok(snapshot(sim));
}

/**
 * Plays a whole game with bots and returns its final state: plain, deep-frozen, the same state `replay`
 * rebuilds from its moves. Seats left out play their default bot (the scenario persona, seeded with the
 * actor's id, as in a match). The game runs on the simulation core: built-in bots through their policy (the
 * same move `chooseMove` would make on the seat's view), a custom bot through `chooseMove` on a frozen copy
 * of its seat's view, its move checked before it is played. A seat that names no actor, a bot that fails or
 * an illegal move stops the game with an error as data.
 */
export function playGame(
  scenario: ValidScenario,
  seed: string | number,
  seats: Seats = {},
): Result<GameState, PlayError> {
  const game = createGame(scenario, { seed });
  if (!game.ok) return err({ code: "invalid-game", message: game.error.message });
  const players = seatPlayers(scenario, seats);
  if (!players.ok) return players;
  try {
    return playFrom(compiledOf(scenario), game.value, players.value);
  } catch (error) {
    // An engine invariant broke: a bug, reported as data rather than thrown across the API.
    return err({ code: "internal", message: `The game stopped on an engine error: ${failure(error)}.` });
  }
}
