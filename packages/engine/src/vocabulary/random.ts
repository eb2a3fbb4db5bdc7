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
  return new Alea(state);
}

/**
 * The live generator: a class rather than an object literal with closures and a getter, which V8 builds on
 * a slow path (the engine makes one for every move applied on the public path) and whose captured numbers
 * it boxes anew at every step. Its fields are private to TypeScript only: V8 updates plain fields holding
 * numbers in place, and `#` fields more slowly.
 */
class Alea implements Random {
  private c: number;
  private s0: number;
  private s1: number;
  private s2: number;
  private readonly from: RngState;
  used = false;

  constructor(from: RngState) {
    this.from = from;
    this.c = from.c;
    this.s0 = from.s0;
    this.s1 = from.s1;
    this.s2 = from.s2;
  }

  next(): number {
    this.used = true;
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    const c = t | 0;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = c;
    this.s2 = t - c;
    return this.s2;
  }

  state(): RngState {
    return this.used ? { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 } : this.from;
  }
}

/** A generator seeded from text (bots seed theirs from their own seed and the game's). */
export function randomFromSeed(seed: string): () => number {
  return seedrandom.alea(seed);
}
