import * as fc from "fast-check";
import { createBot } from "../bots/create.js";
import type { Bot } from "../bots/types.js";
import { forkSim, type MoveBuffer, moveOfCode, type Sim, snapshot } from "../core/index.js";
import { moveBound } from "../rules/bound.js";
import { compiledOf } from "../rules/compile.js";
import { speaker } from "../rules/query.js";
import type { GameState } from "../rules/state.js";
import type { ValidScenario } from "../scenario/schema.js";
import { type Move, type MoveType, moveKey } from "../vocabulary/moves.js";
import { seekDeal } from "./deal-seeker.js";
import { choiceOrder, type Play, playOnCore, seedsOf } from "./play.js";

/**
 * Who plays a guided play between its deviations: `"deals"`, the kit's deal-seeking guide (see
 * `deal-seeker.ts`), which steers towards agreements; or `"bots"`, each actor's default bot (its persona, or
 * its drawn type's), as `createBot` builds them.
 */
export type GuideName = "deals" | "bots";

/**
 * Where a guided play leaves its guide: at move `at` it plays the `choice`-th legal move (modulo their
 * number, counting from a pass).
 */
export interface Deviation {
  readonly at: number;
  readonly choice: number;
}

/** Options of {@link arbGuidedPlay} and {@link guidedPlay}. */
export interface GuidedPlayOptions {
  /** Who plays between the deviations. Default `"deals"`. */
  readonly guide?: GuideName;
  /** Most deviations in a play. Default 8. */
  readonly maxDeviations?: number;
  /** Kinds of move a deviation never chooses (the guides never walk out). Default none. */
  readonly exclude?: readonly MoveType[];
  /** The seed, or an arbitrary of seeds. Default `arbSeed()`. */
  readonly seed?: string | fc.Arbitrary<string>;
}

/**
 * A chooser that plays each actor's default bot: its scenario persona (its drawn type's, if it has one),
 * seeded with the actor's id as the drivers seed it, through the bots' public contract (`chooseMove` on the
 * frozen state). A move the bot composes rather than picks from the list is played as it is.
 */
function botsChooser(scenario: ValidScenario): (sim: Sim, buf: MoveBuffer, count: number) => number | Move {
  const bots = new Map<string, Bot | null>();
  const botFor = (state: GameState, a: number): Bot | null => {
    const actor = scenario.actors[a];
    if (actor === undefined) return null;
    const name = actor.types[state.types[a] ?? -1]?.persona ?? actor.persona;
    const key = `${actor.id}|${name}`;
    if (!bots.has(key)) {
      const made = createBot(name, { seed: actor.id });
      bots.set(key, made.ok ? made.value : null);
    }
    return bots.get(key) ?? null;
  };
  return (sim, buf, count) => {
    const state = snapshot(forkSim(sim, false));
    const chosen = botFor(state, speaker(sim.ctx.c, state))?.chooseMove(state);
    if (chosen === undefined || !chosen.ok) return 0;
    const key = moveKey(chosen.value);
    for (let k = 0; k < count; k++) if (moveKey(moveOfCode(sim, buf, buf.codes[k] ?? 0)) === key) return k;
    return chosen.value;
  };
}

/**
 * The play a guide makes from a seed, leaving it at the deviations: at a deviation's move the
 * `choice`-th legal move (less the excluded kinds) is played instead of the guide's. Runs to the end of the
 * game (at most `moveBound(scenario) + 1` moves). Deterministic: the same seed and deviations give the same
 * play.
 */
export function guidedPlay(
  scenario: ValidScenario,
  seed: string,
  deviations: readonly Deviation[],
  options: Pick<GuidedPlayOptions, "guide" | "exclude"> = {},
): Play {
  const exclude = new Set<MoveType>(options.exclude ?? []);
  const guide = options.guide === "bots" ? botsChooser(scenario) : seekDeal;
  const at = new Map<number, number>();
  for (const d of deviations) if (!at.has(d.at)) at.set(d.at, d.choice);
  const limit = moveBound(compiledOf(scenario)) + 1;
  return playOnCore(scenario, seed, limit, (sim, buf, count, step) => {
    const choice = at.get(step);
    if (choice === undefined) return guide(sim, buf, count);
    const order = choiceOrder(buf, count, exclude);
    return order.length === 0 ? guide(sim, buf, count) : (order[choice % order.length] ?? 0);
  });
}

/** How long a guided game of the scenario usually runs: the guide's own game from seed "0", at least 20. */
const typicalLength = new WeakMap<ValidScenario, Map<GuideName, number>>();

function guidedLength(scenario: ValidScenario, guide: GuideName): number {
  let known = typicalLength.get(scenario);
  if (known === undefined) {
    known = new Map();
    typicalLength.set(scenario, known);
  }
  let length = known.get(guide);
  if (length === undefined) {
    length = Math.max(20, guidedPlay(scenario, "0", [], { guide }).moves.length);
    known.set(guide, length);
  }
  return length;
}

/**
 * Guided plays with random deviations: a guide plays the game to its end (by default the kit's deal-seeker,
 * which reaches agreements that uniform random plays almost never reach), and at a few random moves a random
 * legal move is played instead. A play is drawn as a seed and a list of deviations `{ at, choice }`, so
 * fast-check shrinks a failing play towards fewer deviations, earlier and earlier-listed (the guide's own
 * game, with seed "0", at the end).
 *
 * @example
 * ```ts
 * test.prop([arbGuidedPlay(scenario)])("…", (play) => { … });
 * ```
 */
export function arbGuidedPlay(scenario: ValidScenario, options: GuidedPlayOptions = {}): fc.Arbitrary<Play> {
  const guide = options.guide ?? "deals";
  const span = Math.ceil(guidedLength(scenario, guide) * 1.25);
  const deviation = fc.record({ at: fc.nat({ max: span }), choice: fc.nat({ max: 255 }) });
  const maxDeviations = Math.max(0, Math.trunc(options.maxDeviations ?? 8));
  const deviations = fc.array(deviation, { maxLength: maxDeviations });
  return fc
    .tuple(seedsOf(options.seed), deviations)
    .map(([seed, list]) =>
      guidedPlay(scenario, seed, list, { guide, ...(options.exclude ? { exclude: options.exclude } : {}) }),
    );
}
