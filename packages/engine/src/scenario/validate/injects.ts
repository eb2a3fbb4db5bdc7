import type { PathKey } from "../problems.js";
import { quote } from "../words.js";
import { noActor, noTrack } from "./checker.js";
import type { Context } from "./context.js";
import { get, num } from "./read.js";
import type { Tracks } from "./tracks.js";
import { trustEnds } from "./world.js";

/**
 * Injects: on a track that exists and can be held, able to fire (a minute the track reaches, a chance above
 * 0), with effects on actors that exist.
 */
export function checkInjects(ctx: Context, tracks: Tracks): void {
  const { c } = ctx;
  c.each(get(ctx.data, "injects"), (inject, j) => {
    const base: PathKey[] = ["injects", j];
    const track = get(inject, "track");
    c.ref([...base, "track"], track, ctx.tracks, noTrack);
    const facts = typeof track === "string" ? tracks.facts.get(track) : undefined;
    const trigger = get(inject, "trigger");
    const kind = get(trigger, "kind");
    if (facts !== undefined && !facts.playable) {
      c.add(
        [...base, "track"],
        `track ${quote(String(track))} can never be held (it has fewer than two known participants), so this inject never fires`,
      );
    } else if (kind === "scheduled") {
      const at = num(get(trigger, "atMinute"));
      if (at !== undefined && facts?.end !== undefined && at > facts.end) {
        c.add(
          [...base, "trigger", "atMinute"],
          `minute ${at} is never reached: track ${quote(String(track))} ends by minute ${facts.end} (${facts.scheduled} scheduled + ${facts.overrun} overrun), so this inject never fires`,
        );
      }
    } else if (kind === "random" && get(trigger, "probability") === 0) {
      c.add(
        [...base, "trigger", "probability"],
        "a probability of 0 means this inject never fires; give it a chance above 0 or remove it",
      );
    }
    const effect = get(inject, "effect");
    c.each(get(effect, "trust"), (change, k) => {
      trustEnds(c, [...base, "effect", "trust", k], change, ctx.actors);
    });
    const seen = new Set<string>();
    c.each(get(effect, "reservation"), (change, k) => {
      const path: PathKey[] = [...base, "effect", "reservation", k, "actor"];
      const actor = get(change, "actor");
      if (!c.ref(path, actor, ctx.actors, noActor) || typeof actor !== "string") return;
      if (seen.has(actor)) c.add(path, `actor ${quote(actor)}'s reservation already changes in this effect`);
      seen.add(actor);
    });
  });
}
