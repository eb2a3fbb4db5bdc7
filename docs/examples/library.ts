// The example of README.md, "Use the engine as a library", word for word between the region markers.
// tests/docs-readme.test.ts checks that and runs it, against the engine's sources and against its build;
// `npm run typecheck` checks its types.

// #region library
import { readFileSync } from "node:fs";
import {
  createMatch,
  type MatchCommand,
  type MoveMenu,
  matchMenu,
  matchTranscript,
  matchTurn,
  matchView,
  parseScenarioJson,
  reduceMatch,
  runBatch,
} from "@parley/engine";

// Every problem of a broken scenario comes back at once, each with its JSON path.
const parsed = parseScenarioJson(readFileSync("scenarios/2022-01-12-nato-russia-council.json", "utf8"));
if (!parsed.ok) throw new Error(parsed.error.map((p) => `${p.path}: ${p.message}`).join("\n"));
const scenario = parsed.value;

// A match: NATO's seat is played here (as a front end would, from the seat's menu), Russia's by the
// search bot, every other seat by its scenario persona.
const started = createMatch(scenario, {
  seed: "2022-01-12",
  seats: { nato: { kind: "person" }, russia: { kind: "bot", bot: "mcts", options: { iterations: 10 } } },
});
if (!started.ok) throw new Error(started.error.message);
let match = started.value;

// NATO answers what is on the table when it can, and otherwise makes the first move it is offered.
const choose = (menu: MoveMenu) =>
  (menu.groups.find((g) => g.kind === "respond") ?? menu.groups[0])?.moves[0]?.move;

for (let turn = matchTurn(match); turn !== null; turn = matchTurn(match)) {
  const command: MatchCommand =
    turn.player.kind === "bot"
      ? { type: "bot", version: match.version }
      : { type: "move", version: match.version, move: choose(matchMenu(match, turn.actor)) };
  const step = reduceMatch(match, command); // a refused command comes back as an error, the match unchanged
  if (!step.ok) throw new Error(step.error.message);
  match = step.value.match;
}

// What NATO's seat sees: plain JSON (the game is over, so every hidden type is revealed too).
const view = matchView(match, "nato");
console.log(view.outcome.overall, view.outcome.utilities);
console.log(
  matchTranscript(match)
    .filter((line) => line.kind === "move")
    .slice(0, 3)
    .map((line) => line.text),
);

// A hundred games with every actor on its scenario persona: how often does each outcome happen?
const batch = runBatch(scenario, { seeds: Array.from({ length: 100 }, (_, i) => i) });
if (batch.ok) console.log(batch.value.results);
// #endregion library
