/**
 * Calibration of the January 2022 scenarios (docs/scenarios-2022.md, "Calibration"): many games with the
 * default bots, summed up as outcome classes and the other observables (meeting lengths against the reported
 * ones, proposals left on the table, final tension, enlargement). Used by scripts/calibrate-2022.ts (1,000
 * seeds per scenario, by hand) and tests/calibration-2022.test.ts (fewer seeds, every `npm test`).
 */
import { type Outcome, runBatch, type ValidScenario } from "@parley/engine";

/**
 * An outcome class: the result kind (a collapse with its cause) and whether a follow-up meeting was agreed
 * at some meeting. `no-breakthrough` with no follow-up is written `no-breakthrough`; with one,
 * `no-breakthrough + follow-up`.
 */
export type OutcomeClass = string;

type TrackResult = Outcome["tracks"][number];

/** What {@link outcomeClass} reads of a meeting's result, played or recorded. */
interface MeetingEnd {
  readonly result: TrackResult["result"];
  readonly followUp?: boolean | undefined;
  readonly cause?: TrackResult["cause"] | undefined;
}

/** The class of a game's outcome (or of a recorded one: its overall result and its tracks). */
export function outcomeClass(overall: Outcome["overall"], tracks: readonly MeetingEnd[]): OutcomeClass {
  if (overall === "collapse") {
    const cause = tracks.find((t) => t.result === "collapse")?.cause;
    return cause?.kind === "walk-out" ? "collapse (walk-out)" : "collapse (tension)";
  }
  return tracks.some((t) => t.followUp === true) ? `${overall} + follow-up` : overall;
}

/** The class of the scenario's recorded outcome. */
export function recordedClass(scenario: ValidScenario): OutcomeClass | null {
  const recorded = scenario.history?.outcome;
  return recorded === undefined ? null : outcomeClass(recorded.overall, recorded.tracks ?? []);
}

/** Quantiles of a sample: min, 10th percentile, median, 90th percentile, max. */
export interface Spread {
  readonly min: number;
  readonly p10: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
  readonly mean: number;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.length === 0 ? 0 : sorted.reduce((s, v) => s + v, 0) / sorted.length;
  return { min: sorted[0] ?? 0, p10: at(0.1), median: at(0.5), p90: at(0.9), max: at(1), mean };
}

/** One meeting's observables over the games that reached it. */
export interface TrackFigures {
  readonly track: string;
  /** Games that played this meeting to its end (or its collapse). */
  readonly played: number;
  /** The planned length and the limit (planned plus overrun). */
  readonly scheduled: number;
  readonly limit: number;
  /** What the sources report, shortest and longest. */
  readonly reported: readonly [number, number] | null;
  readonly minutes: Spread;
  /** Share of games whose length lies within the reported range. */
  readonly withinReported: number;
  /** Mean number of issues left on the table, and how often each issue was. */
  readonly tabledMean: number;
  readonly tabledByIssue: Readonly<Record<string, number>>;
  /** How often each issue was agreed here. */
  readonly agreedByIssue: Readonly<Record<string, number>>;
  readonly followUps: number;
}

/** A batch's figures. */
export interface Calibration {
  readonly scenario: string;
  readonly games: number;
  readonly recorded: OutcomeClass | null;
  /** Every class that occurred, most frequent first. */
  readonly classes: readonly {
    readonly label: OutcomeClass;
    readonly count: number;
    readonly share: number;
  }[];
  readonly tracks: readonly TrackFigures[];
  readonly tension: Spread;
  /** Games that agreed on enlargement, and those of them with no red line crossed. */
  readonly enlargementAgreed: number;
  readonly enlargementWithoutCrossing: number;
  /** Classes by Russia's drawn type. */
  readonly byType: Readonly<Record<string, Readonly<Record<OutcomeClass, number>>>>;
}

const bump = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1;
};

/** Plays one game per seed with the default bots and sums them up; or the driver's error message. */
export function calibrate(
  scenario: ValidScenario,
  seeds: readonly (string | number)[],
): Calibration | string {
  const batch = runBatch(scenario, { seeds });
  if (!batch.ok) return batch.error.message;
  const games = batch.value.games;
  const counts: Record<string, number> = {};
  const byType: Record<string, Record<string, number>> = {};
  let enlargementAgreed = 0;
  let enlargementWithoutCrossing = 0;
  for (const { outcome } of games) {
    const label = outcomeClass(outcome.overall, outcome.tracks);
    bump(counts, label);
    const type = outcome.types.russia ?? "(none)";
    byType[type] ??= {};
    bump(byType[type], label);
    if (outcome.agreed.enlargement !== undefined) {
      enlargementAgreed++;
      if (outcome.redLinesCrossed.length === 0) enlargementWithoutCrossing++;
    }
  }
  const tracks = scenario.tracks.map((track): TrackFigures => {
    const results = games.flatMap((g) => g.outcome.tracks.filter((t) => t.track === track.id));
    const reported = track.reportedLength.map((r) => r.minutes);
    const range: [number, number] | null =
      reported.length === 0 ? null : [Math.min(...reported), Math.max(...reported)];
    const tabledByIssue: Record<string, number> = {};
    const agreedByIssue: Record<string, number> = {};
    let tabled = 0;
    for (const result of results) {
      const issues = new Set(result.tabled.map((t) => t.issue));
      tabled += issues.size;
      for (const issue of issues) bump(tabledByIssue, issue);
      for (const issue of Object.keys(result.agreed)) bump(agreedByIssue, issue);
    }
    const minutes = results.map((r) => r.minutes);
    return {
      track: track.id,
      played: results.length,
      scheduled: track.scheduledMinutes,
      limit: track.scheduledMinutes + track.maxOverrunMinutes,
      reported: range,
      minutes: spread(minutes),
      withinReported:
        range === null || minutes.length === 0
          ? 0
          : minutes.filter((m) => m >= range[0] && m <= range[1]).length / minutes.length,
      tabledMean: results.length === 0 ? 0 : tabled / results.length,
      tabledByIssue,
      agreedByIssue,
      followUps: results.filter((r) => r.followUp).length,
    };
  });
  return {
    scenario: scenario.id,
    games: games.length,
    recorded: recordedClass(scenario),
    classes: Object.entries(counts)
      .map(([label, count]) => ({ label, count, share: count / Math.max(1, games.length) }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1)),
    tracks,
    tension: spread(games.map((g) => g.outcome.tension)),
    enlargementAgreed,
    enlargementWithoutCrossing,
    byType,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The figures as Markdown, for docs/scenarios-2022.md. */
export function calibrationMarkdown(c: Calibration): string {
  const out: string[] = [`#### ${c.scenario} (${c.games} games)`, ""];
  out.push("| outcome class | games | share |", "| --- | ---: | ---: |");
  for (const k of c.classes)
    out.push(`| ${k.label}${k.label === c.recorded ? " (the record)" : ""} | ${k.count} | ${pct(k.share)} |`);
  out.push(
    "",
    "| meeting | planned / limit | reported | played: min · p10 · median · p90 · max | within reported | left on the table (mean issues) | follow-ups |",
  );
  out.push("| --- | --- | --- | --- | ---: | ---: | ---: |");
  for (const t of c.tracks) {
    const m = t.minutes;
    out.push(
      `| ${t.track} | ${t.scheduled} / ${t.limit} | ${t.reported === null ? "none" : `${t.reported[0]}–${t.reported[1]}`} | ${m.min} · ${m.p10} · ${m.median} · ${m.p90} · ${m.max} | ${t.reported === null ? "–" : pct(t.withinReported)} | ${t.tabledMean.toFixed(2)} | ${t.followUps} of ${t.played} |`,
    );
  }
  const agreed = c.tracks.flatMap((t) => Object.entries(t.agreedByIssue).map(([i, n]) => `${i} ${n}`));
  const s = c.tension;
  out.push(
    "",
    `Final tension: mean ${s.mean.toFixed(1)}, p10 ${s.p10}, median ${s.median}, p90 ${s.p90}, max ${s.max}. ` +
      `Issues agreed (games): ${agreed.length === 0 ? "none" : agreed.join(", ")}. ` +
      `Enlargement agreed in ${c.enlargementAgreed} games, ${c.enlargementWithoutCrossing} of them with no red line crossed.`,
    "",
    `| Russia's type | ${c.classes.map((k) => k.label).join(" | ")} |`,
    `| --- | ${c.classes.map(() => "---:").join(" | ")} |`,
  );
  for (const [type, counts] of Object.entries(c.byType).sort())
    out.push(`| ${type} | ${c.classes.map((k) => counts[k.label] ?? 0).join(" | ")} |`);
  return out.join("\n");
}
