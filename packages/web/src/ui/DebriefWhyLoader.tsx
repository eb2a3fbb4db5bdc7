import { useSignal } from "@preact/signals";
import type { FunctionComponent } from "preact";
import { useEffect } from "preact/hooks";
import type { EndModel } from "../models/index.js";

type WhyComponent = FunctionComponent<{ end: EndModel }>;

/**
 * The debrief's "why it ended so", loaded when the debrief first shows: it is not part of the first page's
 * script (see `npm run bench:web`).
 */
export function DebriefWhyLoader({ end }: { end: EndModel }) {
  const loaded = useSignal<WhyComponent | null>(null);
  const failed = useSignal(false);
  useEffect(() => {
    let gone = false;
    import("./DebriefWhy.js").then(
      ({ DebriefWhy }) => {
        if (!gone) loaded.value = DebriefWhy;
      },
      () => {
        if (!gone) failed.value = true;
      },
    );
    return () => {
      gone = true;
    };
  }, []);
  const Why = loaded.value;
  if (Why !== null) return <Why end={end} />;
  return (
    <section class="why" aria-labelledby="debrief-why-h">
      <h2 id="debrief-why-h">Why it ended so</h2>
      <p role={failed.value ? "alert" : "status"}>
        {failed.value ? "This part of the debrief could not be loaded." : "Loading…"}
      </p>
    </section>
  );
}
