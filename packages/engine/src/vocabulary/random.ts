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

/** A generator that continues from `state`. */
export function randomFrom(state: RngState): Random {
  const prng = seedrandom.alea("", { state: { c: state.c, s0: state.s0, s1: state.s1, s2: state.s2 } });
  let used = false;
  return {
    next() {
      used = true;
      return prng();
    },
    state: () => (used ? (prng.state() as RngState) : state),
    get used() {
      return used;
    },
  };
}

/** A generator seeded from text (bots seed theirs from their own seed and the game's). */
export function randomFromSeed(seed: string): () => number {
  return seedrandom.alea(seed);
}
