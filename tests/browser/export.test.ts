import { readFileSync } from "node:fs";
import { deserialize, gameMoves, type Move, replay, stateHash } from "@parley/engine";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, launch } from "../../packages/web/scripts/chromium.js";
import { loadScenario } from "../support/scenarios.js";
import { Engine, NRC, nrcSetup, playOut } from "../web/support.js";
import { axeViolations } from "./support/axe.js";
import { collectProblems, guardedPage, NO_PROBLEMS, type Problems } from "./support/page.js";

/**
 * The debrief's what-if and exports in the browser: each chart as a PNG, going back from a line of the end
 * screen's transcript (checked against the engine in Node), and the earlier lines kept across a reload. The
 * page opens a game finished in Node (its save put into the page's storage) rather than playing one.
 */

const baseUrl = inject("baseUrl");
const NRC_FILE = "scenarios/2022-01-12-nato-russia-council.json";
const SEED = "export-2022";

let browser: Browser;
let page: Page;
let problems: Problems;

/** The finished game the page opens, as the web adapter saves it, and its moves. */
const engine = new Engine();
const played = playOut(
  engine,
  engine.snapshot({ type: "start", setup: nrcSetup(SEED) }),
  (n, t) => (t * 5) % n,
);
const finished = played[played.length - 1];
if (finished?.end == null) throw new Error("the game played in Node did not end");
const scenario = loadScenario(NRC_FILE);

/** The engine's save inside the page's save envelope. */
function engineSave(webSave: string): { moves: string[]; hash: string; text: string } {
  const text = (JSON.parse(webSave) as { game: string }).game;
  const save = JSON.parse(text) as { moves: string; hash: string };
  return { moves: save.moves === "" ? [] : save.moves.split("_"), hash: save.hash, text };
}

function movesOf(webSave: string): Move[] {
  const state = deserialize(scenario, engineSave(webSave).text);
  if (!state.ok) throw new Error(state.error.message);
  return gameMoves(state.value);
}

const original = movesOf(finished.save);
// Go back to just before one of NATO's moves (after the opening), so that the player has the floor at once.
const k = original.findIndex((m, i) => i >= 4 && m.actor === "nato");

const pageSave = () => page.evaluate(() => localStorage.getItem("parley.save") ?? "");

/** Opens the page on `save` (and, when given, a stored list of earlier lines), at instant speed. */
async function openSave(save: string, branches?: string): Promise<void> {
  await page.evaluate(
    ([s, b]) => {
      localStorage.setItem("parley.save", s ?? "");
      localStorage.setItem("parley.speed", "instant");
      if (b !== undefined) localStorage.setItem("parley.branches", b);
    },
    [save, branches] as const,
  );
  await page.goto(baseUrl);
}

/** The standard deviation of brightness of rows [from, to) of a PNG: near 0 where nothing is drawn. */
function spread(png: PNG, from: number, to: number): number {
  let sum = 0;
  let squares = 0;
  let n = 0;
  for (let y = from; y < to; y++)
    for (let x = 0; x < png.width; x++) {
      const o = (y * png.width + x) * 4;
      const v =
        0.2126 * (png.data[o] ?? 0) + 0.7152 * (png.data[o + 1] ?? 0) + 0.0722 * (png.data[o + 2] ?? 0);
      sum += v;
      squares += v * v;
      n++;
    }
  const mean = sum / Math.max(1, n);
  return Math.sqrt(Math.max(0, squares / Math.max(1, n) - mean * mean));
}

beforeAll(async () => {
  browser = await launch();
  ({ page, problems } = await guardedPage(browser.context, baseUrl));
  // Any address of the page's origin gives its storage; this one does not start the app.
  await page.goto(new URL("/storage-only", baseUrl).href);
});

afterAll(async () => {
  await browser?.close();
});

describe("the debrief's what-if and exports", () => {
  it("saves each chart as a PNG of at least its size, with its title and legend above the plot", async () => {
    await openSave(finished.save);
    await page.getByRole("heading", { level: 1, name: /^The talks are over/ }).waitFor();
    // The three charts of "Over time", each drawn.
    await page.locator(".course .chart[data-points]").nth(2).waitFor();
    const charts = await page
      .locator(".course .chart")
      .evaluateAll((els) => els.map((el) => ({ width: el.clientWidth, height: el.clientHeight })));
    expect(charts).toHaveLength(3);
    const buttons = page.locator(".course").getByRole("button", { name: /^Download as PNG/ });
    expect(await buttons.count()).toBe(charts.length);
    const names: string[] = [];
    for (let c = 0; c < charts.length; c++) {
      const download = page.waitForEvent("download");
      await buttons.nth(c).click();
      const file = await download;
      names.push(file.suggestedFilename());
      const png = PNG.sync.read(readFileSync(await file.path()));
      const chart = charts[c] ?? { width: 0, height: 0 };
      expect(png.width).toBeGreaterThanOrEqual(chart.width);
      expect(png.height).toBeGreaterThan(chart.height);
      // The plot (the bottom part) and the title and legend above it are drawn, not left blank.
      const plotTop = png.height - chart.height;
      expect(spread(png, plotTop, png.height), `the plot of chart ${c + 1}`).toBeGreaterThan(5);
      expect(spread(png, 0, plotTop), `the title and legend of chart ${c + 1}`).toBeGreaterThan(5);
    }
    expect(names).toEqual([
      `parley-${NRC}-${SEED}-tension-cohesion.png`,
      `parley-${NRC}-${SEED}-utilities.png`,
      `parley-${NRC}-${SEED}-trust.png`,
    ]);
  });

  it("goes back from a move's line of the transcript; the new line is the engine's in Node", async () => {
    expect(k).toBeGreaterThan(0);
    await page.getByText("The transcript: play on from any move").click();
    await page.getByRole("button", { name: `Play on from here (after move ${k})`, exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Your moves for NATO allies" }).waitFor();
    expect(engineSave(await pageSave()).moves).toHaveLength(k);
    // Two new moves of the player's (the last on offer), each answered by the bots.
    for (let turn = 0; turn < 2; turn++) {
      const before = engineSave(await pageSave()).moves.length;
      await page.locator("button.move:not([disabled])").last().click();
      await page.waitForFunction((n) => {
        const save = JSON.parse(localStorage.getItem("parley.save") ?? "{}");
        const moves = (JSON.parse(save.game ?? "{}").moves ?? "").split("_").length;
        return moves > n && document.querySelector("button.move:not([disabled])") !== null;
      }, before);
    }
    const save = await pageSave();
    const line = engineSave(save);
    const now = movesOf(save);
    expect(now.length).toBeGreaterThanOrEqual(k + 2);
    expect(line.moves.slice(0, k)).toEqual(engineSave(finished.save).moves.slice(0, k));
    const inNode = replay(scenario, { seed: SEED, moves: [...original.slice(0, k), ...now.slice(k)] });
    if (!inNode.ok) throw new Error(JSON.stringify(inNode.error));
    expect(stateHash(inNode.value)).toBe(line.hash);
  });

  it("keeps the earlier lines across a reload, forgets them on request, and drops an unreadable list with a message", async () => {
    // Finish this line in Node (the same game) and reload the page on it: the list the page kept is back.
    const resumed = new Engine();
    const rest = playOut(resumed, resumed.snapshot({ type: "resume", save: await pageSave() }), () => 0);
    const end = rest[rest.length - 1];
    if (end?.end == null) throw new Error("the line did not end in Node");
    await openSave(end.save);
    await page.getByRole("heading", { level: 2, name: "The lines you played" }).waitFor();
    const rows = await page
      .locator(".branches-table tbody th")
      .evaluateAll((ths) => ths.map((th) => (th.textContent ?? "").trim()));
    expect(rows).toEqual([
      `Line 1: ${original.length} moves`,
      `This line: ${end.end.moveCount} moves, from move ${k}`,
    ]);
    await page.getByText("The transcript: play on from any move").click();
    expect(await axeViolations(page), "axe on the end screen with two lines and the transcript open").toEqual(
      [],
    );

    // Forgetting them: gone from the page and from storage.
    await page.getByRole("button", { name: "Forget the earlier lines" }).click();
    await page.getByText("The earlier lines of this game are forgotten.").waitFor();
    expect(await page.getByRole("heading", { name: "The lines you played" }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem("parley.branches"))).toBeNull();

    // A list damaged in storage: a message, the debrief as ever, and the list gone.
    await openSave(end.save, '{"version":1,"game":');
    await page.getByText(/The earlier lines you played could not be kept/).waitFor();
    await page.getByRole("heading", { level: 2, name: "Over time" }).waitFor();
    expect(await page.getByRole("heading", { name: "The lines you played" }).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem("parley.branches"))).toBeNull();
  });

  it("had no console error, no policy violation, and sent nothing off the page's origin", async () => {
    expect(await collectProblems(page, problems)).toEqual(NO_PROBLEMS);
  });
});
