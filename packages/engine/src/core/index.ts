/**
 * The simulation core (internal): the one fast path through the rules. A private mutable copy of a game
 * (`Sim`), legal moves listed as small integers into a reused buffer, codes played in place, and a frozen
 * public state again at the end. Bots, drivers, the session layer, the testing kit and the bench use it; the
 * public API (`game/`) uses it too, one move at a time, and speaks move objects.
 *
 * @internal
 */
export { judge } from "./judge.js";
export { codeType, decode, listMoves, type MoveBuffer, moveBuffer, moveOfCode, playCode } from "./listing.js";
export { seatState } from "./seat.js";
export { fork, forkSim, peek, type Sim, seal, snapshot, start } from "./sim.js";
export { isVouched, vouch } from "./trust.js";
export { type GameWalker, walkGame } from "./walk.js";
