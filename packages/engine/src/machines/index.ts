import type { MoveType } from "../rules/moves.js";
import { type DemandValue, demandMachine } from "./demand.js";
import { type RedLineValue, redLineMachine } from "./red-line.js";
import { type StanceValue, stanceMachine } from "./stance.js";
import { compileMachine } from "./table.js";
import { type TrackPhase, trackMachine } from "./track.js";

export type { DemandValue, RedLineValue, StanceValue, TrackPhase };
export { demandMachine, redLineMachine, stanceMachine, trackMachine };

/** The machines compiled once, when the module loads; they never change afterwards. */
export const stanceTable = compileMachine<StanceValue, MoveType | "HARDEN" | "ENGAGE" | "WALK_OUT">(
  stanceMachine,
);
export const demandTable = compileMachine<
  DemandValue,
  "DISCUSS" | "ACCEPT" | "REJECT" | "DEFER" | "WITHDRAW"
>(demandMachine);
export const redLineTable = compileMachine<RedLineValue, "CHALLENGE" | "REAFFIRM" | "CROSS">(redLineMachine);
export const trackTable = compileMachine<
  TrackPhase,
  | MoveType
  | "OPEN"
  | "BEGIN"
  | "NEXT_ITEM"
  | "OVERRUN"
  | "CLOSE"
  | "CONCLUDE_AGREEMENT"
  | "CONCLUDE_PARTIAL"
  | "CONCLUDE_NONE"
  | "COLLAPSE"
>(trackMachine);
