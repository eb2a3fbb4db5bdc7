// The bots examples of docs/bots-and-analytics.md: each region below is one ```ts block of its "Bots"
// section, word for word. tests/docs-bots-and-analytics.test.ts checks that, runs this module and checks each
// `console.log(…); // → value` line against its value; `npm run typecheck` checks its types.

// #region part-1
import { readFileSync } from "node:fs";
import {
  compareSeats,
  createBot,
  createGame,
  gameMoves,
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
const started = createGame(nrc, { seed: 1 });
if (!started.ok) throw new Error(started.error.message);
const start = started.value;

// One move: a bot chooses for whoever has the floor. Russia trusts NATO at 22, too little for comfort, so a
// Boulware NATO opens with a confidence-building offer; a hardliner with a firm statement.
const boulware = createBot("boulware", { temperature: 0 });
if (boulware.ok) console.log(boulware.value.chooseMove(start)); // → { ok: true, value: { type: "offer-cbm", actor: "nato" } }
const hardliner = createBot("hardliner", { temperature: 0 });
if (hardliner.ok) console.log(hardliner.value.chooseMove(start)); // → { ok: true, value: { type: "statement", actor: "nato", tone: "firm" } }

// Options are checked.
const broken = createBot("mcts", { iterations: Number.NaN });
if (!broken.ok) console.log(broken.error.message); // → "Bad options for the bot 'mcts': iterations must be a whole number from 1 to 10000; got NaN."

// Whole games with every seat on its default bot: the noise makes them differ from seed to seed.
const game = playGame(nrc, 1);
if (game.ok) console.log(outcome(game.value).agreed); // → {}
const games = new Set<string>();
for (let seed = 0; seed < 20; seed++) {
  const played = playGame(nrc, seed);
  if (played.ok) games.add(JSON.stringify(gameMoves(played.value)));
}
console.log(games.size); // → 20

// Russia searched, everyone else on their default bots. Seed 1 draws the coercive bargainer: nothing is agreed,
// and the search stays at the table (walking out would cost it more than its reservation's margin).
const search = createBot("mcts", { seed: 1, iterations: 8 });
if (search.ok) {
  const searched = playGame(nrc, 1, { russia: search.value });
  if (searched.ok) console.log(outcome(searched.value).utilities.russia); // → 0.17880434782608695
}

// A batch, and the seat-by-seat comparison.
const batch = runBatch(nrc, { seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
if (batch.ok) console.log(batch.value.results); // → { agreement: 0, "partial-agreement": 0, "procedural-agreement": 0, "no-breakthrough": 10, collapse: 0 }
const table = compareSeats(nrc, {
  seeds: [1, 2, 3],
  seats: ["russia"],
  bots: ["hardliner", "mcts"],
  options: { mcts: { iterations: 8 } },
});
if (table.ok) console.log(table.value.map((row) => [row.bot, Math.round(row.mean * 1000) / 1000])); // → [["hardliner", 0.179], ["mcts", 0.179]]

// A time budget takes the caller's clock.
const quick = createBot("mcts", { budget: { ms: 20, now: () => performance.now() } });
if (quick.ok) console.log(quick.value.chooseMove(start).ok); // → true
// #endregion part-1
