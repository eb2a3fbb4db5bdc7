import "./jitless.js";
import {
  classParts,
  NOT_HELD,
  type ResultKind,
  type SimulationReport,
  type ValidScenario,
  wilsonInterval,
} from "@parley/engine";
import type { OutcomeRowModel, PartyRowModel, SpreadFigures } from "../models/index.js";
import type { ClassGame } from "./class-entries.js";
import { resultWords } from "./debrief.js";

/**
 * The engine's figures of a class and of a simulation beside it, in the class view's words: outcome classes
 * named, shares and utilities side by side. Nothing is worked out again here.
 */

const CAUSE_WORDS: Readonly<Record<string, string>> = {
  "walk-out": "after a walk-out",
  tension: "as tension hit its limit",
};

/** A result and, for a collapse, its cause: "Collapse after a walk-out". */
export function resultAndCause(result: string, cause: string | null): string {
  const words = resultWords(result as ResultKind);
  return cause === null ? words : `${words} ${CAUSE_WORDS[cause] ?? cause}`;
}

/** An outcome class (the engine's `gameClass`) in words: "Collapse after a walk-out, no follow-up". */
export function outcomeWords(key: string): string {
  const parts = classParts(key);
  if (parts.result === NOT_HELD) return "Not held";
  return `${resultAndCause(parts.result, parts.cause)}, ${parts.followUp === true ? "follow-up agreed" : "no follow-up"}`;
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
