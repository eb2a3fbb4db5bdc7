import { judge } from "../core/index.js";
import { applyMove, checkMove, currentActor, isOver, legalMoves } from "../game/game.js";
import { type CompiledScenario, compiledOf } from "../rules/compile.js";
import type { GameState } from "../rules/state.js";
import { blankMove, type ResolvedMove } from "../rules/verdict.js";
import type { ValidScenario } from "../scenario/schema.js";
import { type Move, moveKey, type Terms } from "../vocabulary/moves.js";
import { fingerprint, type Invariant, stepwise } from "./invariant.js";
import { moveLabel } from "./play.js";
import { stateAt } from "./walk.js";

/**
 * Every move of the actor on the floor that names one issue at most (or answers a proposal on the table):
 * every statement, item proposal and counter, acceptance and rejection, concession, red-line move and move
 * without arguments. `legalMoves` lists every legal one of these.
 */
function itemCandidates(scenario: ValidScenario, state: GameState, actor: string): Move[] {
  const out: Move[] = [
    { type: "statement", actor, tone: "firm" },
    { type: "statement", actor, tone: "conciliatory" },
  ];
  for (const issue of scenario.issues) {
    for (const option of issue.options) {
      const terms = { [issue.id]: option.id };
      out.push({ type: "propose", actor, terms }, { type: "counter", actor, terms });
    }
    out.push({ type: "accept", actor, issues: [issue.id] }, { type: "reject", actor, issues: [issue.id] });
    out.push({ type: "concede", actor, issue: issue.id });
  }
  for (const proposal of state.table) {
    // The issues of an open proposal, in reverse scenario order: the order an answer names them in is free.
    const issues = proposal.options
      .flatMap((o, i) => (o >= 0 ? [scenario.issues[i]?.id ?? ""] : []))
      .reverse();
    if (issues.length > 1) out.push({ type: "accept", actor, issues }, { type: "reject", actor, issues });
  }
  for (const line of scenario.redLines) {
    out.push({ type: "reaffirm", actor, redLine: line.id }, { type: "cross", actor, redLine: line.id });
  }
  for (const type of ["offer-cbm", "propose-follow-up", "accept-follow-up", "walk-out", "pass"] as const)
    out.push({ type, actor });
  return out;
}

/** Most composed packages tried in one state, as a proposal and as a counter each. */
const PACKAGES_PER_STATE = 6;

/**
 * A few packages of the meeting's agenda issues, composed rather than listed: two to four issues with any of
 * their options, picked by a small generator seeded by `salt` (the same state and salt give the same ones).
 */
function composedPackages(scenario: ValidScenario, state: GameState, salt: number): Terms[] {
  const agenda = [...new Set(scenario.tracks[state.track.index]?.agenda.map((item) => item.issue) ?? [])];
  if (agenda.length < 2) return [];
  let x = (salt * 2654435761 + 12345) >>> 0;
  const next = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const out: Terms[] = [];
  for (let k = 0; k < PACKAGES_PER_STATE; k++) {
    const size = 2 + next(Math.min(3, agenda.length - 1));
    const pool = [...agenda];
    const terms: Record<string, string> = {};
    for (let m = 0; m < size && pool.length > 0; m++) {
      const [id] = pool.splice(next(pool.length), 1);
      const options = scenario.issues.find((issue) => issue.id === id)?.options ?? [];
      const option = options[next(Math.max(1, options.length))];
      if (id !== undefined && option !== undefined) terms[id] = option.id;
    }
    out.push(terms);
  }
  return out;
}

/** Things that are not legal moves, tried at every point: each must be refused with a reason. */
function probes(scenario: ValidScenario, actor: string | null): unknown[] {
  const other = scenario.actors.find((a) => a.id !== actor)?.id ?? "nobody";
  return [
    null,
    {},
    { type: "pass" },
    { type: "pass", actor: actor ?? "nobody", note: "an unknown field" },
    { type: "pass", actor: "nobody" },
    { type: "pass", actor: other },
    { type: "propose", actor: actor ?? "nobody", terms: {} },
  ];
}

/** One in this many candidates (and probes, and listed moves) goes through the public path in each state. */
const PUBLIC_SAMPLE = 8;

/** The expected answer to a probe: a refusal, whatever its code. */
const ANY_REFUSAL = "any refusal";

/** A candidate move and what the rules' judge (on the simulation core) says of it. */
interface Judged {
  readonly move: unknown;
  /** The code of the first rule it breaks, null when it is legal, {@link ANY_REFUSAL} for a probe. */
  readonly code: string | null;
}

/**
 * What is wrong with how the public API answers a move, or null: `applyMove` and `checkMove` agree with each
 * other and with the judge, and a refusal has a code and a sentence.
 */
function badAnswer(state: GameState, judged: Judged, where: string): string | null {
  const what =
    judged.move !== null && typeof judged.move === "object" && "type" in judged.move
      ? moveLabel(judged.move as Move)
      : JSON.stringify(judged.move);
  const result = applyMove(state, judged.move);
  const checked = checkMove(state, judged.move);
  if (result.ok !== checked.ok) return `${where}: checkMove and applyMove disagree on ${what}`;
  if (result.ok !== (judged.code === null))
    return `${where}: applyMove ${result.ok ? "accepts" : "refuses"} ${what}, which the rules' judge ${judged.code === null ? "accepts" : `refuses (${judged.code})`}`;
  if (result.ok || checked.ok) return null;
  if (result.error.message.trim() === "" || String(result.error.code) === "")
    return `${where}: ${what} is refused without a reason`;
  if (checked.error.code !== result.error.code)
    return `${where}: checkMove and applyMove give different reasons for ${what}`;
  if (judged.code !== ANY_REFUSAL && result.error.code !== judged.code)
    return `${where}: applyMove refuses ${what} as '${result.error.code}', the rules' judge as '${judged.code}'`;
  return null;
}

/** The judge's code for a move (well-formed, in scenario ids) in a state. */
function judgeMove(c: CompiledScenario, state: GameState, move: Move, scratch: ResolvedMove): string | null {
  return judge(c, state, move, scratch)?.code ?? null;
}

/** The checks of one state: see {@link legalMovesAccepted}. */
function checkState(scenario: ValidScenario, state: GameState, where: string, salt: number): string | null {
  const print = fingerprint(state);
  const actor = currentActor(state);
  const legal = legalMoves(state);
  if (isOver(state) !== (actor === null)) return `${where}: isOver and currentActor disagree`;
  if (isOver(state))
    return legal.length === 0 ? null : `${where}: the game is over but there are legal moves`;
  if (legal.length === 0) return `${where}: the game is not over but there is no legal move`;
  const c = compiledOf(scenario);
  const scratch = blankMove(c.issueCount);
  const keys = new Set<string>();
  const judged: Judged[] = [];
  for (const move of legal) {
    const key = moveKey(move);
    if (keys.has(key)) return `${where}: legalMoves lists ${moveLabel(move)} twice`;
    keys.add(key);
    if (move.actor !== actor)
      return `${where}: legalMoves lists ${moveLabel(move)}, but the floor is ${actor}'s`;
    const code = judgeMove(c, state, move, scratch);
    if (code !== null) return `${where}: the listed move ${moveLabel(move)} is refused (${code})`;
    judged.push({ move, code });
  }
  for (const move of itemCandidates(scenario, state, actor ?? "")) {
    const code = judgeMove(c, state, move, scratch);
    if (code === null && !keys.has(moveKey(move)))
      return `${where}: ${moveLabel(move)} is legal, but legalMoves does not list it`;
    if (!keys.has(moveKey(move))) judged.push({ move, code });
  }
  for (const terms of composedPackages(scenario, state, salt)) {
    for (const type of ["propose", "counter"] as const) {
      const move: Move = { type, actor: actor ?? "", terms };
      judged.push({ move, code: judgeMove(c, state, move, scratch) });
    }
  }
  for (const move of probes(scenario, actor)) judged.push({ move, code: ANY_REFUSAL });
  // Every listed move goes through checkMove; a rotating sample of all the moves through applyMove too.
  for (const [k, item] of judged.entries()) {
    const sampled = (k + salt) % PUBLIC_SAMPLE === 0;
    if (k < legal.length && !sampled && !checkMove(state, item.move).ok)
      return `${where}: checkMove refuses the listed move ${moveLabel(item.move as Move)}`;
    const bad = sampled ? badAnswer(state, item, where) : null;
    if (bad !== null) return bad;
  }
  return fingerprint(state) === print ? null : `${where}: judging moves changed the state`;
}

/**
 * At every point of the play: the actor on the floor (none once the game is over) is the one every listed
 * move names, each once; there is a legal move unless the game is over; every listed move is legal, and every
 * legal move that names one issue at most (or answers a proposal on the table) is listed; `applyMove` and
 * `checkMove` accept every listed move and refuse the others, with the rules' code and a sentence; a few
 * composed packages (which `legalMoves` need not list) are accepted or refused with a reason, the same by
 * both; malformed and out-of-turn probes are refused; judging leaves the state unchanged. Every candidate is
 * judged on the simulation core; every listed move also goes through the public `checkMove`, and a rotating
 * eighth of all the moves through `applyMove` and `checkMove` (the play's own moves go through `applyMove`
 * anyway).
 */
export const legalMovesAccepted: Invariant = stepwise((scenario, play) => ({
  start: (state) => checkState(scenario, state, stateAt(play, 0), 0),
  step: ({ index, after }) => checkState(scenario, after, stateAt(play, index + 1), index + 1),
}));
