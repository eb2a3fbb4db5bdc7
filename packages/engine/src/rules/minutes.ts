import type { Scenario } from "../scenario/schema.js";
import type { MoveType } from "../vocabulary/moves.js";

/** What each kind of move costs on the track clock, in minutes, unless the scenario says otherwise. */
export const DEFAULT_MINUTES: Readonly<Record<MoveType, number>> = {
  statement: 15,
  propose: 15,
  counter: 15,
  accept: 5,
  reject: 10,
  concede: 10,
  reaffirm: 10,
  cross: 10,
  "offer-cbm": 15,
  "propose-follow-up": 5,
  "accept-follow-up": 5,
  "walk-out": 5,
  pass: 5,
};

/** The minutes per move type for a scenario: the defaults with the scenario's overrides. */
export function moveMinutes(scenario: Scenario): Record<MoveType, number> {
  const overrides = scenario.rules?.minutes ?? {};
  const out = { ...DEFAULT_MINUTES };
  for (const type of Object.keys(out) as MoveType[]) {
    const value = Object.hasOwn(overrides, type) ? overrides[type] : undefined;
    if (value !== undefined) out[type] = value;
  }
  return out;
}
