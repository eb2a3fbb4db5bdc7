/**
 * What a player chooses before a game: which scenario, which delegation, who plays the other seats and the
 * seed. Plain JSON, so that it crosses to the worker through `postMessage` and into a save unchanged.
 */

/** The bots a seat can be given: the scenario personas and the search bot. */
export const BOT_CHOICES = [
  "random",
  "boulware",
  "linear",
  "conceder",
  "tit-for-tat",
  "hardliner",
  "mcts",
] as const;

/** A bot a seat can be given. */
export type BotChoice = (typeof BOT_CHOICES)[number];

/** Who plays a seat: the player, another person at the same device (hot seat), or a bot. */
export type SeatChoice =
  | { readonly kind: "you" }
  | { readonly kind: "person" }
  | { readonly kind: "bot"; readonly bot: BotChoice };

/** Where a scenario comes from: one shipped with the game (by id), or a file the player opened. */
export type ScenarioSource =
  | { readonly kind: "shipped"; readonly id: string }
  | { readonly kind: "file"; readonly text: string };

/** Everything needed to start a match. */
export interface MatchSetup {
  readonly scenario: ScenarioSource;
  /** The seed every random event of the game follows from. */
  readonly seed: string;
  /** Who plays each actor, by actor id; actors left out play their scenario persona. */
  readonly seats: Readonly<Record<string, SeatChoice>>;
  /** Thinking time of the search bot per move, in milliseconds. */
  readonly thinkMs: number;
}

/** The search bot's thinking times a player can pick, in milliseconds. */
export const THINK_TIMES_MS = [250, 500, 1000, 2000] as const;
