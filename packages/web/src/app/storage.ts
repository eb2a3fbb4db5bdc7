/**
 * The page's own storage: one saved game in localStorage (with the earlier lines of its what-ifs), and the
 * replay code in the address. Storage can be missing or full (private windows, quotas); every access here
 * degrades to "nothing saved" instead of failing the page.
 */

import type { BranchModel } from "../models/index.js";

const SAVE_KEY = "parley.save";
const SPEED_KEY = "parley.speed";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The saved game's text, or null. */
export function readSave(): string | null {
  try {
    return storage()?.getItem(SAVE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Keeps a game's save; false when storage refused it (full, or disabled). */
export function writeSave(text: string): boolean {
  try {
    storage()?.setItem(SAVE_KEY, text);
    return true;
  } catch {
    return false;
  }
}

/** Forgets the saved game. */
export function forgetSave(): void {
  try {
    storage()?.removeItem(SAVE_KEY);
  } catch {
    // Nothing was saved, or storage is unavailable: either way nothing is left to forget.
  }
}

/** The remembered speed, or null. */
export function readSpeed(): string | null {
  try {
    return storage()?.getItem(SPEED_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the speed the player chose. */
export function writeSpeed(speed: string): void {
  try {
    storage()?.setItem(SPEED_KEY, speed);
  } catch {
    // Not remembering the speed is harmless.
  }
}

const REPLAY_PREFIX = "#replay=";

/** The replay code in the address (`#replay=<code>`), or null. */
export function readReplayCode(): string | null {
  const hash = globalThis.location?.hash ?? "";
  return hash.startsWith(REPLAY_PREFIX) ? hash.slice(REPLAY_PREFIX.length) : null;
}

/** Removes a replay code from the address without reloading or adding a history entry. */
export function clearReplayCode(): void {
  if (readReplayCode() === null) return;
  history.replaceState(null, "", `${location.pathname}${location.search}`);
}

/** The full address of a replay link. */
export function replayAddress(code: string): string {
  return `${location.origin}${location.pathname}${REPLAY_PREFIX}${code}`;
}

const BRANCHES_KEY = "parley.branches";

/** The version of the stored list of earlier lines; a list of another version is not read. */
export const BRANCHES_VERSION = 1;

/** At most this many earlier lines are kept across a reload (the newest ones). */
export const MAX_STORED_BRANCHES = 20;

/** At most this many characters of earlier lines are kept (replay codes grow with the game). */
export const MAX_BRANCHES_CHARS = 100_000;

/** The earlier lines of one game as stored: versioned and tied to the game they belong to. */
export interface StoredBranches {
  readonly version: typeof BRANCHES_VERSION;
  /** The game's identity (`MatchSnapshot.game`). */
  readonly game: string;
  readonly branches: readonly BranchModel[];
}

/** What reading the stored earlier lines gave: the list, or why it cannot be used, in words. */
export type StoredBranchesRead =
  | { readonly ok: true; readonly value: StoredBranches }
  | { readonly ok: false; readonly error: string };

/**
 * The stored text of the earlier lines, or null. It is read (and checked) by `readStoredBranches` in
 * stored-branches.ts, loaded only when there is something to read.
 */
export function readBranchesText(): string | null {
  try {
    return storage()?.getItem(BRANCHES_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps the earlier lines of a game: the newest that fit under {@link MAX_STORED_BRANCHES} and
 * {@link MAX_BRANCHES_CHARS}. Returns how many were kept (0 when storage refused them); an empty list is
 * forgotten.
 */
export function writeBranches(game: string, branches: readonly BranchModel[]): number {
  if (branches.length === 0) {
    forgetBranches();
    return 0;
  }
  let kept = branches.slice(-MAX_STORED_BRANCHES);
  let text = "";
  for (;;) {
    const stored: StoredBranches = { version: BRANCHES_VERSION, game, branches: kept };
    text = JSON.stringify(stored);
    if (text.length <= MAX_BRANCHES_CHARS || kept.length === 0) break;
    kept = kept.slice(1);
  }
  try {
    if (kept.length === 0) storage()?.removeItem(BRANCHES_KEY);
    else storage()?.setItem(BRANCHES_KEY, text);
    return kept.length;
  } catch {
    return 0;
  }
}

/** Forgets the earlier lines. */
export function forgetBranches(): void {
  try {
    storage()?.removeItem(BRANCHES_KEY);
  } catch {
    // Storage is unavailable: nothing was kept.
  }
}
