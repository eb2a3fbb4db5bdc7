/**
 * The version of the rules this engine plays. Saves record it: a save made under other rules is replayed and
 * checked against its state hash, and refused with a reason when the rules no longer give the same game.
 * Bump the major number when the same moves can give a different game.
 */
export const RULES_VERSION = "2.0.0";
