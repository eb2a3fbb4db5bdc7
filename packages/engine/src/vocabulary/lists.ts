/**
 * The closed word lists every layer shares. Each list is the one place its words are spelled; schemas,
 * types and tables derive from it.
 */

/** The default behaviours (bots) a scenario can give an actor. */
export const PERSONAS = Object.freeze([
  "random",
  "boulware",
  "linear",
  "conceder",
  "tit-for-tat",
  "hardliner",
  "mediator",
] as const);

/** A persona's name. */
export type Persona = (typeof PERSONAS)[number];

/**
 * How a meeting can end. `procedural-agreement`: only process was agreed (more talks, written answers),
 * no substance. `collapse`: a walk-out or tension at its limit ended it.
 */
export const RESULT_KINDS = Object.freeze([
  "agreement",
  "partial-agreement",
  "procedural-agreement",
  "no-breakthrough",
  "collapse",
] as const);

/** A meeting's (or the game's) result kind. */
export type ResultKind = (typeof RESULT_KINDS)[number];

/** What an issue is about: the substance of a settlement, or the process of talking (more talks, answers). */
export const ISSUE_KINDS = Object.freeze(["substance", "process"] as const);

/** An issue's kind. */
export type IssueKind = (typeof ISSUE_KINDS)[number];

/**
 * How a meeting negotiates. `items`: one issue at a time, the agenda's current item. `packages`: proposals
 * of two or more of the meeting's open issues, agreed whole. `both`: either.
 */
export const NEGOTIATION_MODES = Object.freeze(["items", "packages", "both"] as const);

/** A meeting's negotiation mode. */
export type NegotiationMode = (typeof NEGOTIATION_MODES)[number];

/** What a walk-out does: end the whole game, or only the meeting (the next one still opens). */
export const WALK_OUT_EFFECTS = Object.freeze(["ends-game", "ends-track"] as const);

/** A meeting's walk-out rule. */
export type WalkOutEffect = (typeof WALK_OUT_EFFECTS)[number];
