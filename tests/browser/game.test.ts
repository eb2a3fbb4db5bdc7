import { openLink, outcome, stateHash } from "@parley/engine";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, launch } from "../../packages/web/scripts/chromium.js";
import { loadScenario } from "../support/scenarios.js";
import { axeViolations } from "./support/axe.js";
import { collectProblems, focused, guardedPage, type Problems, tabTo } from "./support/page.js";
import { canvasSpread, screenshotSpread } from "./support/screenshot.js";

const baseUrl = inject("baseUrl");
const NRC_FILE = "scenarios/2022-01-12-nato-russia-council.json";
const NRC = "shipped:nato-russia-council-2022-01-12";

/** What the keyboard-played game left behind, for the tests after it. */
const played = { fingerprint: "", link: "", overall: "", utilities: [] as string[] };

let browser: Browser;
let page: Page;
let problems: Problems;

beforeAll(async () => {
  browser = await launch();
  ({ page, problems } = await guardedPage(browser.context, baseUrl));
});

afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(screen: string): Promise<void> {
  expect(await axeViolations(page), `axe on the ${screen}`).toEqual([]);
}

async function expectNotBlank(name: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.waitForTimeout(300);
  expect(await screenshotSpread(page, `${name}-${width}`), `${name} at ${width} px`).toBeGreaterThan(20);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
}

describe("a game in the browser", () => {
  it("opens on the chooser, which is accessible and not blank at 390 and 1280 px", async () => {
    const response = await page.goto(baseUrl);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self'/);
    await page.getByRole("heading", { level: 1, name: "Choose a negotiation" }).waitFor();
    expect(await page.getByRole("radio").count()).toBeGreaterThanOrEqual(6);
    await expectAccessible("chooser");
    await expectNotBlank("choose", 390);
    await expectNotBlank("choose", 1280);
  });

  it("plays NATO at the NATO–Russia Council to the end by keyboard alone", async () => {
    // The chooser: pick the scenario with the arrow keys, then NATO among its delegations, type a seed.
    let f = await tabTo(page, (x) => x.tag === "input" && x.type === "radio");
    for (let i = 0; i < 6 && f.value !== NRC; i++) {
      await page.keyboard.press("ArrowRight");
      f = await focused(page);
    }
    expect(f.value).toBe(NRC);
    f = await tabTo(page, (x) => x.type === "radio" && x.value !== NRC && !x.value.startsWith("shipped:"));
    for (let i = 0; i < 4 && f.value !== "nato"; i++) {
      await page.keyboard.press("ArrowRight");
      f = await focused(page);
    }
    expect(f.value).toBe("nato");
    await tabTo(page, (x) => x.id === "seed");
    await page.keyboard.type("keyboard-2022");
    await tabTo(page, (x) => x.tag === "button" && x.text === "Start");
    await page.keyboard.press("Enter");

    // The brief.
    await page.getByRole("heading", { level: 1, name: "Your brief: NATO allies" }).waitFor();
    await expectAccessible("briefing");
    await tabTo(page, (x) => x.text === "Take your seat");
    await page.keyboard.press("Enter");

    // The table: once NATO has the floor, focus is on its first move.
    await page.getByRole("heading", { level: 2, name: "Your moves for NATO allies" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains("move"));
    expect(await canvasSpread(page)).toBeGreaterThan(10);
    await expectAccessible("table");
    await tabTo(page, (x) => x.id === "speed");
    await page.keyboard.press("End");
    expect((await focused(page)).value).toBe("instant");

    let turn = 0;
    for (; turn < 400; turn++) {
      const state = await page.waitForFunction(() => {
        if (document.querySelector("h1")?.textContent?.startsWith("The talks are over")) return "end";
        const active = document.activeElement;
        if (active?.classList.contains("move") && !(active as HTMLButtonElement).disabled) return "move";
        // After the player's move focus rests on the transcript; it comes back when the player has the floor.
        const first = document.querySelector<HTMLButtonElement>("button.move[tabindex='0']");
        if (
          first !== null &&
          !first.disabled &&
          active?.closest(".transcript, .moves-panel, .turn-bar") !== null
        )
          return "ready";
        return false;
      });
      const what = await state.jsonValue();
      if (what === "end") break;
      if (what === "ready") await tabTo(page, (x) => x.classes.includes("move"));
      if (turn === 3) {
        await expectNotBlank("table", 390);
        await expectNotBlank("table", 1280);
      }
      for (let k = 0; k < (turn * 3) % 5; k++) await page.keyboard.press("ArrowDown");
      if ((await focused(page)).text.includes("Walk out")) await page.keyboard.press("Home");
      await page.keyboard.press("Enter");
    }
    expect(turn).toBeGreaterThan(5);

    // The end: read what the page says happened.
    await page.getByRole("heading", { level: 1, name: /^The talks are over/ }).waitFor();
    await expectAccessible("end");
    await expectNotBlank("end", 1280);
    played.fingerprint = (await page.getByTestId("fingerprint").textContent()) ?? "";
    played.link = await page.getByRole("textbox", { name: "Replay link" }).inputValue();
    played.overall = (await page.locator(".verdict strong").first().textContent()) ?? "";
    played.utilities = await page.locator(".utilities tbody td:nth-child(2)").allTextContents();
    expect(played.fingerprint).toMatch(/^[0-9a-f]{8,}$/);
    expect(played.link).toContain("#replay=");

    await tabTo(page, (x) => x.text === "Review the game move by move");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /^Reviewing your game/ }).waitFor();
    await expectAccessible("review");
  });

  it("ends where the engine in Node ends for the same seed and moves", () => {
    const scenario = loadScenario(NRC_FILE);
    // The page's link is opened by the engine's own reader, here in Node.
    const state = openLink(scenario, played.link);
    if (!state.ok) throw new Error(state.error.message);
    expect(state.value.seed).toBe("keyboard-2022");
    expect(stateHash(state.value)).toBe(played.fingerprint);
    const result = outcome(state.value);
    const words = {
      agreement: "Agreement",
      "partial-agreement": "Partial agreement",
      "procedural-agreement": "Agreement on process only",
      "no-breakthrough": "No breakthrough",
      collapse: "Collapse",
    };
    expect(played.overall).toBe(words[result.overall]);
    expect(played.utilities).toEqual(
      scenario.actors.map((a) => `${Math.round((result.utilities[a.id] ?? 0) * 100)}%`),
    );
  });

  it("replays the game from its link to the same fingerprint", async () => {
    await page.goto(played.link);
    await page.getByRole("heading", { level: 1, name: /^A recorded game/ }).waitFor();
    await expect.poll(() => page.getByTestId("fingerprint").textContent()).toBe(played.fingerprint);
    await expect
      .poll(() => page.getByText(/^After move \d+ of \d+$/).textContent())
      .toMatch(/^After move (\d+) of \1$/);
  });

  it("had no console error, no policy violation, and sent nothing off the page's origin", async () => {
    expect(await collectProblems(page, problems)).toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      foreignRequests: [],
    });
  });
});
