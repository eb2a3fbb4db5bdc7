import { availableParallelism } from "node:os";
import { MAX_SEED_BASE, MAX_SIMULATION_GAMES, MAX_SWEEP_STEPS, type Variation } from "@parley/engine";
import { UserError } from "../errors.js";

/** The command-line flags of `simulate` and `sweep`, read and bounded. */

/** Games per simulation (per value of a sweep) when `--seeds` is not given. */
export const DEFAULT_GAMES = 100;

/** The base seed when `--seed` is not given: game k is seeded `parley:k`. */
export const DEFAULT_BASE = "parley";

/** Most worker threads `--workers` takes. */
export const MAX_WORKERS = 64;

/** Values a sweep tries when `--vary` gives no `:STEPS`. */
export const DEFAULT_STEPS = 5;

const GAMES = MAX_SIMULATION_GAMES.toLocaleString("en");

/** `--seeds N`: a whole number of games from 1 to the engine's bound. */
export function seedCount(flag: string | undefined): number {
  if (flag === undefined) return DEFAULT_GAMES;
  const n = /^\s*[\d.e+]+\s*$/i.test(flag) ? Number(flag) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SIMULATION_GAMES)
    throw new UserError(
      `--seeds takes a whole number of games from 1 to ${GAMES}; got '${flag}'.` +
        (n > MAX_SIMULATION_GAMES
          ? ` ${GAMES} games already take hours; split a larger study with --seed.`
          : ""),
    );
  return n;
}

/** `--seed BASE`: the base seed (game k is seeded `BASE:k`). */
export function baseSeed(flag: string | undefined): string {
  if (flag === undefined) return DEFAULT_BASE;
  if (flag.length === 0 || flag.length > MAX_SEED_BASE)
    throw new UserError(`--seed takes a base seed of 1 to ${MAX_SEED_BASE} characters.`);
  return flag;
}

/** Worker threads when `--workers` is not given: one per core the process may use. */
export function defaultWorkers(): number {
  return Math.min(MAX_WORKERS, availableParallelism());
}

/** `--workers K`: worker threads; null when not given, to let the run choose (see `playGames`). */
export function workerCount(flag: string | undefined): number | null {
  if (flag === undefined) return null;
  const n = /^\s*\d+\s*$/.test(flag) ? Number(flag) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS)
    throw new UserError(`--workers takes a whole number of threads from 1 to ${MAX_WORKERS}; got '${flag}'.`);
  return n;
}

function number(text: string, what: string, flag: string): number {
  const n = text.trim() === "" ? Number.NaN : Number(text);
  if (!Number.isFinite(n)) throw new UserError(`--vary: ${what} '${text}' is not a number, in '${flag}'.`);
  return n;
}

/** `--vary PATH=FROM..TO[:STEPS]`: the value a sweep varies and its range. The path is checked later. */
export function parseVary(flag: string | undefined): Variation {
  const usage = "--vary takes PATH=FROM..TO[:STEPS], e.g. --vary actors.russia.reservation=0..0.5:6";
  if (flag === undefined) throw new UserError(`Say what to vary: ${usage}.`);
  const equals = flag.lastIndexOf("=");
  const dots = flag.indexOf("..", equals + 1);
  if (equals <= 0 || dots === -1) throw new UserError(`${usage}; got '${flag}'.`);
  const path = flag.slice(0, equals);
  const [to, steps, ...extra] = flag.slice(dots + 2).split(":");
  if (to === undefined || extra.length > 0) throw new UserError(`${usage}; got '${flag}'.`);
  const count = steps === undefined ? DEFAULT_STEPS : Number(steps);
  if (!Number.isInteger(count) || count < 1 || count > MAX_SWEEP_STEPS || (steps ?? "1").trim() === "")
    throw new UserError(`--vary: STEPS is a whole number from 2 to ${MAX_SWEEP_STEPS}; got '${steps}'.`);
  return {
    path,
    from: number(flag.slice(equals + 1, dots), "FROM", flag),
    to: number(to, "TO", flag),
    steps: count,
  };
}
