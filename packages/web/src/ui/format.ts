/** "3 h", "3 h 30", "45 min". */
export function hoursAndMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} min`;
  return rest === 0 ? `${h} h` : `${h} h ${String(rest).padStart(2, "0")}`;
}

/** A meeting date, e.g. "Wednesday 12 January 2022". */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

/** A utility (0..1) as a percentage. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/**
 * A utility (0..1) as a percentage to a tenth: points of a Pareto frontier lie close together, and whole
 * percentages would show many alike.
 */
export function percentToTenth(value: number): string {
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}
