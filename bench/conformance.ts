/**
 * Plays one game of a scenario through all the implementations in step: Parley's public API, Parley's
 * simulation core, the plain reducer and boardgame.io. At every step it checks that all four list the same
 * legal moves in the same order, then makes the move at the same index in each; at the end it checks the
 * outcomes, and that the core reached the very state the API did (equal `stateHash`). Used by
 * tests/bench-conformance.test.ts and by `npm run bench` before it measures anything.
 *
 * The references write moves in format 1's shape (`{ issue, option }`; accept and reject name one `issue`),
 * the engine in format 2's (`terms`; `issues`): the references' moves are translated with the engine's own
 * `migrateMove` before they are compared.
 */
import type { GameState, Move, Outcome, ValidScenario } from "@parley/engine";
import { type BgRunner, bgioRunner } from "./boardgameio/game.js";
import {
  applyMove,
  type CoreGame,
  compiled,
  coreList,
  coreMoves,
  coreOutcome,
  coreOver,
  corePlay,
  coreStart,
  createGame,
  format2Move,
  isOver,
  legalMoves,
  moveKey,
  outcome,
  snapshot,
  stateHash,
} from "./parley.js";
import {
  applyPlain,
  compilePlain,
  type Format1Move,
  format1Move,
  initPlain,
  legalPlain,
  outcomePlain,
  type PlainGame,
  type PlainOutcome,
} from "./plain/rules.js";
import { mulberry32, pickIndex, pickWeighted } from "./random.js";

/** The implementations of one scenario, built once and reused for many games. */
export interface Implementations {
  readonly scenario: ValidScenario;
  readonly plain: PlainGame;
  readonly bgio: BgRunner;
}

export function implementations(scenario: ValidScenario): Implementations {
  return { scenario, plain: compilePlain(scenario), bgio: bgioRunner(scenario) };
}

/** What one game through all implementations gave. */
export interface ConformanceResult {
  readonly seed: string;
  readonly moves: number;
  readonly outcome: Outcome;
  /** The first disagreement, in words; null when all agree. */
  readonly mismatch: string | null;
}

function comparable(o: Outcome | PlainOutcome): string {
  return JSON.stringify({
    overall: o.overall,
    finished: o.finished,
    tracks: o.tracks.map((t) => ({
      track: t.track,
      result: t.result,
      agreed: t.agreed,
      tabled: t.tabled,
      followUp: t.followUp,
      minutes: t.minutes,
    })),
    agreed: o.agreed,
    utilities: o.utilities,
    redLinesCrossed: o.redLinesCrossed,
    demands: o.demands,
    tension: o.tension,
    cohesion: o.cohesion,
  });
}

const keys = (moves: readonly Move[]): string[] => moves.map(moveKey);
const format1Keys = (moves: readonly Format1Move[]): string[] => moves.map((m) => moveKey(format2Move(m)));

/**
 * How a conformance game chooses among the legal moves (always by index into the engine's list): `uniform`
 * (any move, walk-outs included: such games are a few moves long), `no-walk-out` (uniform over the rest) or
 * `cooperative` (weighted towards accepting, proposing and conceding, so that issues get agreed).
 */
export type Policy = "uniform" | "no-walk-out" | "cooperative";

/** Weights of move types for the `cooperative` policy; a walk-out is never chosen. */
const COOPERATIVE: Readonly<Record<string, number>> = {
  accept: 30,
  propose: 6,
  counter: 2,
  concede: 6,
  cross: 2,
  "accept-follow-up": 10,
  "propose-follow-up": 10,
  "walk-out": 0,
};

function started(scenario: ValidScenario, seed: string): GameState {
  const game = createGame(scenario, { seed });
  if (!game.ok) throw new Error(game.error.message);
  return game.value;
}

/** Plays a game with random choices; `choice` seeds the choices. */
export function playConformance(
  impl: Implementations,
  seed: string,
  choice: number,
  policy: Policy,
): ConformanceResult {
  const { scenario, plain: g, bgio } = impl;
  let api = started(scenario, seed);
  const core: CoreGame = coreStart(compiled(scenario), seed, true);
  const plain = initPlain(g, seed);
  let bg = bgio.init(seed);
  const rand = mulberry32(choice);
  const codes: number[] = [];
  let moves = 0;
  const fail = (what: string): ConformanceResult => ({ seed, moves, outcome: outcome(api), mismatch: what });
  for (;;) {
    const legal = legalMoves(api);
    const expected = keys(legal);
    coreList(core);
    const fromCore = keys(coreMoves(core));
    legalPlain(g, plain, codes);
    const fromPlain = format1Keys(codes.map((c) => format1Move(g, plain, c)));
    const bgMoves = bgio.moves(bg);
    const actor = g.actorIds[Number(bg.ctx.currentPlayer)] ?? "";
    const fromBgio = format1Keys(bgMoves.map((m) => bgioFormat1Move(m.move, m.args, actor)));
    const at = `move ${moves} (seed ${seed}, choices ${choice})`;
    const list = JSON.stringify(expected);
    if (JSON.stringify(fromCore) !== list) return fail(`${at}: core lists ${fromCore}, API ${list}`);
    if (JSON.stringify(fromPlain) !== list) return fail(`${at}: plain lists ${fromPlain}, engine ${list}`);
    if (expected.length > 0 && JSON.stringify(fromBgio) !== list)
      return fail(`${at}: boardgame.io lists ${fromBgio}, engine ${list}`);
    const overs = [isOver(api), coreOver(core), plain.over, bgio.over(bg)];
    if (overs.some((o) => o !== overs[0])) return fail(`${at}: game over? API/core/plain/bgio = ${overs}`);
    if (expected.length === 0 || isOver(api)) break;
    const k =
      policy === "cooperative"
        ? pickWeighted(
            rand(),
            expected.map((key) => COOPERATIVE[key.slice(0, key.indexOf("|"))] ?? 1),
          )
        : pickIndex(rand(), expected.length, policy === "uniform");
    const move = legal[k];
    const bgMove = bgMoves[k];
    const code = codes[k];
    if (move === undefined || bgMove === undefined || code === undefined) return fail(`${at}: no move ${k}`);
    const result = applyMove(api, move);
    if (!result.ok) return fail(`${at}: the engine refused its own legal move: ${result.error.message}`);
    api = result.value.state;
    corePlay(core, k);
    applyPlain(g, plain, code);
    const next = bgio.reduce(bg, bgio.action(bg, bgMove));
    if (next.transients?.error !== undefined)
      return fail(
        `${at}: boardgame.io refused ${JSON.stringify(bgMove)}: ${JSON.stringify(next.transients)}`,
      );
    bg = next;
    moves++;
  }
  const expected = comparable(outcome(api));
  const fromCore = comparable(coreOutcome(core));
  const fromPlain = comparable(outcomePlain(g, plain));
  const fromBgio = comparable(outcomePlain(g, bg.G));
  const end = `end of game (seed ${seed}, choices ${choice}, ${moves} moves)`;
  if (fromCore !== expected) return fail(`${end}: core outcome ${fromCore}, API ${expected}`);
  if (fromPlain !== expected) return fail(`${end}: plain outcome ${fromPlain}, engine ${expected}`);
  if (fromBgio !== expected) return fail(`${end}: boardgame.io outcome ${fromBgio}, engine ${expected}`);
  if (stateHash(snapshot(core.sim)) !== stateHash(api))
    return fail(`${end}: the core's state differs from the API's`);
  const utilities = scenario.actors.map((a) => outcome(api).utilities[a.id]);
  if (JSON.stringify(bgio.utilities(bg)) !== JSON.stringify(utilities))
    return fail(`${end}: boardgame.io gameover utilities ${bgio.utilities(bg)}, engine ${utilities}`);
  return { seed, moves, outcome: outcome(api), mismatch: null };
}

/** boardgame.io's `{ move, args }` as a move in format 1's shape, for comparing move lists. */
export function bgioFormat1Move(type: string, args: readonly string[], actor: string): Format1Move {
  switch (type) {
    case "statement":
      return { type, actor, tone: args[0] === "firm" ? "firm" : "conciliatory" };
    case "propose":
    case "counter":
      return { type, actor, issue: args[0] ?? "", option: args[1] ?? "" };
    case "accept":
    case "reject":
    case "concede":
      return { type, actor, issue: args[0] ?? "" };
    case "reaffirm":
    case "cross":
      return { type, actor, redLine: args[0] ?? "" };
    case "offer-cbm":
    case "propose-follow-up":
    case "accept-follow-up":
    case "walk-out":
    case "pass":
      return { type, actor };
    default:
      throw new Error(`not a move type: ${type}`);
  }
}
