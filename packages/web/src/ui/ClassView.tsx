import { type Signal, signal, useSignal } from "@preact/signals";
import { useEffect, useMemo } from "preact/hooks";
import { createActor, type SnapshotFrom } from "xstate";
import { type ClassEvent, classMachine } from "../app/class-machine.js";
import { CLASS_LIMITS } from "../models/index.js";
import { engineActor } from "../worker/client.js";
import { useApp } from "./app-context.js";
import { ClassGames } from "./ClassGames.js";
import { ClassSimulation } from "./ClassSimulation.js";
import { OutcomeSpread, PartySpread } from "./ClassSpread.js";
import { readClassFiles } from "./class-files.js";
import { useScreenHeading } from "./focus.js";

type ClassSnapshot = SnapshotFrom<typeof classMachine>;

/** The class actor with its own engine worker, for as long as the view is shown. */
function useClassActor(): { snapshot: Signal<ClassSnapshot>; send: (event: ClassEvent) => void } {
  const handle = useMemo(() => {
    const actor = createActor(classMachine.provide({ actors: { engine: engineActor } }));
    const snapshot = signal(actor.getSnapshot());
    actor.subscribe((s) => {
      snapshot.value = s;
    });
    return { actor, snapshot, send: (event: ClassEvent) => actor.send(event) };
  }, []);
  useEffect(() => {
    handle.actor.start();
    return () => handle.actor.stop();
  }, [handle]);
  return handle;
}

/**
 * The class view: a class's save files or replay links of one scenario, one row per game, and the spread of
 * their outcomes beside a simulation of the same scenario with bots. Loaded only when opened.
 */
export function ClassView() {
  const app = useApp();
  const { snapshot, send } = useClassActor();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const links = useSignal("");
  const linkCount = useSignal(0);
  const dragging = useSignal(false);
  const { model, notice, reading } = snapshot.value.context;

  const games = model?.games.length ?? 0;
  const addFiles = async (list: FileList | null) => {
    if (list === null || list.length === 0) return;
    send(await readClassFiles(Array.from(list), CLASS_LIMITS.games - games));
  };
  const addLinks = (event: Event) => {
    event.preventDefault();
    const lines = links.value
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    if (lines.length === 0) return;
    const first = linkCount.value;
    linkCount.value = first + lines.length;
    send({ type: "ADD", entries: lines.map((text, i) => ({ name: `link ${first + i + 1}`, text })) });
    links.value = "";
  };
  const problems = model?.problems ?? [];
  const listed = problems.length + (model?.droppedProblems ?? 0);

  return (
    <main class="screen class-view">
      <h1 tabIndex={-1} ref={heading}>
        Compare a class's games
      </h1>
      <p class="lede">
        Add the save files (or replay links) of a class's games of one scenario: each game gets a row, and the
        spread of their outcomes sits beside games of the same scenario played by bots.
      </p>
      <div class="actions">
        <button type="button" class="quiet" onClick={() => app.send({ type: "CLOSE_CLASS" })}>
          Back to choosing a game
        </button>
      </div>

      <section aria-labelledby="class-add-h">
        <h2 id="class-add-h">Add games</h2>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a mouse shortcut; the file input inside is the keyboard's way */}
        <div
          class={dragging.value ? "drop-zone dragging" : "drop-zone"}
          onDragOver={(e) => {
            e.preventDefault();
            dragging.value = true;
          }}
          onDragLeave={() => {
            dragging.value = false;
          }}
          onDrop={(e) => {
            e.preventDefault();
            dragging.value = false;
            void addFiles(e.dataTransfer?.files ?? null);
          }}
        >
          <label for="class-files">Save files, as many as you like (or drop them here)</label>
          <input
            id="class-files"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget;
              void addFiles(input.files).then(() => {
                input.value = "";
              });
            }}
          />
          <p class="help">“Download the save file” at the end of a game gives one.</p>
        </div>
        <form class="field" onSubmit={addLinks}>
          <label for="class-links">Or replay links, one per line</label>
          <textarea
            id="class-links"
            rows={3}
            value={links.value}
            onInput={(e) => {
              links.value = e.currentTarget.value;
            }}
          />
          <button type="submit" class="add-links">
            Add the links
          </button>
        </form>
        <p role="status" data-testid="class-status">
          {reading
            ? "Reading the games…"
            : model === null
              ? ""
              : `${games} ${games === 1 ? "game" : "games"} of ${model.scenario?.title ?? "no scenario yet"} in the class.`}
        </p>
        {notice !== null && (
          <p role="alert" class="problems">
            {notice}
          </p>
        )}
        {model !== null && model.notice !== null && (
          <p role="alert" class="problems" data-testid="class-notice">
            {model.notice}
          </p>
        )}
        {/* A status, not an alert: an alert would read the whole list out again at every add. */}
        {problems.length > 0 && (
          <div role="status" class="problems" data-testid="class-problems">
            <p>
              {listed === 1 ? "One entry was" : `${listed} entries were`} not taken
              {listed > problems.length ? ` (the ${problems.length} latest are listed)` : ""}:
            </p>
            <ul>
              {problems.map((p, i) => (
                <li key={`${i}:${p.name}`}>
                  <strong>{p.name}</strong>: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {model !== null && games > 0 && (
        <>
          <section aria-labelledby="class-games-h">
            <h2 id="class-games-h">The games</h2>
            <ClassGames games={model.games} />
          </section>
          <section aria-labelledby="class-spread-h">
            <h2 id="class-spread-h">The spread, beside games played by bots</h2>
            <ClassSimulation
              simulation={model.simulation}
              onSimulate={(n) => send({ type: "SIMULATE", games: n })}
              onStop={() => send({ type: "CANCEL" })}
            />
            <OutcomeSpread model={model} />
            <PartySpread model={model} />
          </section>
        </>
      )}
      {(games > 0 || problems.length > 0) && (
        <div class="actions">
          <button
            type="button"
            class="quiet"
            onClick={() => {
              linkCount.value = 0;
              send({ type: "CLEAR" });
              // The button goes once the class is empty: focus moves to the top of the view, not to nothing.
              heading.current?.focus();
            }}
          >
            Clear the class
          </button>
        </div>
      )}
    </main>
  );
}
