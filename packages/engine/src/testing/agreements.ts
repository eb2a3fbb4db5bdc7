import { outcome } from "../game/game.js";
import type { GameState, Proposal } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import { type Invariant, stepwise } from "./invariant.js";
import type { Play } from "./play.js";
import { moveAt } from "./walk.js";

/** Indexes of the issues a list of issue ids names (unknown ids are left out). */
function issueIndexes(scenario: ValidScenario, ids: readonly string[]): Set<number> {
  return new Set(
    ids.map((id) => scenario.issues.findIndex((issue) => issue.id === id)).filter((i) => i >= 0),
  );
}

/** The open proposal covering exactly these issues, if any. */
function proposalOn(state: GameState, issues: ReadonlySet<number>): Proposal | undefined {
  return state.table.find((p) => {
    const covered = p.options.flatMap((o, i) => (o >= 0 ? [i] : []));
    return covered.length === issues.size && covered.every((i) => issues.has(i));
  });
}

/** The ids of the parties of the state's meeting: those whose acceptance an agreement needs. */
function partiesOf(scenario: ValidScenario, state: GameState): string[] {
  const track = scenario.tracks[state.track.index];
  return [...(track?.parties ?? track?.participants ?? [])];
}

/** What is wrong with the issues a move agreed, or null. */
function checkAgreement(
  scenario: ValidScenario,
  move: Move,
  before: GameState,
  newly: readonly number[],
  after: GameState,
): string | null {
  const ids = newly.map((i) => scenario.issues[i]?.id ?? "?");
  if (move.type !== "accept") return `${ids.join(", ")} agreed by a move that is no acceptance`;
  const named = issueIndexes(scenario, move.issues);
  if (newly.length !== named.size || newly.some((i) => !named.has(i)))
    return `the acceptance of ${move.issues.join(", ")} agreed ${ids.join(", ")}: a proposal is agreed whole or not at all`;
  const proposal = proposalOn(before, named);
  if (proposal === undefined) return `${ids.join(", ")} agreed with no open proposal on them`;
  const wrong = newly.find((i) => after.agreed[i] !== proposal.options[i]);
  if (wrong !== undefined)
    return `'${scenario.issues[wrong]?.id}' was agreed on another option than proposed`;
  const accepted = new Set([...proposal.accepted.map((a) => scenario.actors[a]?.id ?? "?"), move.actor]);
  const missing = partiesOf(scenario, before).filter((party) => !accepted.has(party));
  if (missing.length > 0) return `${ids.join(", ")} agreed without the acceptance of ${missing.join(", ")}`;
  return null;
}

/**
 * An agreement is for good and needs everyone it binds: issues are agreed only by an `accept`, exactly the
 * issues of the proposal it accepts, on its options, once every party of the meeting has accepted it (a
 * package is agreed whole or not at all); an agreed issue never changes; each meeting's recorded agreements
 * are the issues agreed there, and the outcome's.
 */
export const agreementsStand: Invariant = stepwise((scenario: ValidScenario, play: Play) => ({
  step: ({ index, move, before, after }) => {
    const newly: number[] = [];
    for (const [i, issue] of scenario.issues.entries()) {
      const was = before.agreed[i] ?? null;
      const now = after.agreed[i] ?? null;
      if (was === now) continue;
      if (was !== null) return `after ${moveAt(play, index)}: '${issue.id}', once agreed, changed`;
      newly.push(i);
    }
    if (newly.length === 0) return null;
    const wrong = checkAgreement(scenario, move, before, newly, after);
    return wrong === null ? null : `after ${moveAt(play, index)}: ${wrong}`;
  },
  end: (last) => {
    const recorded = new Map<string, string>();
    for (const result of last.results) {
      for (const [issue, option] of Object.entries(result.agreed)) {
        if (recorded.has(issue)) return `'${issue}' is recorded as agreed at two meetings`;
        recorded.set(issue, option);
      }
    }
    const agreed = outcome(last).agreed;
    for (const [issue, option] of recorded) {
      if (agreed[issue] !== option)
        return `a meeting's result records '${issue}' agreed on '${option}', the outcome does not`;
    }
    return null;
  },
}));
