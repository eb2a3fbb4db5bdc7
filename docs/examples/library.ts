// The example of README.md, "Use the engine as a library", word for word between the region markers.
// tests/docs-readme.test.ts checks that and runs it, against the engine's sources and against its build;
// `npm run typecheck` checks its types.

// #region library
import { readFileSync } from "node:fs";
import {
  applyMove,
  createBot,
  createGame,
  currentActor,
  isOver,
  outcome,
  parseScenario,
  runBatch,
  transcript,
} from "@parley/engine";

// Every problem of a broken scenario comes back at once, each with its JSON path.
const parsed = parseScenario(
  JSON.parse(readFileSync("scenarios/2022-01-12-nato-russia-council.json", "utf8")),
);
if (!parsed.ok) throw new Error(parsed.error.map((p) => `${p.path}: ${p.message}`).join("\n"));
const scenario = parsed.value;

// Russia is played by the search bot; every other seat by a time-dependent Boulware negotiator.
const russia = createBot("mcts", { seed: "moscow", iterations: 50 });
const others = createBot("boulware", { seed: "brussels" });

let state = createGame(scenario, { seed: "2022-01-12" });
while (!isOver(state)) {
  const bot = currentActor(state) === "russia" ? russia : others;
  const move = bot.chooseMove(state); // a Result: bots, like the engine, return errors as data
  if (!move.ok) throw new Error(move.error.message);
  const result = applyMove(state, move.value);
  if (!result.ok) throw new Error(result.error.message); // e.g. "Russia cannot propose …: the floor is NATO's."
  state = result.state;
}

const result = outcome(state);
console.log(result.overall, result.utilities);
console.log(
  transcript(state)
    .slice(0, 3)
    .map((line) => line.text),
);

// A thousand games with every actor on its scenario persona: how often does each outcome happen?
const batch = runBatch(scenario, { seeds: Array.from({ length: 1000 }, (_, i) => i) });
if (batch.ok) console.log(batch.value.results);
// #endregion library
