import seedrandom from "seedrandom";

/** The state of the seeded generator (seedrandom's alea), kept inside the game state as plain JSON. */
export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

/** The generator's state for a seed. */
export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state() as RngState;
}

/** Draws a number in [0, 1) and returns it with the generator's next state. */
export function draw(state: RngState): [value: number, next: RngState] {
  const prng = seedrandom.alea("", { state: { ...state } });
  const value = prng();
  return [value, prng.state() as RngState];
}
