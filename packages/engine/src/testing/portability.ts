import { admitState, applyMove, legalMoves, stateHash } from "../game/game.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import { deserialize, openLink, replayLink, serialize } from "../session/api.js";
import type { Move } from "../vocabulary/moves.js";
import { fingerprint, type Invariant, stepwise } from "./invariant.js";
import type { Play } from "./play.js";
import type { PlayChecker, PlayStep } from "./walk.js";
import { moveAt, stateAt } from "./walk.js";

/** Plays longer than this are checked at a few points only (each check rebuilds the game). */
const CHECK_EVERY_STATE_UP_TO = 12;

/**
 * The numbers of moves after which a state is checked: every state of a short play; of a long one the start,
 * the first move, the quarters, and the last two.
 */
function checkPoints(moves: number): ReadonlySet<number> {
  if (moves <= CHECK_EVERY_STATE_UP_TO) return new Set(Array.from({ length: moves + 1 }, (_, k) => k));
  return new Set([0, 1, moves >> 2, moves >> 1, (3 * moves) >> 2, moves - 1, moves]);
}

/** A copy of a game, and how it was made (for messages). */
interface Copy {
  readonly state: GameState;
  readonly how: string;
}

/** A copy carried on beside the original, which must stay the same game, until `until` moves. */
interface Follower {
  state: GameState;
  readonly until: number;
  readonly how: string;
}

/**
 * The middle of a play: where copies that the engine rebuilds, and validates the scenario of, whenever it
 * first meets them (a structured clone, JSON) are checked, and carried on from to the end.
 */
function middlePoint(moves: number): ReadonlySet<number> {
  return new Set([moves >> 1]);
}

/**
 * A checker that makes copies of the game at some points (`copy` returns them, or a failure) and carries
 * each on beside the original for a few moves (to the end from the middle): the copy must accept the same
 * moves and stay the same game.
 */
function carryOn(
  play: Play,
  points: ReadonlySet<number>,
  copy: (state: GameState, where: string) => Copy[] | string,
): PlayChecker {
  const n = play.moves.length;
  const middle = n >> 1;
  let followers: Follower[] = [];
  const at = (state: GameState, moves: number): string | null => {
    if (!points.has(moves)) return null;
    const made = copy(state, stateAt(play, moves));
    if (typeof made === "string") return made;
    const until = moves === middle ? n : Math.min(n, moves + 3);
    for (const f of made) if (until > moves) followers.push({ ...f, until });
    return null;
  };
  const follow = ({ index, move, after }: PlayStep): string | null => {
    for (const f of followers) {
      const result = applyMove(f.state, move as Move);
      if (!result.ok) return `after ${f.how}, ${moveAt(play, index)} is refused: ${result.error.message}`;
      f.state = result.value.state;
      const same =
        index + 1 === f.until
          ? stateHash(f.state) === stateHash(after)
          : fingerprint(f.state) === fingerprint(after);
      if (!same) return `after ${f.how}, the game differs from the original after ${moveAt(play, index)}`;
    }
    followers = followers.filter((f) => f.until > index + 1);
    return null;
  };
  return {
    start: (state) => at(state, 0),
    step: (step) => follow(step) ?? at(step.after, step.index + 1),
  };
}

/** Saves and loads a state, and makes and opens its replay link: each must give the same game back. */
function saveAndLink(scenario: ValidScenario, state: GameState, where: string): Copy[] | string {
  const text = serialize(state);
  if (!text.ok) return `a game ${where} cannot be saved: ${text.error.message}`;
  const loaded = deserialize(scenario, text.value);
  if (!loaded.ok) return `a game saved ${where} does not load: ${loaded.error.code}: ${loaded.error.message}`;
  const hash = stateHash(state);
  if (stateHash(loaded.value) !== hash) return `a game saved and loaded ${where} is not the same game`;
  const again = serialize(loaded.value);
  if (!again.ok || again.value !== text.value) return `a game loaded ${where} saves to different text`;
  const link = replayLink(state);
  if (!link.ok) return `a game ${where} gives no replay link: ${link.error.message}`;
  const opened = openLink(scenario, `https://parley.example/play#replay=${link.value}`);
  if (!opened.ok) return `the replay link of a game ${where} does not open: ${opened.error.message}`;
  if (stateHash(opened.value) !== hash) return `the replay link of a game ${where} opens another game`;
  return [
    { state: loaded.value, how: `saving and loading ${where}` },
    { state: opened.value, how: `opening the replay link made ${where}` },
  ];
}

/**
 * Saving at any point (`serialize`, save format 2), loading (`deserialize`) and carrying on gives the same
 * game as never saving, and a loaded game saves to the same text; a replay link (`replayLink`, `openLink`)
 * opens the same game, which carries on the same. Checked at every point of a short play and at several
 * points of a long one, carrying on for a few moves after each, and to the end from the middle.
 */
export const saveLoadTransparent: Invariant = stepwise((scenario, play) =>
  carryOn(play, checkPoints(play.moves.length), (state, where) => saveAndLink(scenario, state, where)),
);

/** The ways a state is copied outside the engine: a Web Worker's message, storage or a server's JSON. */
const COPIES: readonly (readonly [string, (state: GameState) => unknown])[] = [
  ["structuredClone", (state) => structuredClone(state)],
  ["JSON", (state) => JSON.parse(JSON.stringify(state))],
];

/**
 * Copies a state one of the ways a Web Worker, storage or a server would (`way` picks it) and has the engine
 * admit the copy.
 */
function plainCopy(state: GameState, where: string, way: number): Copy[] | string {
  const [how, make] = COPIES[way % COPIES.length] ?? COPIES[0] ?? ["", () => state];
  const copy = make(state);
  const admitted = admitState(copy);
  if (!admitted.ok) return `a game copied with ${how} ${where} is refused: ${admitted.error.message}`;
  if (stateHash(admitted.value) !== stateHash(state))
    return `a game copied with ${how} ${where} is admitted as another game`;
  if (JSON.stringify(legalMoves(admitted.value)) !== JSON.stringify(legalMoves(state)))
    return `a game copied with ${how} ${where} offers other legal moves`;
  return [{ state: admitted.value, how: `copying the game with ${how} ${where}` }];
}

/**
 * States are plain data: a copy made with `structuredClone` or through JSON (as a Web Worker, storage or a
 * server makes one) is admitted by the engine (`admitState`) as the same game (equal `stateHash`), offers
 * the same legal moves, and carries on the same to the end of the play. Checked in the middle of a play,
 * with one of the two copies (by the play's length: over many plays, both): each admission of a copy
 * rebuilds the game and validates its scenario again. The stateful model passes such copies straight to
 * `applyMove`.
 */
export const statesPortable: Invariant = stepwise((_scenario, play) =>
  carryOn(play, middlePoint(play.moves.length), (state, where) => plainCopy(state, where, play.moves.length)),
);
