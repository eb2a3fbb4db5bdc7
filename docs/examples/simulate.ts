// The library example of docs/simulate.md, shown there whole. tests/simulate-docs.test.ts checks that the doc
// shows it word for word, runs this module and checks each `console.log(…); // → value` line against its value.

// #region library
import { readFileSync } from "node:fs";
import {
  botNames,
  mergeSummaries,
  parseScenarioJson,
  simulate,
  simulateSummary,
  simulationReport,
  sweep,
} from "@parley/engine";

const parsed = parseScenarioJson(readFileSync("scenarios/2022-01-12-nato-russia-council.json", "utf8"));
if (!parsed.ok) throw new Error("not a scenario");
const nrc = parsed.value;

// Game k is seeded `${base}:${k}`; seats left out play their scenario persona.
const report = simulate(nrc, { seeds: { base: "doc", count: 20 } });
if (!report.ok) throw new Error(report.error.message);
console.log(report.value.games); // → 20
console.log(report.value.classes.reduce((n, c) => n + c.count, 0)); // → 20
console.log(report.value.record?.class); // → "no-breakthrough|no-follow-up"

// The same games in two parts, as two worker threads would play them, merged: the same report.
const first = simulateSummary(nrc, { seeds: { base: "doc", count: 8 } });
const rest = simulateSummary(nrc, { seeds: { base: "doc", start: 8, count: 12 } });
if (!first.ok || !rest.ok) throw new Error("not played");
const merged = mergeSummaries(first.value, rest.value);
if (!merged.ok) throw new Error(merged.error.message);
const again = simulationReport(nrc, merged.value, botNames(nrc));
console.log(JSON.stringify(again) === JSON.stringify(report.value)); // → true

// One value over a range, the same seeds at each: here the reservation of Russia's most likely hidden type.
const swept = sweep(nrc, {
  vary: { path: "actors.russia.types.coercive-bargainer.reservation", from: 0.219, to: 0.5, steps: 2 },
  seeds: { base: "doc", count: 10 },
});
if (!swept.ok) throw new Error(swept.error.message);
console.log(swept.value.points.map((p) => p.value)); // → [0.219, 0.5]
const walkOuts = swept.value.points.map(
  (p) => p.report.classes.find((c) => c.class === "collapse:walk-out|no-follow-up")?.count ?? 0,
);
console.log((walkOuts[1] ?? 0) > (walkOuts[0] ?? 0)); // → true
// #endregion library
