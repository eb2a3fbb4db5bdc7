/**
 * A whole number with its thousands grouped by commas ("10,000"), the same on every runtime: messages of the
 * engine must not depend on the runtime's locale data, as `toLocaleString` does.
 */
export function grouped(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const body = digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return n < 0 ? `-${body}` : body;
}
