import "./jitless.js";
import {
  applyMove,
  type Bot,
  createBot,
  createGame,
  currentActor,
  type GameState,
  isOver,
  type Move,
  parseScenario,
  parseScenarioJson,
  replay,
  type Scenario,
} from "@parley/engine";
import * as z from "zod";
import { BOT_CHOICES, type MatchSetup, type ScenarioSource } from "../models/index.js";
import { isPerson } from "./seats.js";
import { shippedScenarios } from "./shipped.js";
import { moveById } from "./views.js";

/**
 * A match over today's engine API: a scenario, a setup (seed, who plays each seat) and the game state, with
 * a version that grows with every change so that a stale command is refused. It mirrors the engine's coming
 * session API (`createMatch` and a reducer of commands), which will replace the body of this file.
 */
export interface Match {
  readonly setup: MatchSetup;
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly version: number;
}

/** What can be done to a match. */
export type MatchCommand =
  | { readonly type: "move"; readonly moveId: string }
  | { readonly type: "bot" }
  | { readonly type: "bots-until-person" }
  | { readonly type: "undo" };

/** Why a match could not be started or a command was refused. */
export interface MatchProblem {
  readonly code:
    | "bad-scenario"
    | "bad-setup"
    | "unknown-move"
    | "not-a-bot-turn"
    | "not-a-person-turn"
    | "nothing-to-undo"
    | "game-over"
    | "refused";
  readonly message: string;
}

/** The outcome of a command: the new match and the moves it played, or why it was refused. */
export type MatchResult =
  | { readonly ok: true; readonly match: Match; readonly played: readonly Move[] }
  | { readonly ok: false; readonly problem: MatchProblem };

const seatSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("you") }),
  z.strictObject({ kind: z.literal("person") }),
  z.strictObject({ kind: z.literal("bot"), bot: z.enum(BOT_CHOICES) }),
]);

/** The schema of a setup, checked whenever one arrives from the page or a save. */
export const setupSchema = z.strictObject({
  scenario: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("shipped"), id: z.string().max(64) }),
    z.strictObject({ kind: z.literal("file"), text: z.string() }),
  ]),
  seed: z.string().min(1).max(200),
  seats: z.record(z.string().max(64), seatSchema),
  thinkMs: z.number().int().min(50).max(10_000),
});

const problem = (code: MatchProblem["code"], message: string) =>
  ({ ok: false, problem: { code, message } }) as const;

/** Reads a scenario from the catalogue or from a file's text, with the engine's validation. */
export function loadScenario(
  source: ScenarioSource,
): { ok: true; scenario: Scenario } | { ok: false; problem: MatchProblem } {
  if (source.kind === "shipped") {
    const raw = shippedScenarios.get(source.id);
    if (raw === undefined)
      return problem("bad-scenario", `There is no scenario '${source.id}' in this game.`);
    const parsed = parseScenario(raw);
    if (!parsed.ok) return problem("bad-scenario", `The scenario '${source.id}' does not pass its checks.`);
    return { ok: true, scenario: parsed.value };
  }
  const parsed = parseScenarioJson(source.text);
  if (!parsed.ok) {
    const first = parsed.error[0];
    return problem("bad-scenario", `The scenario file has problems, e.g. ${first?.path}: ${first?.message}.`);
  }
  return { ok: true, scenario: parsed.value };
}

/** Checks a setup against its scenario: known actors, exactly one seat for the player. */
function checkSetup(scenario: Scenario, setup: MatchSetup): MatchProblem | null {
  const ids = new Set(scenario.actors.map((a) => a.id));
  for (const id of Object.keys(setup.seats)) {
    if (!ids.has(id))
      return { code: "bad-setup", message: `There is no delegation '${id}' in ${scenario.title}.` };
  }
  const yours = Object.values(setup.seats).filter((c) => c.kind === "you").length;
  if (yours !== 1) return { code: "bad-setup", message: "Choose exactly one delegation to play." };
  return null;
}

/** Starts a match of a setup (checked here, since it may come from a save). */
export function startMatch(
  input: unknown,
): { ok: true; match: Match } | { ok: false; problem: MatchProblem } {
  const parsed = setupSchema.safeParse(input);
  if (!parsed.success) return problem("bad-setup", "The game's setup is incomplete or wrong.");
  const setup = parsed.data;
  const loaded = loadScenario(setup.scenario);
  if (!loaded.ok) return loaded;
  const wrong = checkSetup(loaded.scenario, setup);
  if (wrong !== null) return { ok: false, problem: wrong };
  const state = createGame(loaded.scenario, { seed: setup.seed });
  return { ok: true, match: { setup, scenario: loaded.scenario, state, version: 0 } };
}

/** A match around a state that was rebuilt elsewhere (a save, a replay link). */
export function matchOf(setup: MatchSetup, scenario: Scenario, state: GameState): Match {
  return { setup, scenario, state, version: state.moves.length };
}

/** The bot that plays an actor: the setup's choice, or the actor's scenario persona. */
function botFor(match: Match, actor: string, now: () => number): Bot {
  const choice = match.setup.seats[actor];
  const seed = match.setup.seed;
  if (choice?.kind === "bot" && choice.bot === "mcts")
    return createBot("mcts", { seed, budget: { ms: match.setup.thinkMs, now } });
  const name =
    choice?.kind === "bot"
      ? choice.bot
      : (match.scenario.actors.find((a) => a.id === actor)?.persona ?? "random");
  return createBot(name, { seed });
}

function applied(match: Match, move: Move): Match | MatchProblem {
  const result = applyMove(match.state, move);
  if (!result.ok) return { code: "refused", message: result.error.message };
  return { ...match, state: result.state, version: match.version + 1 };
}

function botMove(match: Match, now: () => number): Match | MatchProblem {
  const actor = currentActor(match.state);
  if (actor === null) return { code: "game-over", message: "The talks are over." };
  const chosen = botFor(match, actor, now).chooseMove(match.state);
  if (!chosen.ok) return { code: "refused", message: chosen.error.message };
  return applied(match, chosen.value);
}

/** The most moves one command may play: far more than any scenario's game, so only a bug reaches it. */
const MAX_MOVES_PER_COMMAND = 10_000;

/**
 * Applies a command. `now` is the clock the search bot's time budget reads (the engine reads none).
 * A person's move must come while a person has the floor, a bot's turn while a bot has it.
 */
export function reduceMatch(match: Match, command: MatchCommand, now: () => number): MatchResult {
  const actor = currentActor(match.state);
  const seats = match.setup.seats;
  switch (command.type) {
    case "move": {
      if (isOver(match.state)) return problem("game-over", "The talks are over.");
      if (!isPerson(seats, actor)) return problem("not-a-person-turn", "A bot has the floor.");
      const move = moveById(match.state, command.moveId);
      if (move === undefined) return problem("unknown-move", "That move is not on offer any more.");
      const next = applied(match, move);
      return "code" in next ? { ok: false, problem: next } : { ok: true, match: next, played: [move] };
    }
    case "bot": {
      if (isOver(match.state)) return problem("game-over", "The talks are over.");
      if (isPerson(seats, actor)) return problem("not-a-bot-turn", "A person has the floor.");
      const next = botMove(match, now);
      if ("code" in next) return { ok: false, problem: next };
      return { ok: true, match: next, played: next.state.moves.slice(match.state.moves.length) };
    }
    case "bots-until-person": {
      let current = match;
      for (let i = 0; i < MAX_MOVES_PER_COMMAND; i++) {
        if (isOver(current.state) || isPerson(seats, currentActor(current.state))) break;
        const next = botMove(current, now);
        if ("code" in next) return { ok: false, problem: next };
        current = next;
      }
      return { ok: true, match: current, played: current.state.moves.slice(match.state.moves.length) };
    }
    case "undo": {
      const moves = match.state.moves;
      let last = moves.length - 1;
      while (last >= 0 && !isPerson(seats, moves[last]?.actor ?? null)) last--;
      if (last < 0) return problem("nothing-to-undo", "There is no move of yours to take back.");
      const state = stateAfter(match, last);
      return { ok: true, match: { ...match, state, version: match.version + 1 }, played: [] };
    }
  }
}

/** The state after the match's first `count` moves (for undo and for reviewing a game). */
export function stateAfter(match: Match, count: number): GameState {
  const moves = match.state.moves.slice(0, Math.max(0, Math.min(count, match.state.moves.length)));
  const rebuilt = replay(match.scenario, { seed: match.setup.seed, moves });
  // The moves were all applied once already, so the replay cannot refuse one.
  if (!rebuilt.ok) throw new Error(rebuilt.error.error.message);
  return rebuilt.value;
}

/** The historical line of the scenario replayed, or null when it records none or it does not replay. */
export function historicalState(scenario: Scenario): GameState | null {
  const record = scenario.history;
  if (record === undefined) return null;
  const rebuilt = replay(scenario, { seed: record.seed, moves: record.moves });
  return rebuilt.ok ? rebuilt.value : null;
}
