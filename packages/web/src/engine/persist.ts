import "./jitless.js";
import {
  createMatch,
  decodeLink,
  loadMatch,
  type Match,
  openLink,
  reduceMatch,
  replayLink,
  saveMatch,
} from "@parley/engine";
import * as z from "zod";
import type { MatchSetup } from "../models/index.js";
import { loadScenario, type MatchProblem, readSetup, seatPlayers, type WebMatch } from "./match.js";

/**
 * Saves (kept in the page's localStorage) and replay links (`#replay=…`). A save is the engine's save (format
 * 2: the scenario's id and content hash, the seed, the moves as stable codes and a hash of the final state)
 * in an envelope with the player's setup; a link is the engine's `replayLink` payload, which `openLink` and
 * `parley replay --link` read and the testing kit's `replayLink` writes. Nothing read back is trusted before
 * the engine has replayed and checked it.
 */

/** Version of the web's save envelope around the engine's save (1 wrapped the engine's format 1). */
const ENVELOPE_VERSION = 2;
/** Longest save read: a game of any shipped scenario is far shorter; a file scenario is 5 MB at most. */
const MAX_TEXT = 6_000_000;

const envelopeSchema = z.strictObject({
  app: z.literal("parley-web"),
  version: z.literal(ENVELOPE_VERSION),
  setup: z.unknown(),
  game: z.string(),
});

type Loaded = { ok: true; match: WebMatch } | { ok: false; problem: MatchProblem };

const refused = (message: string): Loaded => ({ ok: false, problem: { code: "refused", message } });

/** The save of a match: its setup and the engine's save of its game. */
export function encodeSave(web: WebMatch): string {
  return JSON.stringify({
    app: "parley-web",
    version: ENVELOPE_VERSION,
    setup: web.setup,
    game: saveMatch(web.match),
  });
}

/** Reads a save back; anything truncated, edited or foreign gives a message, never a throw. */
export function decodeSave(text: string, now: () => number): Loaded {
  if (text.length > MAX_TEXT) return refused("The saved game is far too long to be a Parley save.");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refused("The saved game is not readable: it may have been cut short or edited.");
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) return refused("The saved game is not a save of this version of Parley.");
  const read = readSetup(parsed.data.setup);
  if (!read.ok) return refused(`The saved game's setup is not usable: ${read.problem.message}`);
  const loaded = loadMatch(read.scenario, parsed.data.game, seatPlayers(read.setup, now));
  if (!loaded.ok) return refused(`The saved game does not load: ${loaded.error.message}`);
  return { ok: true, match: { setup: read.setup, match: loaded.value } };
}

/** The replay link's payload of a match (the engine's), or null for a scenario opened from a file. */
export function encodeReplay(web: WebMatch): string | null {
  if (web.setup.scenario.kind !== "shipped") return null;
  const link = replayLink(web.match.state);
  return link.ok ? link.value : null;
}

/**
 * Reads a replay link's payload back into a match to watch (every seat a bot, the scenario's personas); a
 * damaged or foreign link gives a message.
 */
export function decodeReplay(code: string, thinkMs: number): Loaded {
  const link = decodeLink(code);
  if (!link.ok) return refused(`This replay link cannot be opened: ${link.error.message}`);
  const id = link.value.scenario;
  const loaded = loadScenario({ kind: "shipped", id });
  if (!loaded.ok) return refused(`This replay link is for a scenario this game does not have ('${id}').`);
  const opened = openLink(loaded.scenario, code);
  if (!opened.ok) return refused(`This replay link does not replay: ${opened.error.message}`);
  const setup: MatchSetup = {
    scenario: { kind: "shipped", id },
    seed: opened.value.seed,
    seats: {},
    thinkMs,
  };
  // The match is rebuilt move by move through the session, so that it keeps its transcript as a played one does.
  const started = createMatch(loaded.scenario, { seed: opened.value.seed });
  if (!started.ok) return refused(`This replay link cannot be opened: ${started.error.message}`);
  let match: Match = started.value;
  for (const move of opened.value.moves.flat()) {
    const next = reduceMatch(match, { type: "move", version: match.version, move });
    if (!next.ok) return refused(`This replay link does not replay: ${next.error.message}`);
    match = next.value.match;
  }
  return { ok: true, match: { setup, match } };
}
