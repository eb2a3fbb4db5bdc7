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

/** Reads files into entries; files far too large are refused unread. */
async function readFiles(files: readonly File[]): Promise<Extract<ClassEvent, { type: "ADD" }>> {
  const entries: { name: string; text: string }[] = [];
  const refused: { name: string; message: string }[] = [];
  for (const file of files) {
    if (file.size > CLASS_LIMITS.textLength)
      refused.push({ name: file.name, message: "It is far too large to be a Parley save." });
    else entries.push({ name: file.name, text: await file.text() });
  }
  return { type: "ADD", entries, refused };
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

  const addFiles = async (list: FileList | null) => {
    if (list === null || list.length === 0) return;
    send(await readFiles(Array.from(list)));
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
  const games = model?.games.length ?? 0;

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
        {model !== null && model.problems.length > 0 && (
          <div role="alert" class="problems" data-testid="class-problems">
            <p>
              {model.problems.length === 1 ? "One entry was" : `${model.problems.length} entries were`} not
              taken:
            </p>
            <ul>
              {model.problems.map((p, i) => (
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
          <div class="actions">
            <button
              type="button"
              class="quiet"
              onClick={() => {
                linkCount.value = 0;
                send({ type: "CLEAR" });
              }}
            >
              Clear the class
            </button>
          </div>
        </>
      )}
    </main>
  );
}
