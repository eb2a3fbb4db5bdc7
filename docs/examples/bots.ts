// The bots example of docs/bots-and-analytics.md ("Playing games"), word for word between the region
// markers. tests/docs-bots-and-analytics.test.ts checks that, runs it from the repository's root and checks
// each `console.log(…); // → value` line against its value; `npm run typecheck` checks its types.

// #region play
import { readFileSync } from "node:fs";
import {
  compareSeats,
  createBot,
  createGame,
  defaultBots,
  outcome,
  parseScenario,
  playGame,
  runBatch,
} from "@parley/engine";

const parsed = parseScenario(
  JSON.parse(readFileSync("scenarios/2022-01-12-nato-russia-council.json", "utf8")),
);
if (!parsed.ok) throw new Error("the scenario does not validate");
const nrc = parsed.value;

// One move: a bot chooses for whoever has the floor. Russia trusts NATO at 22, too little for comfort, so a
// Boulware NATO opens with a confidence-building offer; a hardliner with a firm statement.
const start = createGame(nrc, { seed: 1 });
console.log(createBot("boulware").chooseMove(start)); // → { ok: true, value: { type: "offer-cbm", actor: "nato" } }
console.log(createBot("hardliner").chooseMove(start)); // → { ok: true, value: { type: "statement", actor: "nato", tone: "firm" } }

// A whole game with every seat on its persona: no breakthrough, as in January 2022.
const game = playGame(nrc, 1, defaultBots(nrc));
if (game.ok) console.log(outcome(game.value).overall); // → "no-breakthrough"
if (game.ok) console.log(createBot("random").chooseMove(game.value).ok); // → false

// Russia searched, everyone else on their persona: walking out is worth its reservation.
const searched = playGame(nrc, 1, { russia: createBot("mcts", { seed: 1, iterations: 50 }) });
if (searched.ok) console.log(outcome(searched.value).utilities.russia); // → 0.2

// A batch, and the seat-by-seat comparison.
const batch = runBatch(nrc, { seeds: [1, 2, 3, 4] });
if (batch.ok) console.log(batch.value.results); // → { agreement: 0, "partial-agreement": 0, "no-breakthrough": 4, collapse: 0 }
const table = compareSeats(nrc, {
  seeds: [1, 2],
  seats: ["russia"],
  bots: ["hardliner", "mcts"],
  options: { mcts: { iterations: 40 } },
});
if (table.ok) console.log(table.value.map((row) => [row.bot, Math.round(row.mean * 1000) / 1000])); // → [["hardliner", 0.155], ["mcts", 0.2]]

// A time budget takes the caller's clock.
const quick = createBot("mcts", { budget: { ms: 20, now: () => performance.now() } });
console.log(quick.chooseMove(start).ok); // → true
// #endregion play
