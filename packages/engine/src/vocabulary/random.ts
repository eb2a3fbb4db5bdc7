import seedrandom from "seedrandom";

/** The state of the seeded generator (seedrandom's alea), kept inside the game state as plain JSON. */
export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/**
 * A live seeded generator: numbers in [0, 1), and its state to store back into a game state. Built once per
 * applied move (or once per private copy on the simulation core), not once per number.
 */
export interface Random {
  next(): number;
  /** The generator's state now; equal to the state it was built from until `next` is called. */
  state(): RngState;
  /** Whether `next` has been called. */
  readonly used: boolean;
}

/** The generator's state for a seed. */
export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state() as RngState;
}

/**
 * A generator that continues from `state`: seedrandom's alea, stepped here on the stored state so that a
 * private copy of a game makes no generator object per draw (or per copy). The step is alea's own
 * (`seedrandom/lib/alea.js`, `next`); a test checks that both give the same numbers.
 */
export function randomFrom(state: RngState): Random {
  let c = state.c;
  let s0 = state.s0;
  let s1 = state.s1;
  let s2 = state.s2;
  let used = false;
  return {
    next() {
      used = true;
      const t = 2091639 * s0 + c * 2.3283064365386963e-10; // 2^-32
      s0 = s1;
      s1 = s2;
      c = t | 0;
      s2 = t - c;
      return s2;
    },
    state: () => (used ? { c, s0, s1, s2 } : state),
    get used() {
      return used;
    },
  };
}

/** A generator seeded from text (bots seed theirs from their own seed and the game's). */
export function randomFromSeed(seed: string): () => number {
  return seedrandom.alea(seed);
}
