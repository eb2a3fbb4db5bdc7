/**
 * Negotiation analytics: plain functions over a scenario's utilities. Utilities of packages, the list of
 * packages, each issue's zone of possible agreement, the Pareto frontier, the Nash and Kalai–Smorodinsky
 * bargaining points, maximum social welfare, and how a finished game's outcome compares with them; for the
 * whole scenario or one meeting, some actors, chosen hidden types, with red lines respected, ignored or
 * marked. The point-set maths is `vocabulary/bargaining.ts`.
 */

export {
  dominates,
  MAX_DOMINANCE_TESTS,
  MAX_FRONTIER,
  roundUtility,
  UTILITY_DECIMALS,
  type WorkMeter,
} from "../vocabulary/bargaining.js";
export {
  normalisedWeights,
  optionValue,
  type Package,
  packageUtility,
  settledOption,
  type UtilityScenario,
} from "../vocabulary/utility.js";
export { type Analysis, analyze, type RecordAnalysis } from "./analyze.js";
export { type FinishedOutcome, type OutcomeAnalysis, outcomeAnalysis } from "./outcome.js";
export { allPackages, MAX_LISTED_PACKAGES, scoredPackages } from "./packages.js";
export {
  type AnalysisActor,
  type AnalysisError,
  type AnalysisIssue,
  type AnalysisOptions,
  type AnalysisScenario,
  type AnalysisTrack,
  MAX_PACKAGES,
  MAX_UTILITIES,
  RED_LINE_MODES,
  type RedLineMode,
} from "./scope.js";
export {
  type KalaiSmorodinskyPoint,
  kalaiSmorodinskyPoint,
  maxWelfare,
  type NashPoint,
  nashPoint,
  paretoFrontier,
  type Solutions,
  type WelfarePoint,
} from "./solutions.js";
export { packageCount, type ScoredPackage } from "./space.js";
export { type Exclusion, type IssueZone, type OptionAssessment, zopa, zopaFor } from "./zopa.js";
