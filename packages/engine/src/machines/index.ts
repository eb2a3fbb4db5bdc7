import type { MoveType } from "../vocabulary/moves.js";
import { type DemandValue, demandMachine } from "./demand.js";
import { type RedLineValue, redLineMachine } from "./red-line.js";
import { type StanceValue, stanceMachine } from "./stance.js";
import { compileMachine, stepAt } from "./table.js";
import { type TrackPhase, trackMachine } from "./track.js";

export type { DemandValue, RedLineValue, StanceValue, TrackPhase };
export { demandMachine, redLineMachine, stanceMachine, stepAt, trackMachine };

/** Events the rules send a stance besides the moves it allows. */
export type StanceEvent = "HARDEN" | "ENGAGE" | "WALK_OUT";
/** Events the rules send a demand. */
export type DemandEvent = "DISCUSS" | "ACCEPT" | "REJECT" | "DEFER" | "WITHDRAW";
/** Events the rules send a red line. */
export type RedLineEvent = "CHALLENGE" | "REAFFIRM" | "CROSS";
/** Events the rules send a track besides the moves it allows: the agenda, the clock, the end. */
export type TrackEvent =
  | "OPEN"
  | "BEGIN"
  | "NEXT_ITEM"
  | "OVERRUN"
  | "CLOSE"
  | "CONCLUDE_AGREEMENT"
  | "CONCLUDE_PARTIAL"
  | "CONCLUDE_NONE"
  | "COLLAPSE";

/** The machines compiled once, when the module loads; they never change afterwards. */
export const stanceTable = compileMachine<StanceValue, MoveType | StanceEvent>(stanceMachine);
export const demandTable = compileMachine<DemandValue, DemandEvent>(demandMachine);
export const redLineTable = compileMachine<RedLineValue, RedLineEvent>(redLineMachine);
export const trackTable = compileMachine<TrackPhase, MoveType | TrackEvent>(trackMachine);
