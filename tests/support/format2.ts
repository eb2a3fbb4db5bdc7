/**
 * A format-1 scenario file read as format 2, for the analytics tests until `parseScenario` migrates format 1
 * itself: the format number is raised and the history's moves (format-1 moves, which the analytics do not
 * read) are dropped; every field format 2 adds has a default.
 */
export function asFormat2(json: string): unknown {
  const raw = JSON.parse(json) as Record<string, unknown>;
  const history = raw.history as Record<string, unknown> | undefined;
  return {
    ...raw,
    formatVersion: 2,
    ...(history === undefined ? {} : { history: { ...history, moves: [] } }),
  };
}
