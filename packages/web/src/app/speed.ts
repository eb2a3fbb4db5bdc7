/** How fast the bots' moves are shown. */
export type Speed = "slow" | "normal" | "fast" | "instant";

/** The speeds, slowest first, with their names. */
export const SPEEDS: readonly { readonly id: Speed; readonly name: string }[] = [
  { id: "slow", name: "Slow" },
  { id: "normal", name: "Normal" },
  { id: "fast", name: "Fast" },
  { id: "instant", name: "Instant" },
];

/** How long a move's animation runs at a speed, in milliseconds. */
export function moveDuration(speed: Speed): number {
  switch (speed) {
    case "slow":
      return 1800;
    case "normal":
      return 1000;
    case "fast":
      return 450;
    case "instant":
      return 0;
  }
}
