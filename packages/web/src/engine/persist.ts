import "./jitless.js";
import { deserialize, moveSchema, replay, serialize } from "@parley/engine";
import * as z from "zod";
import type { MatchSetup } from "../models/index.js";
import { loadScenario, type Match, type MatchProblem, matchOf, setupSchema } from "./match.js";

/**
 * Saves (kept in the page's localStorage) and replay links (`#replay=…`). A save carries the engine's own save
 * text (scenario id, seed, each move as its index among the legal moves, and a checksum of the final state);
 * a link carries the scenario id, the seed and the moves. Nothing read back is trusted before the engine has
 * replayed and checked it.
 */

/** Version of the web's save envelope around the engine's save. */
const ENVELOPE_VERSION = 1;
/** Longest save read: a game of any shipped scenario is far shorter; a file scenario is 5 MB at most. */
const MAX_TEXT = 6_000_000;
/** Longest link read: the security week's longest games are under 50 KB of encoded moves. */
const MAX_LINK = 2_000_000;

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

/**
 * The replay link's code of a match: `{ scenarioId, seed, moves }` as URI-encoded JSON, the format of
 * `replayLink` in `@parley/engine/testing` (so that a counterexample found by the testing kit opens here), or
 * null for a scenario opened from a file (a link cannot carry the scenario itself).
 */
export function encodeReplay(match: Match): string | null {
  if (match.setup.scenario.kind !== "shipped") return null;
  const { scenario, state } = match;
  return encodeURIComponent(
    JSON.stringify({ scenarioId: scenario.id, seed: state.seed, moves: state.moves }),
  );
}

const replaySchema = z.strictObject({
  scenarioId: z.string().min(1).max(64),
  seed: z.union([z.string().max(200), z.number()]).transform(String),
  moves: z.array(moveSchema).max(20_000),
});

/** Reads a replay link's code back into a match to review; a damaged or foreign link gives a message. */
export function decodeReplay(code: string, thinkMs: number): Loaded {
  const bad = "This replay link is damaged or is not a Parley replay link.";
  if (code.length > MAX_LINK) return refused(bad);
  let raw: unknown;
  try {
    raw = JSON.parse(decodeURIComponent(code));
  } catch {
    return refused(bad);
  }
  const parsed = replaySchema.safeParse(raw);
  if (!parsed.success) return refused(bad);
  const { scenarioId: id, seed, moves } = parsed.data;
  const loaded = loadScenario({ kind: "shipped", id });
  if (!loaded.ok) return refused(`This replay link is for a scenario this game does not have ('${id}').`);
  const rebuilt = replay(loaded.scenario, { seed, moves });
  if (!rebuilt.ok)
    return refused(
      `This replay link does not replay: move ${rebuilt.error.index + 1} is not legal (${rebuilt.error.error.message})`,
    );
  const setup: MatchSetup = { scenario: { kind: "shipped", id }, seed, seats: {}, thinkMs };
  return { ok: true, match: matchOf(setup, loaded.scenario, rebuilt.value) };
}
