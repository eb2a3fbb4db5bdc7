/**
 * Plays one game of a scenario through all the implementations in step: Parley's public API, Parley's hot
 * path, the plain reducer and boardgame.io. At every step it checks that all four list the same legal moves
 * in the same order, then makes the move at the same index in each; at the end it checks the outcomes. Used by
 * tests/bench-conformance.test.ts (200 games of the NRC) and by `npm run bench` before it measures anything.
 */
import type { Move, Outcome, Scenario } from "@parley/engine";
import { type BgRunner, bgioRunner } from "./boardgameio/game.js";
import {
  applyMove,
  createGame,
  isOver,
  leanApply,
  leanCopy,
  leanMoves,
  legalMoves,
  moveKey,
  outcome,
} from "./parley.js";
import {
  applyPlain,
  compilePlain,
  initPlain,
  legalPlain,
  outcomePlain,
  type PlainGame,
  type PlainOutcome,
  toEngineMove,
} from "./plain/rules.js";
import { mulberry32, pickIndex, pickWeighted } from "./random.js";

/** The three implementations of one scenario, built once and reused for many games. */
export interface Implementations {
  readonly scenario: Scenario;
  readonly plain: PlainGame;
  readonly bgio: BgRunner;
}

export function implementations(scenario: Scenario): Implementations {
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

/** Plays a game with random choices; `choice` seeds the choices. */
export function playConformance(
  impl: Implementations,
  seed: string,
  choice: number,
  policy: Policy,
): ConformanceResult {
  const { scenario, plain: g, bgio } = impl;
  let api = createGame(scenario, { seed });
  const lean = leanCopy(api);
  const plain = initPlain(g, seed);
  let bg = bgio.init(seed);
  const rand = mulberry32(choice);
  const codes: number[] = [];
  let moves = 0;
  const fail = (what: string): ConformanceResult => ({ seed, moves, outcome: outcome(api), mismatch: what });
  for (;;) {
    const expected = keys(legalMoves(api));
    const fromLean = keys(leanMoves(lean));
    legalPlain(g, plain, codes);
    const fromPlain = keys(codes.map((c) => toEngineMove(g, plain, c) as Move));
    const bgMoves = bgio.moves(bg);
    const fromBgio = keys(
      bgMoves.map((m) => toBgioEngineMove(m.move, m.args, g.actorIds[Number(bg.ctx.currentPlayer)] ?? "")),
    );
    const at = `move ${moves} (seed ${seed}, choices ${choice})`;
    const list = JSON.stringify(expected);
    if (JSON.stringify(fromLean) !== list) return fail(`${at}: hot path lists ${fromLean}, API ${list}`);
    if (JSON.stringify(fromPlain) !== list) return fail(`${at}: plain lists ${fromPlain}, engine ${list}`);
    if (expected.length > 0 && JSON.stringify(fromBgio) !== list)
      return fail(`${at}: boardgame.io lists ${fromBgio}, engine ${list}`);
    const overs = [isOver(api), lean.over, plain.over, bgio.over(bg)];
    if (overs.some((o) => o !== overs[0])) return fail(`${at}: game over? API/lean/plain/bgio = ${overs}`);
    if (expected.length === 0 || isOver(api)) break;
    const k =
      policy === "cooperative"
        ? pickWeighted(
            rand(),
            expected.map((key) => COOPERATIVE[key.slice(0, key.indexOf("|"))] ?? 1),
          )
        : pickIndex(rand(), expected.length, policy === "uniform");
    const move = legalMoves(api)[k];
    const bgMove = bgMoves[k];
    const code = codes[k];
    if (move === undefined || bgMove === undefined || code === undefined) return fail(`${at}: no move ${k}`);
    const result = applyMove(api, move);
    if (!result.ok) return fail(`${at}: the engine refused its own legal move: ${result.error.message}`);
    api = result.state;
    leanApply(lean, move);
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
  const fromLean = comparable(outcome(lean as typeof api));
  const fromPlain = comparable(outcomePlain(g, plain));
  const fromBgio = comparable(outcomePlain(g, bg.G));
  const end = `end of game (seed ${seed}, choices ${choice}, ${moves} moves)`;
  if (fromLean !== expected) return fail(`${end}: hot path outcome ${fromLean}, API ${expected}`);
  if (fromPlain !== expected) return fail(`${end}: plain outcome ${fromPlain}, engine ${expected}`);
  if (fromBgio !== expected) return fail(`${end}: boardgame.io outcome ${fromBgio}, engine ${expected}`);
  const utilities = scenario.actors.map((a) => outcome(api).utilities[a.id]);
  if (JSON.stringify(bgio.utilities(bg)) !== JSON.stringify(utilities))
    return fail(`${end}: boardgame.io gameover utilities ${bgio.utilities(bg)}, engine ${utilities}`);
  return { seed, moves, outcome: outcome(api), mismatch: null };
}

/** boardgame.io's `{ move, args }` as an engine move, for comparing move lists. */
export function toBgioEngineMove(type: string, args: readonly string[], actor: string): Move {
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
