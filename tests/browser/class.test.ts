import {
  type GameState,
  gameClass,
  outcome,
  playGame,
  replayLink,
  serialize,
  simulate,
  stateHash,
} from "@parley/engine";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, launch } from "../../packages/web/scripts/chromium.js";
import { must, nrc } from "../support/bots.js";
import { axeViolations } from "./support/axe.js";
import { collectProblems, focused, guardedPage, NO_PROBLEMS, type Problems, tabTo } from "./support/page.js";

// The class view: five saves of the NATO–Russia Council built in Node with the engine's bots, loaded into the
// page at once; their outcomes must be the engine's, a bad file among them listed and the rest kept, and a
// small simulation of the same scenario must appear beside them.

const baseUrl = inject("baseUrl");
const SIMULATED = 25;

let browser: Browser;
let page: Page;
let problems: Problems;

const games: GameState[] = [1, 2, 3, 4, 5].map((k) => must(playGame(nrc, `class-view-${k}`)));
const files = games.map((state, k) => ({
  name: `group-${k + 1}.parley.json`,
  mimeType: "application/json",
  buffer: Buffer.from(must(serialize(state))),
}));

beforeAll(async () => {
  browser = await launch();
  ({ page, problems } = await guardedPage(browser.context, baseUrl));
  await page.goto(baseUrl);
  await page.getByRole("heading", { level: 1, name: "Choose a negotiation" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe("the class view", () => {
  it("opens from the chooser by keyboard, without loading its code before", async () => {
    const before = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    expect(before.some((name) => /ClassView/.test(name))).toBe(false);
    await tabTo(page, (f) => f.tag === "button" && f.text === "Compare a class's games");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Compare a class's games" }).waitFor();
    expect((await focused(page)).tag).toBe("h1");
  });

  it("shows the five games' outcomes as the engine's, lists a bad file and keeps the rest", async () => {
    const bad = { name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"minutes": 3}') };
    await page.locator("#class-files").setInputFiles([...files.slice(0, 2), bad, ...files.slice(2)]);
    const rows = page.getByTestId("class-game");
    await page
      .getByTestId("class-status")
      .getByText(/5 games of/)
      .waitFor();
    expect(await rows.count()).toBe(5);
    expect(await rows.locator("th").allTextContents()).toEqual(files.map((f) => f.name));
    const outcomes = await page
      .getByTestId("class-outcome")
      .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.outcome));
    expect(outcomes).toEqual(games.map((g) => gameClass(outcome(g))));
    expect(await page.getByTestId("class-fingerprint").allTextContents()).toEqual(games.map(stateHash));
    const listed = page.getByTestId("class-problems");
    // A status, not an alert, so that a later add does not read the whole list out again.
    expect(await listed.getAttribute("role")).toBe("status");
    expect(await listed.textContent()).toMatch(/notes\.json.*not a Parley save/);
    // The class's own shares count the five games.
    const counts = await page.getByTestId("class-count").allTextContents();
    expect(counts.reduce((n, text) => n + Number(/^(\d+) of 5/.exec(text)?.[1] ?? Number.NaN), 0)).toBe(5);
  });

  it("simulates the scenario with bots beside the class, to the engine's figures, with a chart and its table", async () => {
    await page.getByRole("spinbutton", { name: /Games to simulate/ }).fill(String(SIMULATED));
    await page.getByRole("button", { name: "Simulate" }).click();
    await page.getByTestId("class-sim-status").getByText(`Simulated ${SIMULATED} games with bots.`).waitFor();
    const expected = must(simulate(nrc, { seeds: { base: "class", count: SIMULATED } }));
    const shown = await page
      .locator("[data-testid=class-outcomes] tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [
          (tr as HTMLElement).dataset.outcome ?? "",
          tr.querySelector("[data-testid=simulated-share]")?.textContent ?? "",
        ]),
      );
    for (const c of expected.classes) {
      const row = shown.find(([key]) => key === c.class);
      expect(row?.[1]).toMatch(new RegExp(`, ${c.count} of ${SIMULATED}$`));
    }
    const chart = page.locator(".class-chart .chart[data-points]");
    await chart.waitFor();
    expect(Number(await chart.getAttribute("data-points"))).toBe(shown.length);
    // A pasted link adds a game; a damaged one is listed.
    const link = must(replayLink(must(playGame(nrc, "class-view-6"))));
    await page.getByRole("textbox", { name: /replay links/ }).fill(`${link}\n2.nato.broken`);
    await page.getByRole("button", { name: "Add the links" }).click();
    await page
      .getByTestId("class-status")
      .getByText(/6 games of/)
      .waitFor();
    expect(await page.getByTestId("class-game").last().locator("th").textContent()).toBe("link 1");
    expect(await page.getByTestId("class-problems").textContent()).toMatch(/link 2/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("clears the class with focus on the view's heading, and offers clearing when only refused entries are listed", async () => {
    await page.getByRole("button", { name: "Clear the class" }).click();
    await page
      .getByTestId("class-status")
      .getByText(/0 games of/)
      .waitFor();
    expect(await focused(page)).toMatchObject({ tag: "h1" });
    expect(await page.getByRole("button", { name: "Clear the class" }).count()).toBe(0);
    const bad = { name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"minutes": 3}') };
    await page.locator("#class-files").setInputFiles([bad]);
    await page
      .getByTestId("class-problems")
      .getByText(/notes\.json/)
      .waitFor();
    await page.getByRole("button", { name: "Clear the class" }).click();
    await page.getByTestId("class-problems").waitFor({ state: "detached" });
    expect(await focused(page)).toMatchObject({ tag: "h1" });
  });

  it("goes back to the chooser, with no error on the page", async () => {
    await page.getByRole("button", { name: "Back to choosing a game" }).click();
    await page.getByRole("heading", { level: 1, name: "Choose a negotiation" }).waitFor();
    expect(await collectProblems(page, problems)).toEqual(NO_PROBLEMS);
  });
});
