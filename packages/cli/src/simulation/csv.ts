import type { SimulatedGame, ValidScenario } from "@parley/engine";
import { stringify } from "csv-stringify/sync";

/**
 * `--csv FILE`: one row per game, in seed order, written as the games come in (nothing is kept). The
 * columns: the game's number and seed, its class and its parts, moves and final tension, each meeting's class
 * and minutes, each actor's utility, the agreed package (`issue=option`, space-separated) and the hidden types
 * drawn (`actor=type`).
 */

/** The header row. */
export function csvHeader(scenario: ValidScenario): string {
  return stringify([
    [
      "game",
      "seed",
      "class",
      "result",
      "cause",
      "follow_up",
      "moves",
      "tension",
      ...scenario.tracks.flatMap((t) => [`${t.id}.class`, `${t.id}.minutes`]),
      ...scenario.actors.map((a) => `${a.id}.utility`),
      "agreed",
      "types",
    ],
  ]);
}

function row(scenario: ValidScenario, game: SimulatedGame): (string | number)[] {
  const { outcome } = game;
  const last = outcome.tracks[outcome.tracks.length - 1];
  const cause = outcome.overall === "collapse" && last?.cause ? last.cause.kind : "";
  return [
    game.index,
    game.seed,
    game.class,
    outcome.overall,
    cause,
    last?.followUp === true ? "yes" : "no",
    game.moves,
    outcome.tension,
    ...scenario.tracks.flatMap((track) => {
      const result = outcome.tracks.find((r) => r.track === track.id);
      if (result === undefined) return ["not-held", ""];
      const why = result.cause === null ? "" : `:${result.cause.kind}`;
      return [`${result.result}${why}|${result.followUp ? "follow-up" : "no-follow-up"}`, result.minutes];
    }),
    // Full precision: a CSV is for further analysis, not for reading.
    ...scenario.actors.map((a) => outcome.utilities[a.id] ?? 0),
    Object.entries(outcome.agreed)
      .map(([issue, option]) => `${issue}=${option}`)
      .join(" "),
    Object.entries(outcome.types)
      .map(([actor, type]) => `${actor}=${type}`)
      .join(" "),
  ];
}

/** The rows of some games, as CSV text. */
export function csvRows(scenario: ValidScenario, games: readonly SimulatedGame[]): string {
  return games.length === 0 ? "" : stringify(games.map((game) => row(scenario, game)));
}
