import "./jitless.js";
import {
  debrief,
  decodeLink,
  deserialize,
  type GameState,
  gameClass,
  isOver,
  openLink,
  outcome,
  stateHash,
  type ValidScenario,
} from "@parley/engine";
import { CLASS_LIMITS, type ClassGameModel } from "../models/index.js";
import { outcomeWords, resultAndCause } from "./class.js";
import { loadScenario } from "./match.js";
import { decodeSave } from "./persist.js";

/**
 * The class view's games read with the engine: a save file (the engine's save, as the debrief's "Download the
 * save file" gives it, or the page's own save with its setup) or a replay link, replayed and checked by the
 * engine exactly as resuming a save or opening a link is.
 */

/** A game of the class: its state, kept to sum the class up, and its row. */
export interface ClassGame {
  readonly state: GameState;
  readonly model: ClassGameModel;
}

/** An entry read, or the reason it was not taken. */
export type ClassEntry = { ok: true; game: ClassGame } | { ok: false; message: string };

const scenarios = new Map<string, ValidScenario>();

/** A shipped scenario, parsed once (a class reads the same one many times). */
function shipped(id: string): ValidScenario | string {
  const known = scenarios.get(id);
  if (known !== undefined) return known;
  const loaded = loadScenario({ kind: "shipped", id });
  if (!loaded.ok) return `It is of a scenario this game does not have ('${id}').`;
  scenarios.set(id, loaded.scenario);
  return loaded.scenario;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What kind of entry a text is, read only far enough to know which scenario it needs. */
export function entryScenario(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > CLASS_LIMITS.textLength) return null;
  if (trimmed.startsWith("{")) {
    const raw = parseJson(trimmed) as {
      format?: unknown;
      scenario?: unknown;
      setup?: { scenario?: { kind?: unknown; id?: unknown } };
    } | null;
    if (typeof raw !== "object" || raw === null) return null;
    if (raw.format === "parley-save") return typeof raw.scenario === "string" ? raw.scenario : null;
    const source = raw.setup?.scenario;
    return source?.kind === "shipped" && typeof source.id === "string" ? source.id : null;
  }
  const link = decodeLink(trimmed);
  return link.ok ? link.value.scenario : null;
}

type StateRead = { ok: true; state: GameState; people: string[] | null } | { ok: false; message: string };

function readText(text: string): StateRead {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "It is empty." };
  if (!trimmed.startsWith("{")) {
    const link = decodeLink(trimmed);
    if (!link.ok)
      return { ok: false, message: `It is neither a save file nor a replay link: ${link.error.message}` };
    const scenario = shipped(link.value.scenario);
    if (typeof scenario === "string") return { ok: false, message: scenario };
    const opened = openLink(scenario, trimmed);
    if (!opened.ok) return { ok: false, message: `The link does not replay: ${opened.error.message}` };
    return { ok: true, state: opened.value, people: null };
  }
  const raw = parseJson(trimmed) as { format?: unknown; scenario?: unknown; app?: unknown } | undefined;
  if (typeof raw !== "object" || raw === null)
    return { ok: false, message: "It is not readable: it may have been cut short or edited." };
  if (raw.format === "parley-save") {
    if (typeof raw.scenario !== "string")
      return { ok: false, message: "This is not a Parley save (its fields are missing or wrong)." };
    const scenario = shipped(raw.scenario);
    if (typeof scenario === "string") return { ok: false, message: scenario };
    const loaded = deserialize(scenario, trimmed);
    if (!loaded.ok) return { ok: false, message: loaded.error.message };
    return { ok: true, state: loaded.value, people: null };
  }
  if (raw.app === "parley-web") {
    const loaded = decodeSave(trimmed, () => 0);
    if (!loaded.ok) return { ok: false, message: loaded.problem.message };
    const { match, setup } = loaded.match;
    const people = match.scenario.actors
      .filter((a) => {
        const seat = setup.seats[a.id];
        return seat?.kind === "you" || seat?.kind === "person";
      })
      .map((a) => a.name);
    return { ok: true, state: match.state, people };
  }
  return { ok: false, message: "It is not a Parley save file or replay link." };
}

/** Reads one entry of the class (a save file's text or a replay link) and checks it with the engine. */
export function readClassEntry(name: string, text: string): ClassEntry {
  if (text.length > CLASS_LIMITS.textLength)
    return { ok: false, message: "It is far too long to be a Parley save or link." };
  const read = readText(text);
  if (!read.ok) return read;
  const { state } = read;
  if (!isOver(state))
    return {
      ok: false,
      message: `This game is not over (${state.moveCount} moves played), so it has no outcome yet.`,
    };
  const made = debrief(state);
  if (!made.ok) return { ok: false, message: made.error.message };
  const d = made.value;
  const key = gameClass(outcome(state));
  return {
    ok: true,
    game: {
      state,
      model: {
        name,
        people: read.people,
        meetings: d.meetings.map((m) => ({
          title: m.title,
          result: m.game === null ? null : resultAndCause(m.game.result, m.game.cause?.kind ?? null),
          followUp: m.game === null ? null : m.game.followUp,
        })),
        outcome: outcomeWords(key),
        outcomeKey: key,
        utilities: d.actors.map((a) => ({ name: a.name, utility: a.utility })),
        fingerprint: stateHash(state),
        moveCount: state.moveCount,
        seed: state.seed,
      },
    },
  };
}
