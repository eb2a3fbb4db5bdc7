/**
 * The page's own storage: one saved game in localStorage, and the replay code in the address. Storage can be
 * missing or full (private windows, quotas); every access here degrades to "nothing saved" instead of
 * failing the page.
 */

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
