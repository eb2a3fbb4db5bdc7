import type { MoveType } from "./moves.js";

/**
 * The rules' numbers, defined once: the rules apply them and the bots read them to foresee a move's effect.
 * Scenario-tunable numbers have their defaults here and their overrides in a scenario's `rules` block.
 * See docs/rules.md, "Moves".
 */

/** What each kind of move costs on the track clock, in minutes, unless the scenario says otherwise. */
export const DEFAULT_MINUTES: Readonly<Record<MoveType, number>> = Object.freeze({
  statement: 15,
  propose: 15,
  counter: 15,
  accept: 5,
  reject: 10,
  concede: 10,
  reaffirm: 10,
  cross: 10,
  "offer-cbm": 15,
  "propose-follow-up": 5,
  "accept-follow-up": 5,
  "walk-out": 5,
  pass: 5,
});

/** What the moves change in the world: tension (0..100), trust (0..100), cohesion (0..100). */
export const MOVE_EFFECTS = Object.freeze({
  /** A firm statement: tension up; every other participant's trust in the speaker down. */
  firm: Object.freeze({ tension: 4, trust: -1 }),
  /** A conciliatory statement: tension down; the others' trust in the speaker up; re-engages the speaker. */
  conciliatory: Object.freeze({ tension: -3, trust: 2 }),
  /** A counter-proposal: a little tension. */
  counter: Object.freeze({ tension: 1 }),
  /** An acceptance: the proposer's trust in the one who accepts rises. */
  accept: Object.freeze({ proposerTrust: 3 }),
  /** A rejection: tension up; the proposer's trust in the one who rejects falls. */
  reject: Object.freeze({ tension: 3, proposerTrust: -3 }),
  /** Reaffirming a red line: tension up, the alliance closes ranks. */
  reaffirm: Object.freeze({ tension: 2, cohesion: 1 }),
  /** Crossing one's own red line eases tension (its price is the scenario's). */
  cross: Object.freeze({ tension: -5 }),
  /** A confidence-building offer: every other participant's trust in the speaker up; tension down. */
  cbm: Object.freeze({ tension: -5, trust: 6 }),
});

/** Defaults of the numbers a scenario's `rules` block may override. */
export const DEFAULT_RULES = Object.freeze({
  /** Trust an actor needs in a proposer to accept its proposal. */
  minTrustToAccept: 20,
  /** Tension at or above which a firm statement hardens the speaker. */
  hardenAt: 60,
  /** Tension at which the talks collapse. */
  collapseAt: 100,
  /** What a walk-out costs the actor who walks: utility, every other participant's trust in it, tension. */
  walkOut: Object.freeze({ utility: 0.05, trust: 10, tension: 25 }),
  /** Cohesion the alliance loses when an actor counters or rejects a proposal of one of its allies. */
  allyCohesion: 4,
});
