import { stanceTable, trackTable } from "../machines/index.js";
import type { Move, MoveType } from "../vocabulary/moves.js";
import { absentRedLine, blockingRedLine, currentIssue, nextConcession, speaker } from "./query.js";
import type { GameState } from "./state.js";
import { type MoveErrorCode, moveVerdict, type ResolvedMove, UNKNOWN, verdict } from "./verdict.js";

export type { MoveErrorCode };

/** Why a move was refused: a stable `code` for programs and a `message` for people. */
export interface MoveError {
  readonly code: MoveErrorCode;
  readonly message: string;
}

const PHASE_NAMES: Record<string, string> = {
  scheduled: "before the meeting",
  opening: "the opening statements",
  agenda: "the agenda",
  overrun: "the overrun",
  closing: "the closing round",
};

/** A move in words, as in "Russia cannot <describe>: <reason>". */
export function describeMove(move: Move): string {
  switch (move.type) {
    case "statement":
      return `make a ${move.tone} statement`;
    case "propose":
    case "counter":
      return `${move.type} '${move.option}' on '${move.issue}'`;
    case "accept":
    case "reject":
    case "concede":
      return `${move.type} on '${move.issue}'`;
    case "reaffirm":
    case "cross":
      return `${move.type} red line '${move.redLine}'`;
    case "offer-cbm":
      return "offer a confidence-building measure";
    case "propose-follow-up":
      return "propose a follow-up meeting";
    case "accept-follow-up":
      return "accept the follow-up meeting";
    case "walk-out":
      return "walk out";
    case "pass":
      return "pass";
  }
}

function list(ids: readonly { id: string }[]): string {
  return ids.map((x) => `'${x.id}'`).join(", ");
}

/** Resolves a move's ids to indexes (see {@link ResolvedMove}); the actor must be known. */
function resolve(state: GameState, move: Move, a: number): ResolvedMove {
  const c = state.compiled;
  let i = -1;
  let o = -1;
  let r = -1;
  if ("issue" in move) i = c.issueIndex.get(move.issue) ?? UNKNOWN;
  if ("option" in move) o = (i >= 0 ? c.optionIndex[i]?.get(move.option) : undefined) ?? UNKNOWN;
  if ("redLine" in move) r = c.redLineIndex.get(move.redLine) ?? UNKNOWN;
  return { type: move.type, a, i, o, r };
}

/** Why a move broke the rule `code`, in words; built only when a move is refused. */
function reason(state: GameState, move: Move, m: ResolvedMove, code: MoveErrorCode): string {
  const { scenario, compiled: c } = state;
  const nameOf = (actor: number) => scenario.actors[actor]?.name ?? "?";
  const name = nameOf(m.a);
  const issue = scenario.issues[m.i];
  const optionId = (o: number) => issue?.options[o]?.id ?? "?";
  const lineId = (r: number) => scenario.redLines[r]?.id ?? "?";
  const proposal = m.i >= 0 ? state.proposals[m.i] : null;
  switch (code) {
    case "game-over":
      return "the game is over";
    case "not-your-turn":
      return `the floor is ${nameOf(speaker(state))}'s`;
    case "stance":
      return state.stances[m.a] === "walkedOut"
        ? `${name} has walked out`
        : `${name} has hardened its stance; a conciliatory statement or a confidence-building offer re-engages it`;
    case "wrong-phase":
      return `that is not done during ${PHASE_NAMES[state.track.phase] ?? "a concluded meeting"}`;
    case "unknown-issue":
      return `there is no issue '${"issue" in move ? move.issue : ""}'; the issues are ${list(scenario.issues)}`;
    case "not-on-agenda":
      return m.r >= 0
        ? `'${lineId(m.r)}' concerns '${scenario.issues[c.redLineIssue[m.r] ?? -1]?.id}', which is not the agenda item`
        : `the agenda is at '${scenario.issues[currentIssue(state)]?.id}'`;
    case "already-agreed":
      return `'${issue?.id}' is already agreed`;
    case "no-concession-left":
      return `${name} has nothing left to concede on '${issue?.id}'`;
    case "proposal-open":
      return `'${optionId(proposal?.option ?? -1)}' is already on the table; counter, accept or reject it`;
    case "no-proposal":
      return `nothing is on the table on '${issue?.id}'`;
    case "own-proposal":
      return m.type === "accept-follow-up"
        ? "the follow-up proposal is its own"
        : `the proposal on the table is ${name}'s own`;
    case "already-accepted":
      return `${name} has already accepted it`;
    case "unknown-option":
      return `'${issue?.id}' has no option '${"option" in move ? move.option : ""}'; its options are ${list(issue?.options ?? [])}`;
    case "same-option":
      return `'${optionId(m.o)}' is what is already on the table`;
    case "absent-red-line": {
      const line = absentRedLine(state, m.i, m.o);
      const holder = nameOf(c.redLineActor[line] ?? -1);
      return `'${optionId(m.o)}' crosses ${holder}'s red line '${lineId(line)}', and ${holder} is not at the table`;
    }
    case "red-line": {
      if (m.type === "concede") {
        const next = nextConcession(state, m.a, m.i);
        const line = blockingRedLine(state, m.a, m.i, next);
        return `the next concession, '${optionId(next)}', is behind its red line '${lineId(line)}'; crossing it is a move of its own`;
      }
      const option = m.o >= 0 ? m.o : (proposal?.option ?? -1);
      return `'${optionId(option)}' is behind its red line '${lineId(blockingRedLine(state, m.a, m.i, option))}'`;
    }
    case "unacceptable": {
      const option = m.o >= 0 ? m.o : (proposal?.option ?? -1);
      const position = state.positions[m.a]?.[m.i] ?? 0;
      return `'${optionId(option)}' is worse for ${name} than its position, '${optionId(position)}'`;
    }
    case "distrust": {
      const proposer = proposal?.by ?? -1;
      const trust = state.trust[m.a]?.[proposer] ?? 0;
      return `${name} trusts ${nameOf(proposer)} too little (${Math.round(trust)} of the ${c.minTrustToAccept} needed)`;
    }
    case "unknown-red-line":
      return `there is no red line '${"redLine" in move ? move.redLine : ""}'`;
    case "not-yours":
      return `'${lineId(m.r)}' is ${nameOf(c.redLineActor[m.r] ?? -1)}'s red line`;
    case "crossed":
      return `'${lineId(m.r)}' has already been crossed`;
    case "already-held":
      return `'${lineId(m.r)}' has been reaffirmed and nobody has challenged it since`;
    case "already-used":
      return `${name} has already offered one at this meeting`;
    case "follow-up-open":
      return "a follow-up meeting has already been proposed";
    case "no-follow-up":
      return "nobody has proposed a follow-up meeting";
    case "malformed":
    case "unknown-actor":
      return "it is not a move of this game";
  }
}

/**
 * Judges a well-formed move against the rules: `null` when it is legal, otherwise why not, in words a person
 * understands ("Russia cannot propose 'binding-ban' on 'enlargement': the floor is NATO's.").
 */
export function checkMove(state: GameState, move: Move): MoveError | null {
  const a = state.compiled.actorIndex.get(move.actor);
  if (a === undefined) {
    return {
      code: "unknown-actor",
      message: `No actor '${move.actor}' in this scenario; the actors are ${list(state.scenario.actors)}.`,
    };
  }
  const m = resolve(state, move, a);
  const code = verdict(state, m);
  if (code === null) return null;
  const name = state.scenario.actors[a]?.name ?? move.actor;
  return { code, message: `${name} cannot ${describeMove(move)}: ${reason(state, move, m, code)}.` };
}

/** The move a resolved candidate stands for, in scenario ids. */
function toMove(state: GameState, m: ResolvedMove, firm: boolean): Move {
  const s = state.scenario;
  const actor = s.actors[m.a]?.id ?? "";
  const issue = s.issues[m.i]?.id ?? "";
  switch (m.type) {
    case "statement":
      return { type: "statement", actor, tone: firm ? "firm" : "conciliatory" };
    case "propose":
    case "counter":
      return { type: m.type, actor, issue, option: s.issues[m.i]?.options[m.o]?.id ?? "" };
    case "accept":
    case "reject":
    case "concede":
      return { type: m.type, actor, issue };
    case "reaffirm":
    case "cross":
      return { type: m.type, actor, redLine: s.redLines[m.r]?.id ?? "" };
    default:
      return { type: m.type, actor };
  }
}

/**
 * Walks the moves the actor on the floor might make, in the order legal moves are listed, and keeps them
 * (all, or only the legal ones). Kinds of move the actor's stance or the track's phase rule out are skipped
 * at once; each candidate is judged in one reused scratch record, so listing allocates only the moves it
 * returns (a class rather than closures: nothing else is allocated per call either).
 */
class MoveLister {
  readonly out: Move[] = [];
  private readonly scratch: { -readonly [K in keyof ResolvedMove]: ResolvedMove[K] };
  private readonly stance: Partial<Record<MoveType, unknown>>;
  private readonly phase: Partial<Record<MoveType, unknown>>;
  private statements = 0;

  constructor(
    private readonly state: GameState,
    a: number,
    private readonly legalOnly: boolean,
  ) {
    this.scratch = { type: "pass", a, i: -1, o: -1, r: -1 };
    this.stance = stanceTable.next[state.stances[a] ?? "engaged"];
    this.phase = trackTable.next[state.track.phase];
  }

  consider(type: MoveType, i = -1, o = -1, r = -1): void {
    if (this.stance[type] === undefined || this.phase[type] === undefined) return;
    const m = this.scratch;
    m.type = type;
    m.i = i;
    m.o = o;
    m.r = r;
    const firm = type === "statement" && this.statements++ === 0;
    // The candidate is the speaker's, of a kind its stance and the phase allow: only the move itself is judged.
    if (!this.legalOnly || moveVerdict(this.state, m) === null) this.out.push(toMove(this.state, m, firm));
  }
}

function moves(state: GameState, legalOnly: boolean): Move[] {
  const a = speaker(state);
  if (a === -1) return [];
  const c = state.compiled;
  const lister = new MoveLister(state, a, legalOnly);
  lister.consider("statement");
  lister.consider("statement");
  const i = currentIssue(state);
  if (i >= 0) {
    const options = c.values[a]?.[i]?.length ?? 0;
    for (let o = 0; o < options; o++) lister.consider("propose", i, o);
    for (let o = 0; o < options; o++) lister.consider("counter", i, o);
    lister.consider("accept", i);
    lister.consider("reject", i);
    lister.consider("concede", i);
    for (let r = 0; r < c.redLineActor.length; r++) {
      if (c.redLineActor[r] !== a || c.redLineIssue[r] !== i) continue;
      lister.consider("reaffirm", -1, -1, r);
      lister.consider("cross", -1, -1, r);
    }
  }
  lister.consider("offer-cbm");
  lister.consider("propose-follow-up");
  lister.consider("accept-follow-up");
  lister.consider("walk-out");
  lister.consider("pass");
  return lister.out;
}

/** Every move the actor on the floor might make that its stance and the phase allow, legal or not. */
export function candidateMoves(state: GameState): Move[] {
  return moves(state, false);
}

/** The moves the actor on the floor may make now, in a stable order: exactly those {@link checkMove} accepts. */
export function listLegalMoves(state: GameState): Move[] {
  return moves(state, true);
}
