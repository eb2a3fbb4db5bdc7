import * as z from "zod";
import { fork, judge, snapshot } from "../core/index.js";
import { applyRules } from "../rules/apply.js";
import { type CompiledScenario, compiledOf } from "../rules/compile.js";
import { stateHash } from "../rules/hash.js";
import { initialState } from "../rules/initial.js";
import type { GameState } from "../rules/state.js";
import { scenarioHash } from "../scenario/content-hash.js";
import type { ValidScenario } from "../scenario/schema.js";
import type { Move } from "../vocabulary/moves.js";
import { err, ok, type Result } from "../vocabulary/result.js";
import { RULES_VERSION } from "../vocabulary/version.js";
import { decodeMove, encodeMove } from "./codes.js";

/** The save format this engine writes. It reads this format only: older saves are refused with a reason. */
export const SAVE_VERSION = 2;

/** Why a save or a replay link could not be loaded. */
export interface PersistError {
  readonly code:
    | "not-json"
    | "not-a-save"
    | "wrong-version"
    | "wrong-scenario"
    | "changed-scenario"
    | "corrupt"
    | "hash-mismatch"
    | "too-large";
  readonly message: string;
}

/** Longest save text read; a save of the longest game is far shorter. */
const MAX_SAVE_LENGTH = 1_000_000;

const saveSchema = z.strictObject({
  format: z.literal("parley-save"),
  version: z.literal(SAVE_VERSION),
  rules: z.string().max(40),
  scenario: z.string().max(64),
  scenarioHash: z.string().regex(/^[0-9a-f]{16}$/),
  seed: z.string().max(1000),
  moves: z.string().regex(/^([0-9a-z.,-]+(_[0-9a-z.,-]+)*)?$/),
  hash: z.string().regex(/^[0-9a-f]{16}$/),
});

/** A game's moves as stable codes joined by `_` (see `codes.ts`). */
export function encodeMoves(c: CompiledScenario, moves: readonly Move[]): string {
  return moves.map((move) => encodeMove(c, move)).join("_");
}

/**
 * Saves a game as compact, versioned JSON text: the rules version, the scenario's id and content hash, the
 * seed, the moves as stable codes, and a hash of the final state to detect edits. A save of a security-week
 * game is well under 2 KB.
 */
export function serializeState(c: CompiledScenario, state: GameState): string {
  return JSON.stringify({
    format: "parley-save",
    version: SAVE_VERSION,
    rules: RULES_VERSION,
    scenario: c.scenario.id,
    scenarioHash: scenarioHash(c.scenario),
    seed: state.seed,
    moves: encodeMoves(c, state.moves.flat()),
    hash: stateHash(state),
  });
}

/**
 * Replays coded moves on the simulation core: the state, or which move could not be read or played (its
 * number, from 1).
 */
export function replayCodes(
  c: CompiledScenario,
  seed: string,
  codes: string,
): Result<GameState, PersistError> {
  const sim = fork(c, initialState(c, seed) as GameState, true);
  const list = codes === "" ? [] : codes.split("_");
  for (const [n, code] of list.entries()) {
    const move = decodeMove(c, code);
    const refused = move.ok ? judge(c, sim.state as GameState, move.value, sim.scratch) : null;
    if (!move.ok || refused !== null) {
      return err({
        code: "corrupt",
        message: `Move ${n + 1} of this game is not a legal move: it was edited, or it is of another version of the scenario or the rules.`,
      });
    }
    applyRules(sim.ctx, sim.state, sim.scratch);
  }
  return ok(snapshot(sim));
}

function describeVersion(version: unknown): string {
  return typeof version === "number"
    ? `format version ${version}`
    : `a version written as ${JSON.stringify(version)}`;
}

/** Reads save text into its fields, or says what is wrong with it. */
function readSave(text: unknown): Result<z.infer<typeof saveSchema>, PersistError> {
  if (typeof text !== "string")
    return err({ code: "not-a-save", message: "A save is text; got something else." });
  if (text.length > MAX_SAVE_LENGTH)
    return err({
      code: "too-large",
      message: `This save is ${text.length} characters long; a Parley save is far smaller, so it is not one.`,
    });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return err({ code: "not-json", message: "This save is not valid JSON: it may be truncated or edited." });
  }
  if (typeof raw === "object" && raw !== null && (raw as { format?: unknown }).format === "parley-save") {
    const version = (raw as { version?: unknown }).version;
    if (version !== SAVE_VERSION) {
      const old = version === 1 || version === "1";
      return err({
        code: "wrong-version",
        message: old
          ? "This save is of save format 1 (Parley 1), which stored each move as its place in the list of legal moves; the rules have changed since, so it cannot be loaded exactly. Replay the game from its seed instead."
          : `This save has ${describeVersion(version)}; this Parley reads save format ${SAVE_VERSION}.`,
      });
    }
  }
  const parsed = saveSchema.safeParse(raw);
  if (!parsed.success)
    return err({
      code: "not-a-save",
      message: "This is not a Parley save (its fields are missing or wrong).",
    });
  return ok(parsed.data);
}

/** Loads a save of a game of `scenario`; a truncated, edited or foreign save gives an error, never a throw. */
export function deserializeState(scenario: ValidScenario, text: unknown): Result<GameState, PersistError> {
  const read = readSave(text);
  if (!read.ok) return read;
  const save = read.value;
  if (save.scenario !== scenario.id) {
    return err({
      code: "wrong-scenario",
      message: `This save is of scenario '${save.scenario}', not '${scenario.id}'.`,
    });
  }
  if (save.scenarioHash !== scenarioHash(scenario)) {
    return err({
      code: "changed-scenario",
      message: `This save is of another version of scenario '${scenario.id}' (its content has changed since), so its moves may mean something else now.`,
    });
  }
  const c = compiledOf(scenario);
  const replayed = replayCodes(c, save.seed, save.moves);
  if (!replayed.ok) return replayed;
  if (stateHash(replayed.value) !== save.hash) {
    const rules =
      save.rules === RULES_VERSION
        ? ""
        : ` (it was saved under rules ${save.rules}; these are ${RULES_VERSION})`;
    return err({
      code: "hash-mismatch",
      message: `This save does not match its checksum: it was edited, or the rules give another game now${rules}.`,
    });
  }
  return ok(replayed.value);
}

/** What a replay link holds: the scenario's id and a short content hash, the seed and the moves' codes. */
export interface LinkPayload {
  readonly scenario: string;
  readonly scenarioHash: string;
  readonly seed: string;
  readonly moves: string;
}

const LINK_VERSION = "2";

/** The seed as link text: percent-encoded, dots too (they separate the link's parts). */
function seedToLink(seed: string): string {
  return encodeURIComponent(seed).replace(/\./g, "%2E");
}

function seedFromLink(text: string): string | null {
  if (!/^[A-Za-z0-9_~!*'()%-]*$/.test(text)) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * A compact, URL-safe replay link payload: `2.<scenario id>.<8 hex of its content hash>.<seed, percent-encoded>.<moves>`.
 * The browser puts it after `#replay=`; `parley replay --link` reads it too.
 */
export function encodeLink(c: CompiledScenario, state: GameState): string {
  const hash = scenarioHash(c.scenario).slice(0, 8);
  return [LINK_VERSION, c.scenario.id, hash, seedToLink(state.seed), encodeMoves(c, state.moves.flat())].join(
    ".",
  );
}

/** Reads a replay link (the payload, or a whole address with `#replay=`) into its parts; never throws. */
export function decodeLink(text: unknown): Result<LinkPayload, PersistError> {
  const bad = (why: string): Result<never, PersistError> =>
    err({ code: "corrupt", message: `This replay link ${why}.` });
  if (typeof text !== "string") return bad("is not text");
  if (text.length > MAX_SAVE_LENGTH)
    return err({ code: "too-large", message: "This replay link is far too long to be one." });
  const at = text.indexOf("#replay=");
  const payload = at >= 0 ? text.slice(at + "#replay=".length) : text.trim();
  const [version, scenario, hash, seed, ...rest] = payload.split(".");
  if (version !== LINK_VERSION)
    return bad(
      version === undefined || version === "" ? "is empty" : "is not of a version this Parley reads",
    );
  if (scenario === undefined || !/^[a-z][a-z0-9-]{0,63}$/.test(scenario)) return bad("names no scenario");
  if (hash === undefined || !/^[0-9a-f]{8}$/.test(hash)) return bad("is damaged (its scenario hash)");
  const seedText = seed === undefined ? null : seedFromLink(seed);
  if (seedText === null) return bad("is damaged (its seed)");
  const moves = rest.join(".");
  if (!/^([0-9a-z.,-]+(_[0-9a-z.,-]+)*)?$/.test(moves)) return bad("is damaged (its moves)");
  return ok({ scenario, scenarioHash: hash, seed: seedText, moves });
}

/** Rebuilds the game of a replay link for `scenario` (the link must name it); never throws. */
export function loadLink(scenario: ValidScenario, text: unknown): Result<GameState, PersistError> {
  const link = decodeLink(text);
  if (!link.ok) return link;
  if (link.value.scenario !== scenario.id)
    return err({
      code: "wrong-scenario",
      message: `This link is of scenario '${link.value.scenario}', not '${scenario.id}'.`,
    });
  if (!scenarioHash(scenario).startsWith(link.value.scenarioHash))
    return err({
      code: "changed-scenario",
      message: `This link is of another version of scenario '${scenario.id}' (its content has changed since).`,
    });
  return replayCodes(compiledOf(scenario), link.value.seed, link.value.moves);
}
