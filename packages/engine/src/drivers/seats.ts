import { createBot } from "../bots/create.js";
import { type BotPolicy, policyOf } from "../bots/policy.js";
import type { Bot, BotError } from "../bots/types.js";
import type { MoveError } from "../game/game.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";

/** Bots by actor id. Actors left out play their default bot (their scenario persona, seeded with their id). */
export type Seats = Readonly<Partial<Record<string, Bot>>>;

/** Why a game, a batch or a comparison could not be played. */
export type PlayError =
  /** The scenario or the seed cannot start a game (see `createGame`). */
  | { readonly code: "invalid-game"; readonly message: string }
  /** A seat names no actor of the scenario, or a seat's bot is not a bot. */
  | { readonly code: "unknown-actor" | "not-a-bot"; readonly message: string }
  /** A bot could not be built (an unknown name or bad options). */
  | { readonly code: "bad-bot"; readonly message: string; readonly error: BotError }
  /** A bot chose no move (or threw). */
  | {
      readonly code: "bot-failed";
      readonly message: string;
      readonly index: number;
      readonly actor: string;
      readonly error: BotError;
    }
  /** A custom bot chose a move the rules refuse. */
  | {
      readonly code: "illegal-move";
      readonly message: string;
      readonly index: number;
      readonly actor: string;
      readonly move: unknown;
      readonly error: MoveError;
    }
  /** The game ran past the rules' bound on its length (a bug in the rules, reported as data). */
  | { readonly code: "too-long"; readonly message: string; readonly index: number }
  /** A batch's options are not usable. */
  | { readonly code: "bad-options"; readonly message: string }
  /** An engine invariant broke (a bug in the engine, reported as data). */
  | { readonly code: "internal"; readonly message: string };

/** Who plays a seat: a built-in bot, run through its policy on the core, or a custom bot, asked for moves. */
export type Player =
  | { readonly kind: "policy"; readonly bot: Bot; readonly policy: BotPolicy }
  | { readonly kind: "custom"; readonly bot: Bot };

function isBot(value: unknown): value is Bot {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { chooseMove?: unknown }).chooseMove === "function"
  );
}

/** The actors' ids, quoted, for messages. */
export function actorList(scenario: ValidScenario): string {
  return scenario.actors.map((x) => `'${x.id}'`).join(", ");
}

/** Checks that every seat names an actor. */
export function checkSeatIds(scenario: ValidScenario, ids: Iterable<string>): Result<null, PlayError> {
  for (const id of ids) {
    if (!scenario.actors.some((actor) => actor.id === id))
      return err({
        code: "unknown-actor",
        message: `No actor '${id}' in this scenario; the actors are ${actorList(scenario)}.`,
      });
  }
  return ok(null);
}

/**
 * Every actor's player, in the scenario's order: the bot seated there, or the actor's default bot (its
 * scenario persona seeded with its id, as a match seats it).
 */
export function seatPlayers(scenario: ValidScenario, seats: Seats): Result<Player[], PlayError> {
  if (typeof seats !== "object" || seats === null)
    return err({ code: "not-a-bot", message: "The seats are an object of bots by actor id." });
  const known = checkSeatIds(scenario, Object.keys(seats));
  if (!known.ok) return known;
  const players: Player[] = [];
  for (const actor of scenario.actors) {
    const given = Object.hasOwn(seats, actor.id) ? seats[actor.id] : undefined;
    let bot: Bot;
    if (given === undefined) {
      const built = createBot(actor.persona, { seed: actor.id });
      if (!built.ok) return err({ code: "bad-bot", message: built.error.message, error: built.error });
      bot = built.value;
    } else if (isBot(given)) bot = given;
    else
      return err({
        code: "not-a-bot",
        message: `The seat '${actor.id}' holds no bot (an object with chooseMove).`,
      });
    const policy = policyOf(bot);
    players.push(policy === undefined ? { kind: "custom", bot } : { kind: "policy", bot, policy });
  }
  return ok(players);
}

/** Every actor's default bot (its scenario persona, seeded with its id), by actor id. */
export function defaultBots(scenario: ValidScenario): Record<string, Bot> {
  const bots: Record<string, Bot> = {};
  for (const actor of scenario.actors) {
    const built = createBot(actor.persona, { seed: actor.id });
    if (built.ok) bots[actor.id] = built.value;
  }
  return bots;
}

/** A move in a message. */
export function shownMove(move: unknown): string {
  try {
    return JSON.stringify(move as Move) ?? String(move);
  } catch {
    return String(move);
  }
}
