import "./jitless.js";
import { deserialize, serialize } from "@parley/engine";
import * as z from "zod";
import type { MatchSetup } from "../models/index.js";
import { loadScenario, type Match, type MatchProblem, matchOf, setupSchema } from "./match.js";

/**
 * Saves (kept in the page's localStorage) and replay links (`#replay=…`). Both carry the engine's own save
 * text (scenario id, seed, each move as its index among the legal moves, and a checksum of the final state),
 * so nothing read back is trusted before the engine has replayed and checked it.
 */

/** Version of the web's save envelope around the engine's save. */
const ENVELOPE_VERSION = 1;
/** Longest save or link read: a game of any shipped scenario is far shorter; a file scenario is 5 MB at most. */
const MAX_TEXT = 6_000_000;
const MAX_LINK = 20_000;

const envelopeSchema = z.strictObject({
  app: z.literal("parley-web"),
  version: z.literal(ENVELOPE_VERSION),
  setup: setupSchema,
  game: z.string(),
});

type Loaded = { ok: true; match: Match } | { ok: false; problem: MatchProblem };

const refused = (message: string): Loaded => ({ ok: false, problem: { code: "refused", message } });

/** The save of a match: its setup and the engine's save of its state. */
export function encodeSave(match: Match): string {
  return JSON.stringify({
    app: "parley-web",
    version: ENVELOPE_VERSION,
    setup: match.setup,
    game: serialize(match.state),
  });
}

/** Reads a save back; anything truncated, edited or foreign gives a message, never a throw. */
export function decodeSave(text: string): Loaded {
  if (text.length > MAX_TEXT) return refused("The saved game is far too long to be a Parley save.");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refused("The saved game is not readable: it may have been cut short or edited.");
  }
  const parsed = envelopeSchema.safeParse(raw);
  if (!parsed.success) return refused("The saved game is not a save of this version of Parley.");
  const setup: MatchSetup = parsed.data.setup;
  const loaded = loadScenario(setup.scenario);
  if (!loaded.ok) return loaded;
  const state = deserialize(loaded.scenario, parsed.data.game);
  if (!state.ok) return refused(`The saved game does not replay: ${state.error.message}`);
  return { ok: true, match: matchOf(setup, loaded.scenario, state.value) };
}

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return null;
  try {
    const binary = atob(code.replaceAll("-", "+").replaceAll("_", "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The replay link's code of a match, or null for a scenario opened from a file (a link cannot carry the
 * scenario itself).
 */
export function encodeReplay(match: Match): string | null {
  if (match.setup.scenario.kind !== "shipped") return null;
  return toBase64Url(serialize(match.state));
}

/** The scenario id a save text names, read without trusting anything else in it. */
function scenarioIdOf(text: string): string | null {
  try {
    const raw: unknown = JSON.parse(text);
    if (typeof raw === "object" && raw !== null && "scenario" in raw && typeof raw.scenario === "string")
      return raw.scenario;
  } catch {
    return null;
  }
  return null;
}

/** Reads a replay link's code back into a finished or unfinished match to review. */
export function decodeReplay(code: string, thinkMs: number): Loaded {
  const bad = "This replay link is damaged or is not a Parley replay link.";
  if (code.length > MAX_LINK) return refused(bad);
  const text = fromBase64Url(code);
  if (text === null) return refused(bad);
  const id = scenarioIdOf(text);
  if (id === null) return refused(bad);
  const loaded = loadScenario({ kind: "shipped", id });
  if (!loaded.ok)
    return refused(`This replay link is for a scenario this game does not have ('${id.slice(0, 64)}').`);
  const state = deserialize(loaded.scenario, text);
  if (!state.ok) return refused(`This replay link does not replay: ${state.error.message}`);
  const setup: MatchSetup = { scenario: { kind: "shipped", id }, seed: state.value.seed, seats: {}, thinkMs };
  return { ok: true, match: matchOf(setup, loaded.scenario, state.value) };
}
