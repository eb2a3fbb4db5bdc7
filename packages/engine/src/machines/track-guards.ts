/**
 * When the rules send the track machine its events: the conditions on the agenda, the clock and the floor,
 * named beside the machine they drive. Plain functions of a few numbers, so that the rules' hot path can
 * call them without building anything.
 */

/** What the guards read of a meeting in progress. */
export interface TrackClock {
  /** Minutes used on the meeting's clock. */
  readonly clock: number;
  /** When the current agenda item began. */
  readonly itemStartedAt: number;
  /** Minutes set aside for the current item. */
  readonly itemMinutes: number;
  /** Passes in a row since the last other move. */
  readonly passesInRow: number;
  /** Moves made in the current phase. */
  readonly phaseMoves: number;
  /** How many participants speak in the meeting. */
  readonly speakers: number;
  /** The meeting's planned length. */
  readonly scheduled: number;
  /** Minutes after which it must close (planned length, overrun allowance and deadline changes). */
  readonly limit: number;
}

/** `BEGIN`: every participant has made its opening move. */
export const openingDone = (t: TrackClock): boolean => t.phaseMoves >= t.speakers;

/** `NEXT_ITEM`: the item's minutes are used up, or everyone passed in a row (or its issue is agreed). */
export const itemOver = (t: TrackClock, issueAgreed: boolean): boolean =>
  issueAgreed || t.clock - t.itemStartedAt >= t.itemMinutes || t.passesInRow >= t.speakers;

/** `OVERRUN`: the meeting has run past its planned length. */
export const pastSchedule = (t: TrackClock): boolean => t.clock >= t.scheduled;

/** `CLOSE` (from the agenda): the meeting has used up its time, overrun included. */
export const pastLimit = (t: TrackClock): boolean => t.clock >= t.limit;

/** Conclusion from closing: the follow-up was agreed, or two closing rounds have passed. */
export const closingDone = (t: TrackClock, followUpAgreed: boolean): boolean =>
  followUpAgreed || t.phaseMoves >= 2 * t.speakers;
