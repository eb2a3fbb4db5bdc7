import { admit } from "../game/admit.js";
import type { MoveError } from "../game/game.js";
import { readMove } from "../game/input.js";
import { compiledOf } from "../rules/compile.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import {
  createMatch,
  type Match,
  type MatchError,
  matchTranscript,
  restartMatch,
  type SeatPlayer,
} from "./match.js";
import { buildMenu, type MoveMenu } from "./menu.js";
import { deserializeState, encodeLink, loadLink, type PersistError, serializeState } from "./saves.js";
import { buildTranscript, type TranscriptLine } from "./transcript.js";
import { buildView, type Seat, type SeatView } from "./view.js";

/**
 * The session API on game states: what one seat sees, what it may do, the transcript, saves and links. Every
 * function takes any state (an outside one is first rebuilt and checked; see `admitState`) and never throws.
 */

function invalid(reason: string): MoveError {
  return {
    code: "invalid-state",
    params: { reason },
    message: `This game state cannot be used: ${reason}. Load the game again from its save.`,
  };
}

/**
 * Everything one seat (an actor's id, or `"spectator"`) may see of a game, as JSON-serialisable data; never
 * another seat's private type or reservation while the game runs. Rebuilds the transcript from the moves
 * (linear in the game's length); a {@link Match} keeps it as it goes (`matchView`).
 */
export function view(state: GameState, seat: Seat): Result<SeatView, MoveError> {
  const game = admit(state, readMove);
  if (!game.ok) return err(invalid(game.error.reason));
  const { c } = game.value;
  return ok(buildView(c, game.value.state, seat, buildTranscript(c, game.value.state)));
}

/** The view of a match from a seat, with the transcript the match has kept (no replay). */
export function matchView(match: Match, seat: Seat): SeatView {
  return buildView(compiledOf(match.scenario), match.state, seat, matchTranscript(match));
}

/**
 * A seat's moves now, for a person to choose from: the legal moves grouped by kind with full labels, minutes
 * and effects; the moves it might expect but cannot make, each with the rules' reason; and what it may
 * compose a package from.
 */
export function moveMenu(state: GameState, seat: string): Result<MoveMenu, MoveError> {
  const game = admit(state, readMove);
  if (!game.ok) return err(invalid(game.error.reason));
  return ok(buildMenu(game.value.c, game.value.state, seat));
}

/** The transcript of a game so far, rebuilt from its moves (linear in its length). */
export function transcript(state: GameState): TranscriptLine[] {
  const game = admit(state, readMove);
  return game.ok ? buildTranscript(game.value.c, game.value.state) : [];
}

/** Saves a game (save format 2): compact, versioned text that `deserialize` loads into the same state. */
export function serialize(state: GameState): Result<string, MoveError> {
  const game = admit(state, readMove);
  if (!game.ok) return err(invalid(game.error.reason));
  return ok(serializeState(game.value.c, game.value.state));
}

/** Loads a save of a game of `scenario`; a truncated, edited, foreign or old save gives an error with a reason. */
export function deserialize(scenario: ValidScenario, text: unknown): Result<GameState, PersistError> {
  return deserializeState(scenario, text);
}

/** A compact, URL-safe replay link payload of a game (the browser puts it after `#replay=`). */
export function replayLink(state: GameState): Result<string, MoveError> {
  const game = admit(state, readMove);
  if (!game.ok) return err(invalid(game.error.reason));
  return ok(encodeLink(game.value.c, game.value.state));
}

/** Rebuilds the game of a replay link (the payload, or an address with `#replay=`) for the scenario it names. */
export function openLink(scenario: ValidScenario, text: unknown): Result<GameState, PersistError> {
  return loadLink(scenario, text);
}

/** Saves a match: its game as a save (format 2). */
export function saveMatch(match: Match): string {
  return serializeState(compiledOf(match.scenario), match.state);
}

/**
 * Loads a match from a save: the saved game, and who plays each seat (as for `createMatch`). The transcript is
 * rebuilt once.
 */
export function loadMatch(
  scenario: ValidScenario,
  text: unknown,
  seats: Readonly<Record<string, SeatPlayer>> = {},
): Result<Match, PersistError | MatchError> {
  const state = deserializeState(scenario, text);
  if (!state.ok) return state;
  const started = createMatch(scenario, { seed: state.value.seed, seats });
  if (!started.ok) return started;
  const c = compiledOf(scenario);
  return ok(restartMatch(started.value, state.value, buildTranscript(c, state.value)));
}

/** The menu of a match's seat. */
export function matchMenu(match: Match, seat: string): MoveMenu {
  return buildMenu(compiledOf(match.scenario), match.state, seat);
}
