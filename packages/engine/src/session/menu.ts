import { fork, listMoves, moveBuffer, moveOfCode } from "../core/index.js";
import type { CompiledScenario } from "../rules/compile.js";
import { packageCandidates } from "../rules/packages.js";
import { currentTrack, negotiable, nextConcession, speaker } from "../rules/query.js";
import { type Refusal, ruleRefusal } from "../rules/refusal.js";
import type { GameState } from "../rules/state.js";
import { verdict } from "../rules/verdict.js";
import type { Move, MoveType } from "../vocabulary/moves.js";
import { type LabelContext, moveEffects, moveLabel } from "../words/labels.js";
import { explainRefusal } from "../words/refusal.js";
import { encodeMove } from "./codes.js";

/** The groups of a move menu, in the order a panel shows them. */
export const MOVE_KINDS = ["speak", "propose", "respond", "concede", "red-lines", "procedure"] as const;

/** A group of moves a person chooses from. */
export type MoveKind = (typeof MOVE_KINDS)[number];

const KIND_OF: Readonly<Record<MoveType, MoveKind>> = {
  statement: "speak",
  propose: "propose",
  counter: "propose",
  accept: "respond",
  reject: "respond",
  concede: "concede",
  reaffirm: "red-lines",
  cross: "red-lines",
  "offer-cbm": "procedure",
  "propose-follow-up": "procedure",
  "accept-follow-up": "procedure",
  "walk-out": "procedure",
  pass: "procedure",
};

/**
 * The menu group a move belongs to (`propose` for a counter, `red-lines` for a reaffirmation): how a front end
 * files a move it did not pick from a menu, e.g. a bot's move it animates.
 */
export function moveKind(move: Move): MoveKind {
  return KIND_OF[move.type];
}

const KIND_TITLES: Readonly<Record<MoveKind, string>> = {
  speak: "Speak",
  propose: "Propose",
  respond: "Respond",
  concede: "Concede",
  "red-lines": "Red lines",
  procedure: "Procedure",
};

/**
 * Refusals that only say a move does not apply here (nothing to answer, the wrong shape, an issue covered by
 * another proposal): listing every such candidate would bury the refusals a person needs to see.
 */
const NOT_APPLICABLE: ReadonlySet<string> = new Set([
  "covered",
  "no-proposal",
  "not-live",
  "wrong-shape",
  "own-proposal",
  "already-agreed",
  "not-negotiable",
]);

/** A move a person may choose now, fully labelled. */
export interface MoveChoice {
  /** The move's stable code (as saves and links store it); unique within the menu. */
  readonly code: string;
  readonly move: Move;
  readonly kind: MoveKind;
  readonly label: string;
  /** Minutes it takes on the meeting's clock. */
  readonly minutes: number;
  /** Its known effects, in short phrases. */
  readonly effects: readonly string[];
}

/** A move the seat might expect to make but cannot now, with the rules' reason as data and in words. */
export interface UnavailableMove {
  readonly code: string;
  readonly move: Move;
  readonly kind: MoveKind;
  readonly label: string;
  readonly reason: Refusal;
  readonly message: string;
}

/** What a seat may compose a package from: the open issues of the meeting and their options. */
export interface ComposeInfo {
  readonly mode: "packages" | "both";
  readonly issues: readonly {
    readonly id: string;
    readonly title: string;
    readonly options: readonly { readonly id: string; readonly label: string }[];
    /** The seat's position on it. */
    readonly position: string;
    /** Who tabled the open proposal covering it, if any. */
    readonly coveredBy: string | null;
  }[];
}

/** The moves of one seat now: grouped choices, moves it cannot make with reasons, and what it may compose. */
export interface MoveMenu {
  readonly seat: string;
  /** Who has the floor (null when the game is over). */
  readonly floor: string | null;
  readonly yourTurn: boolean;
  readonly groups: readonly {
    readonly kind: MoveKind;
    readonly title: string;
    readonly moves: readonly MoveChoice[];
  }[];
  readonly unavailable: readonly UnavailableMove[];
  /** Present when the meeting negotiates packages and the seat has the floor on the agenda. */
  readonly compose: ComposeInfo | null;
}

function labelContext(c: CompiledScenario, state: GameState, move: Move, a: number): LabelContext {
  const s = c.scenario;
  const track = currentTrack(c, state);
  switch (move.type) {
    case "accept":
    case "reject": {
      const p = state.table.find((x) =>
        move.issues.every((id) => (x.options[c.issueIndex.get(id) ?? -1] ?? -1) >= 0),
      );
      if (p === undefined) return {};
      const terms: Record<string, string> = {};
      p.options.forEach((o, i) => {
        if (o >= 0) terms[s.issues[i]?.id ?? ""] = s.issues[i]?.options[o]?.id ?? "";
      });
      return { answered: { terms, by: s.actors[p.by]?.id ?? "" } };
    }
    case "concede": {
      const i = c.issueIndex.get(move.issue) ?? -1;
      const next = nextConcession(c, state, a, i);
      const option = s.issues[i]?.options[next]?.id;
      return option === undefined ? {} : { concedeTo: option };
    }
    case "propose":
    case "counter": {
      const key = s.issues.map((issue) => {
        const o = Object.hasOwn(move.terms, issue.id) ? move.terms[issue.id] : undefined;
        return o === undefined ? -1 : (c.optionIndex[c.issueIndex.get(issue.id) ?? -1]?.get(o) ?? -1);
      });
      const found = packageCandidates(c, state, a).find((p) => p.options.every((o, i) => o === key[i]));
      if (found === undefined) return {};
      const source = found.source;
      const termsName =
        source.kind === "draft"
          ? `your draft: ${s.drafts[source.draft]?.title ?? ""}`
          : source.kind === "positions"
            ? "your positions"
            : source.kind === "nash"
              ? "the parties' Nash package"
              : "the parties' Kalai–Smorodinsky package";
      return { termsName };
    }
    case "walk-out":
      return { walkOutEndsGame: track.walkOutEndsGame };
    case "accept-follow-up":
      return state.track.followUp === null ? {} : { followUpBy: s.actors[state.track.followUp.by]?.id ?? "" };
    default:
      return {};
  }
}

function composeInfo(c: CompiledScenario, state: GameState, a: number): ComposeInfo | null {
  const track = currentTrack(c, state);
  if (track.mode === "items") return null;
  const s = c.scenario;
  const issues = track.agenda
    .filter((i) => negotiable(c, state, i))
    .map((i) => {
      const issue = s.issues[i];
      const covering = state.table.find((p) => (p.options[i] ?? -1) >= 0);
      return {
        id: issue?.id ?? "",
        title: issue?.title ?? "",
        options: (issue?.options ?? []).map((o) => ({ id: o.id, label: o.label })),
        position: issue?.options[state.positions[a]?.[i] ?? 0]?.id ?? "",
        coveredBy: covering === undefined ? null : (s.actors[covering.by]?.id ?? null),
      };
    });
  return issues.length < 2 ? null : { mode: track.mode, issues };
}

/**
 * The move menu of a seat: when it has the floor, every legal move grouped by kind with its full label,
 * minutes and effects; the moves it might expect but cannot make now, each with the rules' reason; and what
 * it may compose a package from. When another seat has the floor the menu is empty and says whose it is.
 */
export function buildMenu(c: CompiledScenario, state: GameState, seatId: string): MoveMenu {
  const s = c.scenario;
  const floorIndex = speaker(c, state);
  const floor = floorIndex >= 0 ? (s.actors[floorIndex]?.id ?? null) : null;
  const a = c.actorIndex.get(seatId) ?? -1;
  const empty = { seat: seatId, floor, yourTurn: false, groups: [], unavailable: [], compose: null };
  if (a === -1 || a !== floorIndex) return empty;
  const sim = fork(c, state, false);
  const buf = moveBuffer();
  buf.all = true;
  const n = listMoves(sim, buf);
  const byKind = new Map<MoveKind, MoveChoice[]>();
  const unavailable: UnavailableMove[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < n; k++) {
    const code = buf.codes[k] ?? 0;
    const move = moveOfCode(sim, buf, code);
    const stable = encodeMove(c, move);
    if (seen.has(stable)) continue;
    seen.add(stable);
    const kind = KIND_OF[move.type];
    const context = labelContext(c, state, move, a);
    const label = moveLabel(s, move, context);
    // `moveOfCode` left the decoded move in the sim's scratch record: judge it as the rules would.
    const ruling = verdict(c, state, sim.scratch);
    if (ruling === null) {
      const list = byKind.get(kind) ?? [];
      list.push({
        code: stable,
        move,
        kind,
        label,
        minutes: c.minutes[move.type],
        effects: moveEffects(s, move, context),
      });
      byKind.set(kind, list);
    } else {
      if (NOT_APPLICABLE.has(ruling)) continue;
      const reason = ruleRefusal(c, state, sim.scratch, ruling, move);
      unavailable.push({ code: stable, move, kind, label, reason, message: explainRefusal(s, reason, move) });
    }
  }
  return {
    seat: seatId,
    floor,
    yourTurn: true,
    groups: MOVE_KINDS.flatMap((kind) => {
      const moves = byKind.get(kind);
      return moves === undefined ? [] : [{ kind, title: KIND_TITLES[kind], moves }];
    }),
    unavailable,
    compose:
      state.track.phase === "agenda" || state.track.phase === "overrun" ? composeInfo(c, state, a) : null,
  };
}
