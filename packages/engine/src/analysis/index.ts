/**
 * Negotiation analytics: plain functions over a scenario's utilities. Utilities of packages, the list of
 * packages, each issue's zone of possible agreement, the Pareto frontier, the Nash and Kalai–Smorodinsky
 * bargaining points, maximum social welfare, and how a finished game's outcome compares with them.
 */

export {
  normalisedWeights,
  optionValue,
  type Package,
  packageUtility,
  settledOption,
  type UtilityScenario,
} from "../vocabulary/utility.js";
export { type Analysis, analyze, type RecordAnalysis } from "./analyze.js";
export {
  type KalaiSmorodinskyPoint,
  kalaiSmorodinskyPoint,
  maxWelfare,
  type NashPoint,
  nashPoint,
  paretoFrontier,
  type WelfarePoint,
} from "./bargaining.js";
export { type FinishedOutcome, type OutcomeAnalysis, outcomeAnalysis } from "./outcome.js";
export {
  type AnalysisError,
  type AnalysisIssue,
  type AnalysisOptions,
  type AnalysisScenario,
  allPackages,
  dominates,
  MAX_PACKAGES,
  packageCount,
  roundUtility,
  type ScoredPackage,
  UTILITY_DECIMALS,
} from "./space.js";
export { type Exclusion, type IssueZone, type OptionAssessment, zopa } from "./zopa.js";
