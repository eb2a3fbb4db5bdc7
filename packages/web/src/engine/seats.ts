import type { SeatChoice, SeatController } from "../models/index.js";

/** Who plays each actor: the setup's choice, or the actor's scenario persona when the setup leaves it out. */
export type Seats = Readonly<Record<string, SeatChoice>>;

/** The controller of an actor's seat. */
export function controllerOf(seats: Seats, actor: string): SeatController {
  return seats[actor]?.kind ?? "bot";
}

/** Whether a person (the player or a hot-seat player) plays the actor. */
export function isPerson(seats: Seats, actor: string | null): boolean {
  if (actor === null) return false;
  const kind = seats[actor]?.kind;
  return kind === "you" || kind === "person";
}
