import "./jitless.js";
import {
  createMatch,
  MAX_ITERATIONS,
  type Match,
  type MatchError,
  type Move,
  matchMenu,
  matchTurn,
  parseScenario,
  parseScenarioJson,
  reduceMatch,
  type SeatPlayer,
  type ValidScenario,
} from "@parley/engine";
import * as z from "zod";
import { BOT_CHOICES, type MatchSetup, type ScenarioSource } from "../models/index.js";
import { isPerson, type Seats } from "./seats.js";
import { shippedScenario } from "./shipped.js";

/**
 * The page's match: the engine's session match (`createMatch`, `reduceMatch`: the game, who plays each seat,
 * the transcript, the version) and the setup the player chose, which a save keeps beside the engine's save.
 */
export interface WebMatch {
  readonly setup: MatchSetup;
  readonly match: Match;
}

/** What the page asks of a match. */
export type WebCommand =
  /** The person on the floor plays the move with this stable code (from the engine's move menu). */
  | { readonly type: "move"; readonly code: string }
  | { readonly type: "bot" }
  | { readonly type: "bots-until-person" }
  /** Takes back the last move a person made here, and the bots' moves after it. */
  | { readonly type: "undo" }
  /** Goes back to the game after its first `to` moves, to play on from there (a what-if). */
  | { readonly type: "rewind"; readonly to: number };

/** Why a match could not be started or a command was refused. */
export interface MatchProblem {
  readonly code: "bad-scenario" | "bad-setup" | "unknown-move" | "not-a-person-turn" | MatchError["code"];
  readonly message: string;
}

/** A command carried out: the match after it and the moves it played, oldest first. */
export type WebStep =
  | { readonly ok: true; readonly match: WebMatch; readonly played: readonly PlayedMove[] }
  | { readonly ok: false; readonly problem: MatchProblem };

/** A move a command played, with the transcript text the engine wrote for it. */
export interface PlayedMove {
  readonly move: Move;
  readonly text: string;
}

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

/**
 * Reads a scenario from the shipped ones (fetched beforehand with `loadShipped`) or from a file's text, with
 * the engine's validation.
 */
export function loadScenario(
  source: ScenarioSource,
): { ok: true; scenario: ValidScenario } | { ok: false; problem: MatchProblem } {
  if (source.kind === "shipped") {
    const raw = shippedScenario(source.id);
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
function checkSetup(scenario: ValidScenario, setup: MatchSetup): MatchProblem | null {
  const ids = new Set(scenario.actors.map((a) => a.id));
  for (const id of Object.keys(setup.seats)) {
    if (!ids.has(id))
      return { code: "bad-setup", message: `There is no delegation '${id}' in ${scenario.title}.` };
  }
  const yours = Object.values(setup.seats).filter((c) => c.kind === "you").length;
  if (yours !== 1) return { code: "bad-setup", message: "Choose exactly one delegation to play." };
  return null;
}

/**
 * The engine's seats of a setup: people for the player and the hot-seat players, the chosen bots elsewhere
 * (the search bot thinks for the setup's time, on the worker's clock `now`); seats left out play their
 * scenario persona.
 */
export function seatPlayers(setup: MatchSetup, now: () => number): Record<string, SeatPlayer> {
  const players: Record<string, SeatPlayer> = {};
  for (const [id, choice] of Object.entries(setup.seats)) {
    if (choice.kind !== "bot") players[id] = { kind: "person" };
    else if (choice.bot === "mcts")
      players[id] = {
        kind: "bot",
        bot: "mcts",
        options: { iterations: MAX_ITERATIONS, budget: { ms: setup.thinkMs, now } },
      };
    else players[id] = { kind: "bot", bot: choice.bot };
  }
  return players;
}

/** Parses and checks a setup (it may come from a save) and loads its scenario. */
export function readSetup(
  input: unknown,
): { ok: true; setup: MatchSetup; scenario: ValidScenario } | { ok: false; problem: MatchProblem } {
  const parsed = setupSchema.safeParse(input);
  if (!parsed.success) return problem("bad-setup", "The game's setup is incomplete or wrong.");
  const setup: MatchSetup = parsed.data;
  const loaded = loadScenario(setup.scenario);
  if (!loaded.ok) return loaded;
  const wrong = checkSetup(loaded.scenario, setup);
  if (wrong !== null) return { ok: false, problem: wrong };
  return { ok: true, setup, scenario: loaded.scenario };
}

/** Starts a match of a setup. `now` is the clock the search bot's time budget reads. */
export function startMatch(
  input: unknown,
  now: () => number,
): { ok: true; match: WebMatch } | { ok: false; problem: MatchProblem } {
  const read = readSetup(input);
  if (!read.ok) return read;
  const started = createMatch(read.scenario, { seed: read.setup.seed, seats: seatPlayers(read.setup, now) });
  if (!started.ok) return problem(started.error.code, started.error.message);
  return { ok: true, match: { setup: read.setup, match: started.value } };
}

/** The most moves one command may play: far more than any scenario's game, so only a bug reaches it. */
const MAX_MOVES_PER_COMMAND = 10_000;

type Stepped = { ok: true; match: Match; played: PlayedMove } | { ok: false; problem: MatchProblem };

function step(match: Match, command: Parameters<typeof reduceMatch>[1]): Stepped {
  const done = reduceMatch(match, command);
  if (!done.ok) return problem(done.error.code, done.error.message);
  const moved = done.value.match.state;
  const line = done.value.lines.find((l) => l.kind === "move");
  const move = moved.moves.flat()[moved.moveCount - 1];
  if (move === undefined) return problem("refused", "The move was not recorded.");
  return { ok: true, match: done.value.match, played: { move, text: line?.text ?? "" } };
}

/** Whether a person plays the seat on the floor. */
export function personOnFloor(seats: Seats, match: Match): boolean {
  return isPerson(seats, matchTurn(match)?.actor ?? null);
}

/**
 * Carries out a command through the engine's `reduceMatch`. A person's move is named by its stable code in
 * the engine's menu; a bot's turn is refused while a person has the floor.
 */
export function reduceWebMatch(web: WebMatch, command: WebCommand): WebStep {
  const { match, setup } = web;
  const version = match.version;
  const done = (next: Match, played: readonly PlayedMove[]): WebStep => ({
    ok: true,
    match: { setup, match: next },
    played,
  });
  switch (command.type) {
    case "move": {
      const turn = matchTurn(match);
      if (turn === null) return problem("refused", "The talks are over.");
      if (!isPerson(setup.seats, turn.actor)) return problem("not-a-person-turn", "A bot has the floor.");
      const choice = matchMenu(match, turn.actor)
        .groups.flatMap((g) => g.moves)
        .find((m) => m.code === command.code);
      if (choice === undefined) return problem("unknown-move", "That move is not on offer any more.");
      const moved = step(match, { type: "move", version, move: choice.move });
      return moved.ok ? done(moved.match, [moved.played]) : moved;
    }
    case "bot": {
      const moved = step(match, { type: "bot", version });
      return moved.ok ? done(moved.match, [moved.played]) : moved;
    }
    case "bots-until-person": {
      let current = match;
      const played: PlayedMove[] = [];
      for (let i = 0; i < MAX_MOVES_PER_COMMAND; i++) {
        const turn = matchTurn(current);
        if (turn === null || turn.player.kind !== "bot") break;
        const moved = step(current, { type: "bot", version: current.version });
        if (!moved.ok) return moved;
        current = moved.match;
        played.push(moved.played);
      }
      return done(current, played);
    }
    case "undo": {
      const moves = match.state.moves.flat();
      let last = moves.length - 1;
      while (last >= 0 && !isPerson(setup.seats, moves[last]?.actor ?? null)) last--;
      if (last < 0) return problem("nothing-to-undo", "There is no move of yours to take back.");
      const undone = reduceMatch(match, { type: "rewind", version, to: last });
      if (!undone.ok) return problem(undone.error.code, undone.error.message);
      return done(undone.value.match, []);
    }
    case "rewind": {
      const to = Math.trunc(command.to);
      if (!(to >= 0 && to < match.state.moveCount))
        return problem("bad-rewind", `There is no move ${to} to go back to in this game.`);
      const rewound = reduceMatch(match, { type: "rewind", version, to });
      if (!rewound.ok) return problem(rewound.error.code, rewound.error.message);
      return done(rewound.value.match, []);
    }
  }
}

/** The match gone back to after its first `count` moves (for reviewing a game); the match is unchanged. */
export function matchAfter(match: Match, count: number): Match {
  const to = Math.max(0, Math.min(count, match.state.moveCount));
  if (to === match.state.moveCount) return match;
  const rewound = reduceMatch(match, { type: "rewind", version: match.version, to });
  return rewound.ok ? rewound.value.match : match;
}
