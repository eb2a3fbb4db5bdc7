/**
 * Loose readers of scenario data: each accepts anything and never throws, so that the meaning of a scenario
 * can be checked wherever it safely can be even when its structure is broken. They read the guarded copy
 * (plain objects and lists only), so reading runs no caller code.
 */

/** A plain object of the scenario. */
export type Obj = Readonly<Record<string, unknown>>;

/** Whether `value` is a plain object (not a list, not null). */
export function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property of an object, or undefined. */
export function get(value: unknown, key: string): unknown {
  return isObj(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The items of a list; none for anything else. */
export function items(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A text, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A finite number, or undefined. */
export function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** A whole number of minutes (0 or more), or undefined. */
export function wholeMinutes(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `text` if it is a real calendar date written YYYY-MM-DD (such dates compare as texts); else undefined. */
export function calendarDate(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days ? value : undefined;
}
