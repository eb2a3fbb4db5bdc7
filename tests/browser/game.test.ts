import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { debrief, deserialize, openLink, outcome, stateHash, transcript } from "@parley/engine";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { resultWords } from "../../packages/cli/src/format.js";
import { type Browser, launch } from "../../packages/web/scripts/chromium.js";
import { parley } from "../support/cli.js";
import { loadScenario } from "../support/scenarios.js";
import { axeViolations } from "./support/axe.js";
import { collectProblems, focused, guardedPage, NO_PROBLEMS, type Problems, tabTo } from "./support/page.js";
import { canvasSpread, screenshotSpread } from "./support/screenshot.js";

const baseUrl = inject("baseUrl");
const NRC_FILE = "scenarios/2022-01-12-nato-russia-council.json";
const NRC = "shipped:nato-russia-council-2022-01-12";

/** What the keyboard-played game left behind, for the tests after it. */
const played = {
  fingerprint: "",
  link: "",
  overall: "",
  utilities: [] as string[],
  meetings: [] as string[],
  epilogueSources: [] as string[],
  chartPoints: [] as number[],
  tableRows: [] as number[],
  tension: [] as string[],
  trust: [] as string[],
  tableUtility: [] as string[],
  markdown: "",
  save: "",
};

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
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // The outermost elements reaching past the right edge, to say what makes the page scroll sideways.
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && el.closest(".table-scroll") === null)
      .filter((el) => !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5);
    return { by: document.documentElement.scrollWidth - width, wide };
  });
  expect(
    overflow.by,
    `${name} at ${width} px scrolls sideways (${overflow.wide.join(", ")})`,
  ).toBeLessThanOrEqual(0);
}

/**
 * Plays the player's moves by keyboard (Enter on a move picked by the arrow keys) until the talks end;
 * `each` runs before each move. Returns the number of the player's turns.
 */
async function playByKeyboard(
  each: (turn: number) => Promise<void> = async () => {},
  pick = 3,
): Promise<number> {
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
    await each(turn);
    for (let k = 0; k < (turn * pick) % 5; k++) await page.keyboard.press("ArrowDown");
    if ((await focused(page)).text.includes("Walk out")) await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
  }
  return turn;
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

    const turn = await playByKeyboard(async (t) => {
      if (t === 3) {
        await expectNotBlank("table", 390);
        await expectNotBlank("table", 1280);
      }
    });
    expect(turn).toBeGreaterThan(5);

    // The end: read what the page says happened, with the charts drawn and their tables open.
    await page.getByRole("heading", { level: 1, name: /^The talks are over/ }).waitFor();
    await page.locator(".course .chart[data-points]").nth(1).waitFor();
    for (const summary of await page.locator(".course summary").all()) await summary.click();
    await expectAccessible("end");
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNotBlank("end", 1280);
    await expectNotBlank("end", 390);
    for (const width of [390, 1280]) {
      // The charts, kept as screenshots for people to look at; their canvases are drawn, not blank.
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => document.getElementById("debrief-course-h")?.scrollIntoView());
      await page.waitForTimeout(300);
      await screenshotSpread(page, `end-charts-${width}`);
      const spread = await canvasSpread(page, ".course .chart canvas");
      expect(spread, `the charts at ${width} px`).toBeGreaterThan(3);
    }
    played.fingerprint = (await page.getByTestId("fingerprint").textContent()) ?? "";
    played.link = await page.getByRole("textbox", { name: "Replay link" }).inputValue();
    played.overall = (await page.locator(".verdict strong").first().textContent()) ?? "";
    played.utilities = await page
      .locator(".utilities tbody tr")
      .evaluateAll((rows) =>
        rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "").join(" ")),
      );
    played.meetings = await page
      .locator(".debrief-meeting")
      .evaluateAll((sections) =>
        sections.map((m) => m.querySelector(".beside tbody td strong")?.textContent ?? "not held"),
      );
    played.epilogueSources = await page.locator(".epilogue cite").allTextContents();
    played.trust = await page.locator('[data-table="trust"] tbody tr td:nth-child(2)').allTextContents();
    // The utility chart's other reading: the best each party could have from the table.
    await page.getByLabel("Utility of", { exact: true }).selectOption("table");
    await page
      .getByText(/^Each party's utility of the best it could have/)
      .first()
      .waitFor();
    played.tableUtility = await page
      .locator('[data-table="utility"] tbody tr td:nth-child(2)')
      .allTextContents();
    await page.locator(".course .chart[data-points]").nth(2).waitFor();
    played.chartPoints = await page
      .locator(".course .chart")
      .evaluateAll((charts) => charts.map((c) => Number((c as HTMLElement).dataset.points)));
    played.tableRows = await page
      .locator(".course .course-table")
      .evaluateAll((tables) => tables.map((t) => t.querySelectorAll("tbody tr").length));
    played.tension = await page
      .locator(".course-table")
      .first()
      .locator("tbody tr td:nth-child(3)")
      .allTextContents();
    expect(played.fingerprint).toMatch(/^[0-9a-f]{8,}$/);
    expect(played.link).toContain("#replay=");

    // The exports: the transcript as Markdown and the engine's save, as downloads.
    for (const [button, key] of [
      ["Download the transcript (Markdown)", "markdown"],
      ["Download the save file", "save"],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: button }).click();
      const file = await (await download).path();
      played[key] = readFileSync(file, "utf8");
    }

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
    const made = debrief(state.value);
    if (!made.ok) throw new Error(made.error.message);
    const d = made.value;
    const words = {
      agreement: "Agreement",
      "partial-agreement": "Partial agreement",
      "procedural-agreement": "Agreement on process only",
      "no-breakthrough": "No breakthrough",
      collapse: "Collapse",
    };
    const pc = (x: number) => `${Math.round(x * 100)}%`;
    expect(played.overall).toBe(words[result.overall]);
    expect(played.overall).toBe(words[d.overall.game]);
    expect(played.meetings).toEqual(
      d.meetings.map((m) => (m.game === null ? "not held" : words[m.game.result])),
    );
    expect(played.utilities).toEqual(
      d.actors.map((a) =>
        [pc(a.utility), pc(a.statusQuo), pc(a.fallback), a.record === null ? "—" : pc(a.record)].join(" "),
      ),
    );
    expect(d.actors.map((a) => a.utility)).toEqual(scenario.actors.map((a) => result.utilities[a.id]));
    expect(played.epilogueSources).toEqual(d.epilogue.flatMap((e) => e.sources.map((x) => x.title)));
    // The charts: one point per move and the start, in the chart and in its table.
    const points = state.value.moveCount + 1;
    expect(d.course).toHaveLength(points);
    expect(played.chartPoints).toEqual([points, points, points]);
    expect(played.tableRows).toEqual([points, points, points]);
    expect(played.tension).toEqual(d.course.map((p) => String(p.tension)));
    // Trust between the first two parties, first towards second; the first party's utility of the table.
    const first = scenario.actors[0];
    if (first === undefined) throw new Error("the NRC has parties");
    expect(played.trust).toEqual(d.course.map((p) => String(p.trust[0]?.[1])));
    expect(played.tableUtility).toEqual(d.course.map((p) => pc(p.table[first.id] ?? Number.NaN)));
  });

  it("exports a save file that `parley replay --save` opens, to the same outcome", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-save-"));
    try {
      const file = join(dir, "game.parley.json");
      writeFileSync(file, played.save);
      const replayed = await parley(["replay", NRC_FILE, "--save", file]);
      expect(replayed.stderr).toBe("");
      expect(replayed.code).toBe(0);
      const saved = deserialize(loadScenario(NRC_FILE), played.save);
      if (!saved.ok) throw new Error(saved.error.message);
      expect(replayed.stdout).toContain(`Overall: ${resultWords(outcome(saved.value).overall)}`);
      // The same game as the page's replay link: the same transcript and report, line for line.
      const fromLink = await parley(["replay", NRC_FILE, "--link", played.link]);
      expect(fromLink.code).toBe(0);
      expect(replayed.stdout).toBe(fromLink.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exports the transcript as Markdown and a save the engine opens", () => {
    const scenario = loadScenario(NRC_FILE);
    const saved = deserialize(scenario, played.save);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(stateHash(saved.value)).toBe(played.fingerprint);
    const lines = transcript(saved.value).filter((l) => l.kind !== "meeting");
    expect(played.markdown).toContain(`# ${scenario.title}`);
    expect(played.markdown).toContain(played.fingerprint);
    expect(played.markdown.match(/^\d+\. \(\d+′\) /gm)).toHaveLength(lines.length);
    for (const track of scenario.tracks.filter((t) => lines.some((l) => l.track === t.id)))
      expect(played.markdown).toContain(`### ${track.title}`);
  });

  it("goes back from the review to play on from a move, keeping the first line beside the new one", async () => {
    // The page is reviewing the game played above, at its end; step back to move 4 and play on from there.
    const slider = page.getByRole("slider");
    await slider.focus();
    await page.keyboard.press("Home");
    for (let k = 0; k < 4; k++) await page.keyboard.press("ArrowRight");
    await page.getByText("After move 4 of").waitFor();
    await tabTo(page, (x) => x.text.startsWith("Play on from here"));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Your moves for NATO allies" }).waitFor();
    expect(await playByKeyboard(async () => {}, 2)).toBeGreaterThan(0);
    await page.getByRole("heading", { level: 2, name: "The lines you played" }).waitFor();
    const rows = await page
      .locator(".branches-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => (tr.querySelector("th")?.textContent ?? "").trim()));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^Line 1: \d+ moves$/);
    expect(await page.getByRole("link", { name: /^Replay line 1/ }).getAttribute("href")).toBe(played.link);
    await expectAccessible("end with two lines");
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
    expect(await collectProblems(page, problems)).toEqual(NO_PROBLEMS);
  });
});
