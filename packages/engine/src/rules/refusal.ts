import type { StanceValue, TrackPhase } from "../machines/index.js";
import { at } from "../vocabulary/assert.js";
import type { NegotiationMode } from "../vocabulary/lists.js";
import type { Move, MoveType, Terms } from "../vocabulary/moves.js";
import type { CompiledScenario } from "./compile.js";
import {
  currentIssue,
  currentTrack,
  nextConcession,
  outsideLine,
  ownBlockingLine,
  proposalCovering,
  speaker,
  termCount,
  weightsOf,
} from "./query.js";
import type { GameState } from "./state.js";
import type { ResolvedMove, RuleCode } from "./verdict.js";

/**
 * Why a move is refused, as data: a code and the facts behind it (ids and numbers, no words), so that a front
 * end can point at the blocking red line or show "9 of 20", and a translation can word it its own way. The
 * engine's English words are in `words/` (`explainMoveError`).
 */
export interface RefusalParams {
  /** The input is not a move object; `reason` is the schema's first complaint, at `path`. */
  readonly malformed: { readonly reason: string; readonly path: string };
  readonly "unknown-actor": { readonly actor: string; readonly actors: readonly string[] };
  readonly "unknown-issue": { readonly issue: string; readonly issues: readonly string[] };
  readonly "unknown-option": {
    readonly issue: string;
    readonly option: string;
    readonly options: readonly string[];
  };
  readonly "unknown-red-line": { readonly redLine: string; readonly redLines: readonly string[] };
  readonly "game-over": Readonly<Record<string, never>>;
  readonly "not-your-turn": { readonly actor: string; readonly floor: string };
  readonly stance: { readonly actor: string; readonly stance: StanceValue };
  readonly "wrong-phase": { readonly actor: string; readonly phase: TrackPhase; readonly move: MoveType };
  readonly "not-negotiable": {
    readonly actor: string;
    readonly issue: string;
    readonly current: string | null;
    readonly mode: NegotiationMode;
    readonly onAgenda: boolean;
  };
  readonly "already-agreed": { readonly issue: string };
  readonly "wrong-shape": { readonly mode: NegotiationMode; readonly issues: number };
  readonly covered: { readonly issue: string; readonly by: string };
  readonly "no-proposal": { readonly issues: readonly string[] };
  readonly "not-live": { readonly issues: readonly string[]; readonly current: string | null };
  readonly "own-proposal": { readonly actor: string };
  readonly "not-a-party": { readonly actor: string; readonly track: string };
  readonly "already-accepted": { readonly actor: string };
  readonly unacceptable: {
    readonly actor: string;
    readonly terms: Terms;
    /** The actor's positions on the same issues. */
    readonly positions: Terms;
    /** The terms' (weighted) value to the actor, and the value of its positions, which they must reach. */
    readonly offered: number;
    readonly needed: number;
  };
  readonly "red-line": {
    readonly actor: string;
    readonly redLine: string;
    readonly issue: string;
    readonly option: string;
  };
  readonly "outside-red-line": {
    readonly holder: string;
    readonly redLine: string;
    readonly issue: string;
    readonly option: string;
    /** Whether the holder is absent from the meeting (else it sits in the chair as a mediator). */
    readonly absent: boolean;
  };
  readonly distrust: {
    readonly actor: string;
    readonly proposer: string;
    readonly trust: number;
    readonly needed: number;
  };
  readonly "no-concession-left": { readonly actor: string; readonly issue: string };
  readonly "not-yours": { readonly redLine: string; readonly holder: string };
  readonly crossed: { readonly redLine: string };
  readonly "already-held": { readonly redLine: string };
  readonly "already-used": { readonly actor: string };
  readonly "follow-up-open": { readonly by: string };
  readonly "no-follow-up": Readonly<Record<string, never>>;
  /** The state given is not one this engine made or can rebuild (edited, damaged, of another version). */
  readonly "invalid-state": { readonly reason: string };
  /** A bug in the engine: an invariant failed. Please report it with the game's save. */
  readonly internal: { readonly reason: string };
}

/** Every reason a move can be refused. */
export type MoveErrorCode = keyof RefusalParams;

/** A refusal: its code and the facts behind it. */
export type Refusal = {
  [C in MoveErrorCode]: { readonly code: C; readonly params: RefusalParams[C] };
}[MoveErrorCode];

/** A refusal of the given code. */
export function refusal<C extends MoveErrorCode>(code: C, params: RefusalParams[C]): Refusal {
  return { code, params } as Refusal;
}

const NONE: Readonly<Record<string, never>> = Object.freeze({});

function termsIds(c: CompiledScenario, options: readonly number[]): Record<string, string> {
  const terms: Record<string, string> = {};
  options.forEach((o, i) => {
    if (o < 0) return;
    const issue = at(c.scenario.issues, i, "issue");
    terms[issue.id] = at(issue.options, o, "option").id;
  });
  return terms;
}

/** The facts behind a rule the verdict says a move breaks. */
export function ruleRefusal(
  c: CompiledScenario,
  s: GameState,
  m: ResolvedMove,
  code: RuleCode,
  move: Move,
): Refusal {
  const actor = (a: number) => c.scenario.actors[a]?.id ?? "";
  const issue = (i: number) => c.scenario.issues[i]?.id ?? "";
  const option = (i: number, o: number) => c.scenario.issues[i]?.options[o]?.id ?? "";
  const line = (r: number) => c.scenario.redLines[r]?.id ?? "";
  const current = currentIssue(c, s);
  const currentId = current >= 0 ? issue(current) : null;
  const p = m.target >= 0 ? s.table[m.target] : undefined;
  const options = m.type === "accept" || m.type === "reject" ? (p?.options ?? []) : m.options;
  const track = currentTrack(c, s);
  const a = actor(m.a);
  switch (code) {
    case "game-over":
    case "no-follow-up":
      return refusal(code, NONE);
    case "not-your-turn":
      return refusal(code, { actor: a, floor: actor(speaker(c, s)) });
    case "stance":
      return refusal(code, { actor: a, stance: s.stances[m.a] ?? "engaged" });
    case "wrong-phase":
      return refusal(code, { actor: a, phase: s.track.phase, move: m.type });
    case "not-negotiable": {
      const i =
        m.type === "concede" ? m.issue : m.r >= 0 ? (c.redLineIssue[m.r] ?? -1) : offAgenda(c, s, options);
      return refusal(code, {
        actor: a,
        issue: issue(i),
        current: currentId,
        mode: track.mode,
        onAgenda: track.onAgenda[i] === true,
      });
    }
    case "already-agreed": {
      const i = m.type === "concede" ? m.issue : options.findIndex((o, k) => o >= 0 && s.agreed[k] !== null);
      return refusal(code, { issue: issue(i) });
    }
    case "wrong-shape":
      return refusal(code, { mode: track.mode, issues: termCount(options) });
    case "covered": {
      const i = options.findIndex((o, k) => o >= 0 && proposalCovering(s, k) >= 0);
      return refusal(code, { issue: issue(i), by: actor(s.table[proposalCovering(s, i)]?.by ?? -1) });
    }
    case "no-proposal":
      return refusal(code, {
        issues: "issues" in move ? [...move.issues] : Object.keys("terms" in move ? move.terms : {}),
      });
    case "not-live":
      return refusal(code, { issues: Object.keys(termsIds(c, options)), current: currentId });
    case "own-proposal":
    case "already-accepted":
    case "already-used":
      return refusal(code, { actor: a });
    case "not-a-party":
      return refusal(code, { actor: a, track: c.scenario.tracks[s.track.index]?.id ?? "" });
    case "unacceptable": {
      const positions = at(s.positions, m.a, "positions");
      const weights = weightsOf(c, s, m.a);
      const single = termCount(options) === 1;
      let offered = 0;
      let needed = 0;
      options.forEach((o, i) => {
        if (o < 0) return;
        const w = single ? 1 : (weights[i] ?? 0);
        offered += w * (c.values[m.a]?.[i]?.[o] ?? 0);
        needed += w * (c.values[m.a]?.[i]?.[positions[i] ?? 0] ?? 0);
      });
      const held = options.map((o, i) => (o >= 0 ? (positions[i] ?? -1) : -1));
      return refusal(code, {
        actor: a,
        terms: termsIds(c, options),
        positions: termsIds(c, held),
        offered,
        needed,
      });
    }
    case "red-line": {
      if (m.type === "concede") {
        const next = nextConcession(c, s, m.a, m.issue);
        return refusal(code, {
          actor: a,
          redLine: line(ownBlockingLine(c, s, m.a, m.issue, next)),
          issue: issue(m.issue),
          option: option(m.issue, next),
        });
      }
      const i = options.findIndex((o, k) => o >= 0 && ownBlockingLine(c, s, m.a, k, o) !== -1);
      const o = options[i] ?? -1;
      return refusal(code, {
        actor: a,
        redLine: line(ownBlockingLine(c, s, m.a, i, o)),
        issue: issue(i),
        option: option(i, o),
      });
    }
    case "outside-red-line": {
      const r = outsideLine(c, s, options);
      const i = c.redLineIssue[r] ?? -1;
      const holder = c.redLineActor[r] ?? -1;
      return refusal(code, {
        holder: actor(holder),
        redLine: line(r),
        issue: issue(i),
        option: option(i, options[i] ?? -1),
        absent: track.present[holder] !== true,
      });
    }
    case "distrust": {
      const proposer = p?.by ?? -1;
      return refusal(code, {
        actor: a,
        proposer: actor(proposer),
        trust: s.trust[m.a]?.[proposer] ?? 0,
        needed: c.minTrustToAccept,
      });
    }
    case "no-concession-left":
      return refusal(code, { actor: a, issue: issue(m.issue) });
    case "not-yours":
      return refusal(code, { redLine: line(m.r), holder: actor(c.redLineActor[m.r] ?? -1) });
    case "crossed":
    case "already-held":
      return refusal(code, { redLine: line(m.r) });
    case "follow-up-open":
      return refusal(code, { by: actor(s.track.followUp?.by ?? -1) });
  }
}

/** The first issue of the terms that may not be negotiated now (off the agenda, or not the current item). */
function offAgenda(c: CompiledScenario, s: GameState, options: readonly number[]): number {
  const track = currentTrack(c, s);
  const first = options.findIndex((o, i) => o >= 0 && track.onAgenda[i] !== true);
  return first >= 0 ? first : options.findIndex((o) => o >= 0);
}
