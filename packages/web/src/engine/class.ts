import "./jitless.js";
import {
  classParts,
  debrief,
  decodeLink,
  deserialize,
  type GameState,
  gameClass,
  isOver,
  NOT_HELD,
  openLink,
  outcome,
  type ResultKind,
  type SimulationReport,
  stateHash,
  type ValidScenario,
  wilsonInterval,
} from "@parley/engine";
import {
  CLASS_LIMITS,
  type ClassGameModel,
  type OutcomeRowModel,
  type PartyRowModel,
  type SpreadFigures,
} from "../models/index.js";
import { resultWords } from "./debrief.js";
import { loadScenario } from "./match.js";
import { decodeSave } from "./persist.js";

/**
 * The class view's games read with the engine: a save file (the engine's save, as the debrief's "Download the
 * save file" gives it, or the page's own save with its setup) or a replay link, replayed and checked by the
 * engine exactly as resuming a save or opening a link is. Then the engine's figures in the class view's words.
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

const CAUSE_WORDS: Readonly<Record<string, string>> = {
  "walk-out": "after a walk-out",
  tension: "tension hit its limit",
};

/** A result and, for a collapse, its cause: "Collapse after a walk-out". */
function resultAndCause(result: string, cause: string | null): string {
  const words = resultWords(result as ResultKind);
  return cause === null ? words : `${words} ${CAUSE_WORDS[cause] ?? cause}`;
}

/** An outcome class (the engine's `gameClass`) in words: "Collapse after a walk-out, no follow-up". */
export function outcomeWords(key: string): string {
  const parts = classParts(key);
  if (parts.result === NOT_HELD) return "Not held";
  return `${resultAndCause(parts.result, parts.cause)}, ${parts.followUp === true ? "follow-up agreed" : "no follow-up"}`;
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

/** The figures of a report (`gamesReport`'s or `simulate`'s) in the class view's words. */
export function spreadFigures(report: SimulationReport, scenario: ValidScenario): SpreadFigures {
  return {
    games: report.games,
    outcomes: report.classes.map((c) => ({
      key: c.class,
      label: outcomeWords(c.class),
      count: c.count,
      share: c.share,
      low: c.interval.low,
      high: c.interval.high,
    })),
    utilities: scenario.actors.flatMap((a) => {
      const u = report.utilities[a.id];
      return u === undefined
        ? []
        : [
            {
              id: a.id,
              name: a.name,
              mean: u.mean,
              low: u.interval.low,
              high: u.interval.high,
              min: u.min,
              max: u.max,
            },
          ];
    }),
  };
}

/** The engine's 95 % interval of a share that never came up in `games` games. */
function noneOf(games: number): { low: number; high: number } {
  const interval = wilsonInterval(0, games);
  return { low: interval.low, high: interval.high };
}

/**
 * The class's outcome classes beside the simulation's: every class that came up in either, the class's most
 * frequent first, then the simulation's others in its order.
 */
export function outcomeRows(
  figures: SpreadFigures | null,
  simulated: SpreadFigures | null,
): OutcomeRowModel[] {
  const keys = [
    ...(figures?.outcomes ?? []).map((o) => o.key),
    ...(simulated?.outcomes ?? []).map((o) => o.key),
  ].filter((key, i, all) => all.indexOf(key) === i);
  return keys.map((key) => {
    const own = figures?.outcomes.find((o) => o.key === key);
    const sim = simulated?.outcomes.find((o) => o.key === key);
    return {
      key,
      label: own?.label ?? sim?.label ?? outcomeWords(key),
      classCount: own?.count ?? 0,
      classShare: own?.share ?? 0,
      simulated:
        simulated === null
          ? null
          : (sim ?? { key, label: outcomeWords(key), count: 0, share: 0, ...noneOf(simulated.games) }),
    };
  });
}

/** Each party's utility: the class's games, the class's figures and the simulation's. */
export function partyRows(
  scenario: ValidScenario,
  games: readonly ClassGame[],
  figures: SpreadFigures | null,
  simulated: SpreadFigures | null,
): PartyRowModel[] {
  return scenario.actors.map((a, i) => ({
    id: a.id,
    name: a.name,
    games: games.map((g) => g.model.utilities[i]?.utility ?? 0),
    classFigure: figures?.utilities.find((u) => u.id === a.id) ?? null,
    simulated: simulated?.utilities.find((u) => u.id === a.id) ?? null,
  }));
}
