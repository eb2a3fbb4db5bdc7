import type { DemandState, MeetingModel, RedLineState, SeatModel } from "../models/index.js";
import { botShortName } from "./bots.js";

/** A red line's state in words (the scene shows it as a marker too, never by colour alone). */
export const RED_LINE_WORDS: Readonly<Record<RedLineState, string>> = {
  intact: "intact",
  challenged: "challenged",
  held: "held",
  crossed: "crossed",
};

/** A demand's state in words. */
export const DEMAND_WORDS: Readonly<Record<DemandState, string>> = {
  tabled: "tabled",
  underDiscussion: "under discussion",
  accepted: "accepted",
  rejected: "rejected",
  deferred: "deferred",
  withdrawn: "withdrawn",
};

/** The meeting's phase in words. */
export const PHASE_WORDS: Readonly<Record<MeetingModel["phase"], string>> = {
  scheduled: "about to open",
  opening: "opening statements",
  agenda: "on the agenda",
  overrun: "running over time",
  closing: "closing round",
  concluded: "concluded",
};

/** Who plays a seat, in words. */
export function playedBy(seat: SeatModel): string {
  if (seat.controller === "you") return "you";
  if (seat.controller === "person") return "another person at this device";
  return botShortName(seat.bot ?? "");
}
