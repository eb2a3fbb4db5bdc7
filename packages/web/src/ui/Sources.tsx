import type { SourceModel } from "../models/index.js";

/** The sources of a fact, by title. */
export function Sources({ sources }: { sources: readonly SourceModel[] }) {
  if (sources.length === 0) return null;
  return (
    <span class="sources">
      {sources.length === 1 ? "Source: " : "Sources: "}
      {sources.map((s, k) => (
        <span key={s.key}>
          {k > 0 && "; "}
          <cite>{s.title}</cite>
        </span>
      ))}
      .
    </span>
  );
}
