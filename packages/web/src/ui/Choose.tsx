import { useComputed, useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { shippedCards } from "../engine/catalogue.js";
import type { FileProblem } from "../engine/validate.js";
import {
  BOT_CHOICES,
  type BotChoice,
  type MatchSetup,
  type ScenarioCard,
  type ScenarioSource,
  type SeatChoice,
  THINK_TIMES_MS,
} from "../models/index.js";
import { useApp } from "./app-context.js";
import { BOT_NAMES } from "./bots.js";
import { useScreenHeading } from "./focus.js";
import { hoursAndMinutes } from "./format.js";

const SHIPPED = shippedCards();

interface Choice {
  readonly key: string;
  readonly card: ScenarioCard;
  readonly source: ScenarioSource;
}

/** A seed for a player who gave none: random, and shown in the brief so that the game can be replayed. */
function freshSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("");
}

/** The first screen: a scenario, a delegation, who plays the other seats, and the seed. */
export function Choose() {
  const { send } = useApp();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const fileChoice = useSignal<Choice | null>(null);
  const choices = useComputed<Choice[]>(() => [
    ...SHIPPED.map((card) => ({
      key: `shipped:${card.id}`,
      card,
      source: { kind: "shipped", id: card.id } as const,
    })),
    ...(fileChoice.value === null ? [] : [fileChoice.value]),
  ]);
  const selected = useSignal(choices.value[0]?.key ?? "");
  const chosen = useComputed(() => choices.value.find((c) => c.key === selected.value) ?? choices.value[0]);
  const you = useSignal(chosen.value?.card.seats[0]?.actorId ?? "");
  const others = useSignal<Record<string, SeatChoice>>({});
  const thinkMs = useSignal<number>(1000);
  const seed = useSignal("");
  const problems = useSignal<{ file: string; list: readonly FileProblem[] } | null>(null);
  const fileStatus = useSignal("");

  useEffect(() => {
    performance.mark("parley:chooser-ready");
  }, []);

  const pickScenario = (key: string) => {
    selected.value = key;
    const card = choices.value.find((c) => c.key === key)?.card;
    you.value = card?.seats[0]?.actorId ?? "";
    others.value = {};
  };

  const seatOf = (actorId: string, persona: string): SeatChoice =>
    others.value[actorId] ?? { kind: "bot", bot: persona as BotChoice };

  const setSeat = (actorId: string, value: string) => {
    const choice: SeatChoice =
      value === "person" ? { kind: "person" } : { kind: "bot", bot: value as BotChoice };
    others.value = { ...others.value, [actorId]: choice };
  };

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file === undefined) return;
    problems.value = null;
    fileStatus.value = `Checking ${file.name}…`;
    const [{ checkScenarioFile }, text] = await Promise.all([import("../engine/validate.js"), file.text()]);
    const check = checkScenarioFile(text);
    if (!check.ok) {
      fileStatus.value = "";
      problems.value = { file: file.name, list: check.problems };
      return;
    }
    const choice: Choice = {
      key: `file:${check.card.id}`,
      card: check.card,
      source: { kind: "file", text: check.text },
    };
    fileChoice.value = choice;
    pickScenario(choice.key);
    fileStatus.value = `${file.name} is a valid scenario: “${check.card.title}” is now chosen.`;
  };

  const start = (event: Event) => {
    event.preventDefault();
    const choice = chosen.value;
    if (choice === undefined) return;
    const seats: Record<string, SeatChoice> = {};
    for (const seat of choice.card.seats) {
      seats[seat.actorId] = seat.actorId === you.value ? { kind: "you" } : seatOf(seat.actorId, seat.persona);
    }
    const setup: MatchSetup = {
      scenario: choice.source,
      seed: seed.value.trim() === "" ? freshSeed() : seed.value.trim().slice(0, 200),
      seats,
      thinkMs: thinkMs.value,
    };
    send({ type: "START", setup });
  };

  const card = chosen.value?.card;
  const searchBotChosen = card?.seats.some(
    (s) =>
      s.actorId !== you.value &&
      seatOf(s.actorId, s.persona).kind === "bot" &&
      (seatOf(s.actorId, s.persona) as { bot: string }).bot === "mcts",
  );

  return (
    <main class="screen choose">
      <h1 tabIndex={-1} ref={heading}>
        Choose a negotiation
      </h1>
      <p class="class-entry">
        Teaching?{" "}
        <button type="button" class="quiet" onClick={() => send({ type: "OPEN_CLASS" })}>
          Compare a class's games
        </button>
      </p>
      <form onSubmit={start}>
        <fieldset class="scenario-cards">
          <legend>Scenario</legend>
          {choices.value.map((c, i) => (
            <label class="card scenario-card" key={c.key}>
              <input
                type="radio"
                name="scenario"
                value={c.key}
                checked={c.key === chosen.value?.key}
                onChange={() => pickScenario(c.key)}
                aria-labelledby={`scenario-${i}-title`}
                aria-describedby={`scenario-${i}-when scenario-${i}-summary scenario-${i}-length`}
              />
              <span class="card-body">
                <span class="card-title" id={`scenario-${i}-title`}>
                  {c.card.title}
                </span>
                <span class="card-meta" id={`scenario-${i}-when`}>
                  {c.card.dates} · {c.card.venues}
                </span>
                <span class="card-summary" id={`scenario-${i}-summary`}>
                  {c.card.summary}
                </span>
                <span class="card-meta" id={`scenario-${i}-length`}>
                  {c.card.meetings === 1 ? "One meeting" : `${c.card.meetings} meetings`},{" "}
                  {hoursAndMinutes(c.card.scheduledMinutes)} scheduled
                  {c.source.kind === "file" ? " · from your file" : ""}
                </span>
              </span>
            </label>
          ))}
        </fieldset>

        <div class="file-open">
          <label for="scenario-file">Or open a scenario file (JSON)</label>
          <input
            id="scenario-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => void openFile(e.currentTarget)}
          />
          <p role="status" class="file-status">
            {fileStatus.value}
          </p>
          {problems.value !== null && (
            <div role="alert" class="problems">
              <p>
                {problems.value.file} is not a playable scenario.{" "}
                {problems.value.list.length === 1
                  ? "One problem:"
                  : `${problems.value.list.length} problems:`}
              </p>
              <ul>
                {problems.value.list.map((p, i) => (
                  <li key={i}>
                    <code>{p.path}</code> {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>

        {card !== undefined && (
          <fieldset class="seat-cards">
            <legend>Your delegation</legend>
            {card.seats.map((s) => (
              <label class="card seat-card" key={s.actorId}>
                <input
                  type="radio"
                  name="delegation"
                  value={s.actorId}
                  checked={s.actorId === you.value}
                  onChange={() => {
                    you.value = s.actorId;
                  }}
                  aria-labelledby={`seat-${s.actorId}-name`}
                  aria-describedby={`seat-${s.actorId}-head seat-${s.actorId}-wants`}
                />
                <span class="card-body">
                  <span class="card-title" id={`seat-${s.actorId}-name`}>
                    {s.name}
                  </span>
                  <span class="card-meta" id={`seat-${s.actorId}-head`}>
                    {s.head ?? "No head of delegation named"}
                  </span>
                  <span class="card-summary one-line" id={`seat-${s.actorId}-wants`}>
                    {s.wants}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        )}

        {card !== undefined && (
          <fieldset class="other-seats">
            <legend>The other seats</legend>
            {card.seats
              .filter((s) => s.actorId !== you.value)
              .map((s) => {
                const current = seatOf(s.actorId, s.persona);
                const value = current.kind === "bot" ? current.bot : "person";
                return (
                  <div class="field" key={s.actorId}>
                    <label for={`seat-${s.actorId}`}>Who plays {s.name}?</label>
                    <select
                      id={`seat-${s.actorId}`}
                      value={value}
                      onChange={(e) => setSeat(s.actorId, e.currentTarget.value)}
                    >
                      {BOT_CHOICES.map((bot) => (
                        <option value={bot} key={bot}>
                          {BOT_NAMES[bot]}
                          {bot === s.persona ? " (the scenario’s choice)" : ""}
                        </option>
                      ))}
                      <option value="person">A person at this device (hot seat)</option>
                    </select>
                  </div>
                );
              })}
            {searchBotChosen && (
              <div class="field">
                <label for="think-time">Search bot’s thinking time per move</label>
                <select
                  id="think-time"
                  value={String(thinkMs.value)}
                  onChange={(e) => {
                    thinkMs.value = Number(e.currentTarget.value);
                  }}
                >
                  {THINK_TIMES_MS.map((ms) => (
                    <option value={String(ms)} key={ms}>
                      {ms < 1000 ? `${ms} ms` : `${ms / 1000} s`}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </fieldset>
        )}

        <div class="field seed">
          <label for="seed">Seed (optional)</label>
          <input
            id="seed"
            type="text"
            inputMode="text"
            autoComplete="off"
            maxLength={200}
            value={seed.value}
            aria-describedby="seed-help"
            onInput={(e) => {
              seed.value = e.currentTarget.value;
            }}
          />
          <p id="seed-help" class="help">
            The same seed and the same moves give the same game. Leave it empty for a fresh one.
          </p>
        </div>

        <button type="submit" class="primary">
          Start
        </button>
      </form>
    </main>
  );
}
