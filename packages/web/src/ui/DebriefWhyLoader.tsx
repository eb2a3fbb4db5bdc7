import type { EndModel } from "../models/index.js";
import { useLazyModule } from "./lazy.js";

/**
 * The debrief's "why it ended so", loaded when the debrief first shows: it is not part of the first page's
 * script (see `npm run bench:web`).
 */
export function DebriefWhyLoader({ end }: { end: EndModel }) {
  const loaded = useLazyModule(() => import("./DebriefWhy.js")).value;
  if (loaded !== null && loaded !== "failed") return <loaded.DebriefWhy end={end} />;
  const failed = loaded === "failed";
  return (
    <section class="why" aria-labelledby="debrief-why-h">
      <h2 id="debrief-why-h">Why it ended so</h2>
      <p role={failed ? "alert" : "status"}>
        {failed ? "This part of the debrief could not be loaded." : "Loading…"}
      </p>
    </section>
  );
}
