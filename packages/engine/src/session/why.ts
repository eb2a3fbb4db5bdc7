import { analyze, type RecordAnalysis } from "../analysis/analyze.js";
import { type OutcomeAnalysis, outcomeAnalysis } from "../analysis/outcome.js";
import type { AnalysisError } from "../analysis/scope.js";
import type { KalaiSmorodinskyPoint, NashPoint } from "../analysis/solutions.js";
import type { ScoredPackage } from "../analysis/space.js";
import { type IssueZone, zopaFor } from "../analysis/zopa.js";
import { admit } from "../game/admit.js";
import { readMove } from "../game/input.js";
import type { CompiledScenario } from "../rules/compile.js";
import { computeOutcome, type Outcome } from "../rules/outcome.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import type { Package } from "../vocabulary/utility.js";

/**
 * The debrief's "why it ended so": per meeting, the zone of possible agreement of each issue on its agenda
 * and what excluded each option; for one meeting and two chosen actors, the Pareto view with this game's
 * outcome and the record's. Every figure is the engine's analytics (`zopaFor`, `analyze`,
 * `outcomeAnalysis`) run on the game's own terms: the hidden types it drew and what earlier meetings agreed.
 */

/** Why the debrief's analytics could not be made: a state that is not a game's, or the analysis's refusal. */
export type DebriefWhyError =
  | { readonly code: "invalid-state"; readonly message: string }
  | { readonly code: "bad-actors"; readonly message: string }
  | AnalysisError;

/** The zones of possible agreement of one meeting, for the actors seated there. */
export interface MeetingZones {
  readonly track: string;
  /** The meeting's parties: the actors whose red lines and reservation values decide the zones. */
  readonly actors: readonly string[];
  /** What earlier meetings of this game agreed: those issues stay there and have no zone here. */
  readonly settled: Package;
  /** The hidden types the analysis used: the ones this game drew. */
  readonly types: Readonly<Record<string, string>>;
  /** Each issue of the agenda still open, as `zopaFor` gives it. */
  readonly zones: readonly IssueZone[];
}

/** The Pareto view of one meeting for two actors: what `analyze` gives, with this game placed in it. */
export interface DebriefFrontier {
  readonly track: string;
  /** The two actors: the axes, in this order. */
  readonly actors: readonly [string, string];
  readonly settled: Package;
  readonly types: Readonly<Record<string, string>>;
  /** The issues that vary (the meeting's agenda, less what earlier meetings settled). */
  readonly issues: readonly string[];
  /** The disagreement point: each actor's reservation value (of the type it drew). */
  readonly disagreement: Readonly<Record<string, number>>;
  /** The Pareto frontier of the packages behind no red line. */
  readonly frontier: readonly ScoredPackage[];
  /**
   * The packages on the frontier when red lines are ignored that cross at least one red line (each naming
   * them in `crosses`): what only crossing a red line would reach.
   */
  readonly beyondRedLines: readonly ScoredPackage[];
  readonly nash: Result<NashPoint, AnalysisError>;
  readonly kalaiSmorodinsky: Result<KalaiSmorodinskyPoint, AnalysisError>;
  /**
   * This game's outcome placed in the view: its point is the two actors' final utilities (`outcome(state)`,
   * so red-line prices and a collapse count), its package everything the game agreed. A whole-game point:
   * exact for a single-meeting scenario; with several meetings it is set among packages of this meeting
   * alone (later meetings' issues at their status quo), so `dominated` compares unlike things there.
   */
  readonly game: OutcomeAnalysis;
  /** The record's outcome as `analyze` places it; null when the scenario has no record. */
  readonly record: RecordAnalysis | null;
}

interface Admitted {
  readonly c: CompiledScenario;
  readonly result: Outcome;
}

function admitted(state: GameState): Result<Admitted, DebriefWhyError> {
  const game = admit(state, readMove);
  if (!game.ok)
    return err({
      code: "invalid-state",
      message: `This game state cannot be used: ${game.error.reason}. Load the game again from its save.`,
    });
  return ok({ c: game.value.c, result: computeOutcome(game.value.c, game.value.state) });
}

/** What the meetings before `track` (in the scenario's order) agreed in this game. */
function settledBefore(c: CompiledScenario, result: Outcome, track: string): Package {
  const settled: Record<string, string> = {};
  for (const t of c.scenario.tracks) {
    if (t.id === track) break;
    Object.assign(settled, result.tracks.find((r) => r.track === t.id)?.agreed ?? {});
  }
  return settled;
}

/** Everything this game agreed, over every meeting. */
function agreedInGame(result: Outcome): Package {
  const agreed: Record<string, string> = {};
  for (const t of result.tracks) Object.assign(agreed, t.agreed);
  return agreed;
}

/**
 * Each meeting's zones of possible agreement, for the actors seated there (its parties), with the hidden
 * types this game drew and what earlier meetings agreed; see `zopaFor`. No package is enumerated: O(issues
 * × options × (actors × issues + red lines)) per meeting.
 */
export function debriefZones(state: GameState): Result<MeetingZones[], DebriefWhyError> {
  const a = admitted(state);
  if (!a.ok) return a;
  const { c, result } = a.value;
  const meetings: MeetingZones[] = [];
  for (const track of c.scenario.tracks) {
    const settled = settledBefore(c, result, track.id);
    const zones = zopaFor(c.scenario, { track: track.id, types: result.types, settled });
    if (!zones.ok) return zones;
    meetings.push({
      track: track.id,
      actors: [...(track.parties ?? track.participants)],
      settled,
      types: { ...result.types },
      zones: zones.value,
    });
  }
  return ok(meetings);
}

/** The two actors a Pareto view of the meeting shows unless told otherwise: its first two parties. */
export function defaultParetoActors(
  scenario: Pick<ValidScenario, "tracks">,
  track: string,
): readonly string[] {
  const meeting = scenario.tracks.find((t) => t.id === track);
  return (meeting?.parties ?? meeting?.participants ?? []).slice(0, 2);
}

/**
 * The Pareto view of one meeting for two actors (by default the meeting's first two parties): `analyze` of the meeting's agenda (with the hidden types
 * this game drew, what earlier meetings agreed staying there, red lines marked) gives the frontier within
 * red lines, the frontier packages beyond them, the Nash and Kalai–Smorodinsky points, the disagreement
 * point and the record's point; `outcomeAnalysis` places this game's outcome. Costs two enumerations of
 * the meeting's packages (under 100 ms for the 2022 scenarios); the analysis's limits and refusals apply.
 */
export function debriefFrontier(
  state: GameState,
  options: { readonly track: string; readonly actors?: readonly string[] },
): Result<DebriefFrontier, DebriefWhyError> {
  const a = admitted(state);
  if (!a.ok) return a;
  const { c, result } = a.value;
  if (!c.scenario.tracks.some((t) => t.id === options.track))
    return err({ code: "unknown-track", message: `no meeting "${options.track}"`, track: options.track });
  // Checked, not trusted: a caller from plain JavaScript may pass anything.
  const actors: unknown = options.actors ?? defaultParetoActors(c.scenario, options.track);
  if (!Array.isArray(actors) || actors.length !== 2 || !actors.every((id) => typeof id === "string"))
    return err({ code: "bad-actors", message: "choose exactly two actors for the Pareto view" });
  const [x, y] = actors as [string, string];
  const settled = settledBefore(c, result, options.track);
  const scope = { track: options.track, actors: [x, y], types: result.types, settled };
  const analysis = analyze(c.scenario, { ...scope, redLines: "mark" });
  if (!analysis.ok) return analysis;
  const game = outcomeAnalysis(
    c.scenario,
    { agreed: agreedInGame(result), utilities: result.utilities },
    scope,
  );
  if (!game.ok) return game;
  const v = analysis.value;
  return ok({
    track: options.track,
    actors: [x, y],
    settled,
    types: v.types,
    issues: v.issues,
    disagreement: v.disagreement,
    frontier: v.frontier,
    beyondRedLines: (v.ignoringRedLines?.frontier ?? []).filter((p) => (p.crosses ?? []).length > 0),
    nash: v.nash,
    kalaiSmorodinsky: v.kalaiSmorodinsky,
    game: game.value,
    record: v.record,
  });
}
