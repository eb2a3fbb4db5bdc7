import { stanceTable, trackTable } from "../machines/index.js";
import type { Move } from "./moves.js";
import {
  absentRedLine,
  acceptable,
  blockingRedLine,
  currentIssue,
  nextConcession,
  speaker,
} from "./query.js";
import type { GameState } from "./state.js";

/** Why a move was refused: a stable `code` for programs and a `message` for people. */
export interface MoveError {
  readonly code: MoveErrorCode;
  readonly message: string;
}

/** The reasons a move can be refused. */
export type MoveErrorCode =
  | "malformed"
  | "game-over"
  | "unknown-actor"
  | "not-your-turn"
  | "stance"
  | "wrong-phase"
  | "unknown-issue"
  | "not-on-agenda"
  | "already-agreed"
  | "unknown-option"
  | "proposal-open"
  | "no-proposal"
  | "own-proposal"
  | "same-option"
  | "already-accepted"
  | "unacceptable"
  | "red-line"
  | "absent-red-line"
  | "distrust"
  | "no-concession-left"
  | "unknown-red-line"
  | "not-yours"
  | "crossed"
  | "already-held"
  | "already-used"
  | "follow-up-open"
  | "no-follow-up";

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

/**
 * Judges a well-formed move against the rules: `null` when it is legal, otherwise why not. This is the only
 * judge: `legalMoves` lists exactly the candidates it accepts.
 */
export function checkMove(state: GameState, move: Move): MoveError | null {
  const a = state.compiled.actorIndex.get(move.actor);
  if (a === undefined) {
    return {
      code: "unknown-actor",
      message: `No actor '${move.actor}' in this scenario; the actors are ${list(state.scenario.actors)}.`,
    };
  }
  const refusal = judge(state, move, a);
  if (refusal === null) return null;
  const [code, reason] = refusal;
  return { code, message: `${actorName(state, a)} cannot ${describeMove(move)}: ${reason}.` };
}

type Refusal = readonly [MoveErrorCode, string];

function refuse(code: MoveErrorCode, reason: string): Refusal {
  return [code, reason];
}

function optionOf(issue: { options: readonly { id: string }[] } | undefined, option: number): string {
  return issue?.options[option]?.id ?? "?";
}

function actorName(state: GameState, actor: number): string {
  return state.scenario.actors[actor]?.name ?? "?";
}

/** The rules' verdict on a move by actor `a`: null, or a code and a reason (only built on refusal). */
function judge(state: GameState, move: Move, a: number): Refusal | null {
  const { scenario, compiled: c } = state;
  const name = actorName(state, a);

  if (state.over) return refuse("game-over", "the game is over");
  const turn = speaker(state);
  if (turn !== a) return refuse("not-your-turn", `the floor is ${actorName(state, turn)}'s`);
  const stance = state.stances[a] ?? "engaged";
  if (stanceTable.next[stance][move.type] === undefined) {
    return refuse(
      "stance",
      stance === "walkedOut"
        ? `${name} has walked out`
        : `${name} has hardened its stance; a conciliatory statement or a confidence-building offer re-engages it`,
    );
  }
  const track = state.track;
  if (trackTable.next[track.phase][move.type] === undefined) {
    return refuse(
      "wrong-phase",
      `that is not done during ${PHASE_NAMES[track.phase] ?? "a concluded meeting"}`,
    );
  }

  switch (move.type) {
    case "propose":
    case "counter":
    case "accept":
    case "reject":
    case "concede": {
      const i = c.issueIndex.get(move.issue);
      if (i === undefined)
        return refuse(
          "unknown-issue",
          `there is no issue '${move.issue}'; the issues are ${list(scenario.issues)}`,
        );
      const onTable = currentIssue(state);
      if (onTable !== i) return refuse("not-on-agenda", `the agenda is at '${scenario.issues[onTable]?.id}'`);
      if (state.agreed[i] !== null) return refuse("already-agreed", `'${move.issue}' is already agreed`);
      const issue = scenario.issues[i];
      const proposal = state.proposals[i] ?? null;
      if (move.type === "concede") {
        const next = nextConcession(state, a, i);
        if (next === -1)
          return refuse("no-concession-left", `${name} has nothing left to concede on '${move.issue}'`);
        const line = blockingRedLine(state, a, i, next);
        if (line !== -1) {
          return refuse(
            "red-line",
            `the next concession, '${optionOf(issue, next)}', is behind its red line '${scenario.redLines[line]?.id}'; crossing it is a move of its own`,
          );
        }
        return null;
      }
      if (move.type === "propose" && proposal !== null) {
        return refuse(
          "proposal-open",
          `'${optionOf(issue, proposal.option)}' is already on the table; counter, accept or reject it`,
        );
      }
      if (move.type !== "propose") {
        if (proposal === null) return refuse("no-proposal", `nothing is on the table on '${move.issue}'`);
        if (proposal.by === a) return refuse("own-proposal", `the proposal on the table is ${name}'s own`);
        if (move.type !== "counter" && proposal.accepted.includes(a)) {
          return refuse("already-accepted", `${name} has already accepted it`);
        }
      }
      let option = proposal?.option ?? -1;
      if (move.type === "propose" || move.type === "counter") {
        const o = c.optionIndex[i]?.get(move.option);
        if (o === undefined)
          return refuse(
            "unknown-option",
            `'${move.issue}' has no option '${move.option}'; its options are ${list(issue?.options ?? [])}`,
          );
        if (move.type === "counter" && o === option)
          return refuse("same-option", `'${move.option}' is what is already on the table`);
        const absent = absentRedLine(state, i, o);
        if (absent !== -1) {
          const holder = actorName(state, c.redLineActor[absent] ?? -1);
          return refuse(
            "absent-red-line",
            `'${move.option}' crosses ${holder}'s red line '${scenario.redLines[absent]?.id}', and ${holder} is not at the table`,
          );
        }
        option = o;
      }
      if (move.type === "reject") return null;
      if (!acceptable(state, a, i, option)) {
        const line = blockingRedLine(state, a, i, option);
        if (line !== -1)
          return refuse(
            "red-line",
            `'${optionOf(issue, option)}' is behind its red line '${scenario.redLines[line]?.id}'`,
          );
        const position = state.positions[a]?.[i] ?? 0;
        return refuse(
          "unacceptable",
          `'${optionOf(issue, option)}' is worse for ${name} than its position, '${optionOf(issue, position)}'`,
        );
      }
      if (move.type === "accept") {
        const proposer = proposal?.by ?? -1;
        const trust = state.trust[a]?.[proposer] ?? 0;
        if (trust < c.minTrustToAccept) {
          return refuse(
            "distrust",
            `${name} trusts ${actorName(state, proposer)} too little (${Math.round(trust)} of the ${c.minTrustToAccept} needed)`,
          );
        }
      }
      return null;
    }
    case "reaffirm":
    case "cross": {
      const r = c.redLineIndex.get(move.redLine);
      if (r === undefined) return refuse("unknown-red-line", `there is no red line '${move.redLine}'`);
      if (c.redLineActor[r] !== a)
        return refuse(
          "not-yours",
          `'${move.redLine}' is ${actorName(state, c.redLineActor[r] ?? -1)}'s red line`,
        );
      const issue = c.redLineIssue[r] ?? -1;
      if (currentIssue(state) !== issue) {
        return refuse(
          "not-on-agenda",
          `'${move.redLine}' concerns '${scenario.issues[issue]?.id}', which is not the agenda item`,
        );
      }
      const status = state.redLines[r];
      if (status === "crossed") return refuse("crossed", `'${move.redLine}' has already been crossed`);
      if (move.type === "reaffirm" && status === "held")
        return refuse(
          "already-held",
          `'${move.redLine}' has been reaffirmed and nobody has challenged it since`,
        );
      return null;
    }
    case "offer-cbm":
      if (track.cbmUsed.includes(a))
        return refuse("already-used", `${name} has already offered one at this meeting`);
      return null;
    case "propose-follow-up":
      if (track.followUp !== null)
        return refuse("follow-up-open", "a follow-up meeting has already been proposed");
      return null;
    case "accept-follow-up": {
      const followUp = track.followUp;
      if (followUp === null) return refuse("no-follow-up", "nobody has proposed a follow-up meeting");
      if (followUp.by === a) return refuse("own-proposal", "the follow-up proposal is its own");
      if (followUp.accepted.includes(a)) return refuse("already-accepted", `${name} has already accepted it`);
      return null;
    }
    case "statement":
    case "walk-out":
    case "pass":
      return null;
  }
}

/** Every move the actor on the floor might make; `legalMoves` keeps those {@link checkMove} accepts. */
export function candidateMoves(state: GameState): Move[] {
  const a = speaker(state);
  if (a === -1) return [];
  const { scenario, compiled: c } = state;
  const actor = scenario.actors[a]?.id ?? "";
  const out: Move[] = [
    { type: "statement", actor, tone: "firm" },
    { type: "statement", actor, tone: "conciliatory" },
  ];
  const i = currentIssue(state);
  const issue = scenario.issues[i];
  if (issue !== undefined) {
    for (const option of issue.options)
      out.push({ type: "propose", actor, issue: issue.id, option: option.id });
    for (const option of issue.options)
      out.push({ type: "counter", actor, issue: issue.id, option: option.id });
    out.push({ type: "accept", actor, issue: issue.id });
    out.push({ type: "reject", actor, issue: issue.id });
    out.push({ type: "concede", actor, issue: issue.id });
    for (let r = 0; r < c.redLineActor.length; r++) {
      if (c.redLineActor[r] !== a || c.redLineIssue[r] !== i) continue;
      const redLine = scenario.redLines[r]?.id ?? "";
      out.push({ type: "reaffirm", actor, redLine }, { type: "cross", actor, redLine });
    }
  }
  out.push(
    { type: "offer-cbm", actor },
    { type: "propose-follow-up", actor },
    { type: "accept-follow-up", actor },
    { type: "walk-out", actor },
    { type: "pass", actor },
  );
  return out;
}

/** The moves the actor on the floor may make now, in a stable order. */
export function listLegalMoves(state: GameState): Move[] {
  return candidateMoves(state).filter((move) => checkMove(state, move) === null);
}
