import type { EventFromLogic, SnapshotFrom } from "xstate";
import { demandMachine } from "./demand.js";
import { redLineMachine } from "./red-line.js";
import { stanceMachine } from "./stance.js";
import { compileMachine, type MachineTable, stepAt } from "./table.js";
import { trackMachine } from "./track.js";

export { ALLOW } from "./allow.js";
export type { TrackClock } from "./track-guards.js";
export * as trackGuards from "./track-guards.js";
export { demandMachine, type MachineTable, redLineMachine, stanceMachine, stepAt, trackMachine };

/** An actor's stance: a state value of {@link stanceMachine}. */
export type StanceValue = SnapshotFrom<typeof stanceMachine>["value"];
/** A demand's status: a state value of {@link demandMachine}. */
export type DemandValue = SnapshotFrom<typeof demandMachine>["value"];
/** A red line's status: a state value of {@link redLineMachine}. */
export type RedLineValue = SnapshotFrom<typeof redLineMachine>["value"];
/** A meeting's phase: a state value of {@link trackMachine}; its final states are the result kinds. */
export type TrackPhase = SnapshotFrom<typeof trackMachine>["value"];

/** Events a stance takes (the moves it allows, and what the rules send). */
export type StanceEvent = EventFromLogic<typeof stanceMachine>["type"];
/** Events a demand takes. */
export type DemandEvent = EventFromLogic<typeof demandMachine>["type"];
/** Events a red line takes. */
export type RedLineEvent = EventFromLogic<typeof redLineMachine>["type"];
/** Events a meeting takes (the moves each phase allows, the agenda, the clock, the end). */
export type TrackEvent = EventFromLogic<typeof trackMachine>["type"];

/** The machines compiled once, when the module loads; they never change afterwards. */
export const stanceTable: MachineTable<StanceValue, StanceEvent> = compileMachine(stanceMachine);
export const demandTable: MachineTable<DemandValue, DemandEvent> = compileMachine(demandMachine);
export const redLineTable: MachineTable<RedLineValue, RedLineEvent> = compileMachine(redLineMachine);
export const trackTable: MachineTable<TrackPhase, TrackEvent> = compileMachine(trackMachine);
