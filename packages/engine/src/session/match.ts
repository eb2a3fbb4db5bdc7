import { castDraft, freeze, produce } from "immer";
import { createBot } from "../bots/create.js";
import type { BotError, BotName, BotOptions } from "../bots/types.js";
import { seatState } from "../core/index.js";
import { rebuild } from "../game/admit.js";
import { applyMove, createGame, type GameError, type MoveError } from "../game/game.js";
import { readMove } from "../game/input.js";
import { compiledOf } from "../rules/compile.js";
import type { GameEvent } from "../rules/events.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { minuteAfter, moveLines, openingLines, placeOf, type TranscriptLine } from "./transcript.js";

/** Who plays a seat: a person (through a front end), or a bot by name with its options. */
export type SeatPlayer =
  | { readonly kind: "person" }
  | { readonly kind: "bot"; readonly bot: BotName; readonly options?: BotOptions };

/** Options of {@link createMatch}. */
export interface MatchOptions {
  readonly seed: string | number;
  /** Who plays each actor; actors left out are played by their default bot (their scenario persona). */
  readonly seats?: Readonly<Record<string, SeatPlayer>>;
}

/**
 * An interactive game as every front end drives it: the game state, who plays each seat, the transcript so
 * far, and a version number that every command must quote (a command made on an old version is refused: the
 * shape a server needs). Plain data: it survives `structuredClone` (a Web Worker) as a whole.
 */
export interface Match {
  readonly version: number;
  readonly scenario: ValidScenario;
  readonly seats: Readonly<Record<string, SeatPlayer>>;
  readonly state: GameState;
  /**
   * The transcript so far, in chunks of at most 256 lines, so that a move adds its lines
   * in constant time (`matchTranscript` gives them as one list).
   */
  readonly transcript: readonly (readonly TranscriptLine[])[];
}

/** How many transcript lines a chunk of a match's transcript holds. */
export const TRANSCRIPT_CHUNK = 256;

/** A match's transcript as one list. */
export function matchTranscript(match: Match): TranscriptLine[] {
  return match.transcript.flat();
}

/** The transcript in chunks, `lines` appended (a draft of the match's transcript, changed in place). */
function appendLines(chunks: TranscriptLine[][], lines: readonly TranscriptLine[]): void {
  for (const line of lines) {
    const last = chunks[chunks.length - 1];
    if (last !== undefined && last.length < TRANSCRIPT_CHUNK) last.push(line);
    else chunks.push([line]);
  }
}

/** Splits lines into transcript chunks. */
function chunked(lines: readonly TranscriptLine[]): TranscriptLine[][] {
  const chunks: TranscriptLine[][] = [];
  appendLines(chunks, lines);
  return chunks;
}

/** What a front end asks of a match. */
export type MatchCommand =
  /** A move for the seat on the floor (a person's, or a bot's computed by the host, e.g. with a time budget). */
  | { readonly type: "move"; readonly version: number; readonly move: unknown }
  /** The bot on the floor chooses and makes its move. */
  | { readonly type: "bot"; readonly version: number }
  /** Takes back the seat's last move and everything after it. */
  | { readonly type: "undo"; readonly version: number; readonly seat: string }
  /** Goes back to the game after its first `to` moves, to play on from there. */
  | { readonly type: "rewind"; readonly version: number; readonly to: number };

/** Why a command was refused; the match is unchanged. */
export type MatchError =
  | { readonly code: "stale"; readonly message: string; readonly expected: number }
  | { readonly code: "malformed-command"; readonly message: string }
  | { readonly code: "refused"; readonly message: string; readonly error: MoveError }
  | { readonly code: "not-a-bot-turn"; readonly message: string }
  | { readonly code: "bot-failed"; readonly message: string; readonly error: BotError }
  | { readonly code: "nothing-to-undo"; readonly message: string }
  | { readonly code: "bad-rewind"; readonly message: string }
  | { readonly code: "bad-seats"; readonly message: string }
  | { readonly code: "game"; readonly message: string; readonly error: GameError };

/** A command carried out: the new match, what the moves set off, and the transcript lines they added. */
export interface MatchStep {
  readonly match: Match;
  readonly events: readonly GameEvent[];
  readonly lines: readonly TranscriptLine[];
}

/** Starts a match: a new game and who plays each seat (every actor without a seat plays its default bot). */
export function createMatch(scenario: ValidScenario, options: MatchOptions): Result<Match, MatchError> {
  const game = createGame(scenario, { seed: options.seed });
  if (!game.ok) return err({ code: "game", message: game.error.message, error: game.error });
  const seats: Record<string, SeatPlayer> = {};
  const given = options.seats ?? {};
  for (const id of Object.keys(given)) {
    if (!scenario.actors.some((a) => a.id === id))
      return err({
        code: "bad-seats",
        message: `No actor '${id}' in this scenario; the actors are ${scenario.actors.map((a) => `'${a.id}'`).join(", ")}.`,
      });
  }
  for (const actor of scenario.actors) {
    const player = Object.hasOwn(given, actor.id) ? given[actor.id] : undefined;
    seats[actor.id] = player ?? { kind: "bot", bot: actor.persona };
  }
  const c = compiledOf(scenario);
  return ok(
    freeze(
      {
        version: 0,
        scenario,
        seats,
        state: game.value,
        transcript: chunked(openingLines(c, game.value.seed)),
      },
      true,
    ),
  );
}

/** A match moved to another state of its game (a loaded save), with that state's transcript. */
export function restartMatch(match: Match, state: GameState, transcript: readonly TranscriptLine[]): Match {
  return produce(match, (draft) => {
    draft.version += 1;
    draft.state = castDraft(state);
    draft.transcript = castDraft(chunked(transcript));
  });
}

/** The actor on the floor and who plays it, or null when the game is over. */
export function matchTurn(match: Match): { readonly actor: string; readonly player: SeatPlayer } | null {
  const c = compiledOf(match.scenario);
  const a = speaker(c, match.state);
  const actor = a === -1 ? undefined : match.scenario.actors[a]?.id;
  if (actor === undefined) return null;
  return { actor, player: match.seats[actor] ?? { kind: "person" } };
}

function play(match: Match, move: unknown): Result<MatchStep, MatchError> {
  const c = compiledOf(match.scenario);
  const before = placeOf(c, match.state);
  const applied = applyMove(match.state, move);
  if (!applied.ok) return err({ code: "refused", message: applied.error.message, error: applied.error });
  const { state, events } = applied.value;
  const index = match.state.moveCount;
  const after = minuteAfter(before, state, c);
  const lines = moveLines(match.scenario, state.seed, index, applied.value.move, events, before, after);
  const next = produce(match, (draft) => {
    draft.version += 1;
    draft.state = castDraft(state);
    appendLines(draft.transcript as TranscriptLine[][], lines);
  });
  return ok({ match: next, events, lines });
}

function rewind(match: Match, to: number): Result<MatchStep, MatchError> {
  const count = match.state.moveCount;
  if (!Number.isSafeInteger(to) || to < 0 || to > count)
    return err({
      code: "bad-rewind",
      message: `A game can go back to after 0 to ${count} moves; got ${String(to)}.`,
    });
  const c = compiledOf(match.scenario);
  const moves = match.state.moves.flat().slice(0, to);
  const rebuilt = rebuild(c, match.state.seed, moves, readMove);
  if (!rebuilt.ok) return err({ code: "bad-rewind", message: "The game's own moves could not be replayed." });
  const transcript = chunked(matchTranscript(match).filter((line) => line.move < to));
  const next = produce(match, (draft) => {
    draft.version += 1;
    draft.state = castDraft(rebuilt.value);
    draft.transcript = castDraft(transcript);
  });
  return ok({ match: next, events: [], lines: [] });
}

/**
 * Carries out a command on a match: a pure reducer, the one way every front end (the terminal, the browser,
 * a server) drives an interactive game. A command quoting another version than the match's is refused as
 * stale; a refused command leaves the match as it was.
 */
export function reduceMatch(match: Match, command: MatchCommand): Result<MatchStep, MatchError> {
  if (typeof command !== "object" || command === null || typeof command.type !== "string")
    return err({ code: "malformed-command", message: "A command is an object with a type and a version." });
  if (command.version !== match.version)
    return err({
      code: "stale",
      message: `This command was made on version ${String(command.version)} of the match, which is now at version ${match.version}.`,
      expected: match.version,
    });
  switch (command.type) {
    case "move":
      return play(match, command.move);
    case "bot": {
      const turn = matchTurn(match);
      if (turn === null || turn.player.kind !== "bot")
        return err({
          code: "not-a-bot-turn",
          message: turn === null ? "The game is over." : `The floor is ${turn.actor}'s, played by a person.`,
        });
      const bot = createBot(turn.player.bot, { seed: turn.actor, ...turn.player.options });
      if (!bot.ok) return err({ code: "bot-failed", message: bot.error.message, error: bot.error });
      const c = compiledOf(match.scenario);
      const chosen = bot.value.chooseMove(seatState(c, match.state, speaker(c, match.state)));
      if (!chosen.ok) return err({ code: "bot-failed", message: chosen.error.message, error: chosen.error });
      return play(match, chosen.value);
    }
    case "undo": {
      const moves = match.state.moves.flat();
      let last = moves.length - 1;
      while (last >= 0 && moves[last]?.actor !== command.seat) last--;
      if (last < 0)
        return err({ code: "nothing-to-undo", message: `${command.seat} has made no move to take back.` });
      return rewind(match, last);
    }
    case "rewind":
      return rewind(match, command.to);
    default:
      return err({
        code: "malformed-command",
        message: `No command '${String((command as { type: unknown }).type)}'.`,
      });
  }
}
