/**
 * The web's own view models: what the screens and the Pixi scene draw. Only the engine adapter
 * (`src/engine/`) knows how they are filled from the engine, so that engine changes stop there.
 */
export type * from "./briefing.js";
export type * from "./catalogue.js";
export * from "./class.js";
export type * from "./end.js";
export type * from "./moves.js";
export * from "./setup.js";
export type * from "./table.js";
export type * from "./transcript.js";
export type * from "./why.js";
