import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launch } from "./chromium.js";
import { serveScratchBuild } from "./scratch.js";

/**
 * `npm run bench:web`: the browser game's weight and speed, in Debian's Chromium (headless).
 *
 * - JavaScript of the first page, and of everything the table loads (the worker included), gzipped.
 * - When the chooser is interactive; how long the table takes to appear after "Take your seat".
 * - The page's own work per animation frame while the bots' moves animate (its code and PixiJS's render
 *   call, timed with performance.now() around them when the page runs with `?measure`), and long animation
 *   frames after the table is first drawn.
 */

const TARGETS = { firstPageKb: 150, tableKb: 300, tableMs: 1000, frameP95Ms: 8 };
const RUNS = Number(process.env.PARLEY_WEB_RUNS ?? 5);

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Records the gzipped size of every script the page loads, by address. */
function recordScripts(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!type.includes("javascript")) return;
    try {
      sizes.set(new URL(response.url()).pathname, gzipSync(await response.body()).length);
    } catch {
      // A response whose body is gone (a navigation away) is not part of what is measured.
    }
  });
  return sizes;
}

async function mark(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 30_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name);
}

async function openTable(page: Page, seat: string): Promise<void> {
  await page.getByRole("radio", { name: /^Brussels, 12 January 2022/ }).check();
  await page.getByRole("radio", { name: seat, exact: true }).check();
  await page.getByRole("textbox", { name: "Seed (optional)" }).fill("bench-web");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Take your seat" }).first().click();
  await mark(page, "parley:table-drawn");
}

interface Run {
  chooserMs: number;
  tableMs: number;
  firstPage: number;
  table: number;
  renderer: string;
  scripts: Map<string, number>;
}

async function loadRun(baseUrl: string): Promise<Run> {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    const scripts = recordScripts(page);
    await page.goto(baseUrl);
    const chooserMs = await mark(page, "parley:chooser-ready");
    await page.waitForLoadState("networkidle");
    const firstPage = [...scripts.values()].reduce((a, b) => a + b, 0);
    await openTable(page, "NATO allies");
    await page.waitForLoadState("networkidle");
    const tableMs = (await mark(page, "parley:table-drawn")) - (await mark(page, "parley:take-seat"));
    const renderer = (await page.locator(".table-canvas").getAttribute("data-renderer")) ?? "?";
    const table = [...scripts.values()].reduce((a, b) => a + b, 0);
    return { chooserMs, tableMs, firstPage, table, renderer, scripts };
  } finally {
    await browser.close();
  }
}

/** A long animation frame: when, how long, its scripts' time, its style-and-layout time, its longest script. */
interface LongFrame {
  start: number;
  duration: number;
  scripts: number;
  layout: number;
  top: string;
}

async function frameRun(baseUrl: string, frameCount: number) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const frames: LongFrame[] = [];
      (globalThis as unknown as { __loaf: LongFrame[] }).__loaf = frames;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // The API reports scripts of 5 ms or more, with what invoked them, and when style and layout began.
          const e = entry as PerformanceEntry & {
            scripts?: { duration: number; invoker: string; sourceFunctionName: string }[];
            styleAndLayoutStart?: number;
          };
          const scripts = e.scripts ?? [];
          const top = [...scripts].sort((a, b) => b.duration - a.duration)[0];
          frames.push({
            start: e.startTime,
            duration: e.duration,
            scripts: scripts.reduce((sum, x) => sum + x.duration, 0),
            layout:
              e.styleAndLayoutStart === undefined ? 0 : e.startTime + e.duration - e.styleAndLayoutStart,
            top:
              top === undefined
                ? ""
                : `${top.invoker} ${top.sourceFunctionName} ${top.duration.toFixed(0)} ms`,
          });
        }
      }).observe({ type: "long-animation-frame", buffered: true });
    });
    await page.goto(`${baseUrl}?measure`);
    // The player is Russia, who speaks last: NATO's and the United States' bots animate in between.
    await openTable(page, "Russia");
    const drawn = await mark(page, "parley:table-drawn");
    await page.getByRole("combobox", { name: "Speed" }).selectOption("normal");
    // Play Russia's turns at once (passing where it can) and let the bots' moves animate, until enough frames
    // are measured or the talks end.
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const measured = await page.evaluate(() => performance.getEntriesByName("parley:frame").length);
      if (measured >= frameCount) break;
      if ((await page.getByRole("heading", { level: 1, name: /^The talks are over/ }).count()) > 0) break;
      const pass = page.locator("button.move:not([disabled])", { hasText: /^\d?\s*Pass/ });
      const any = page.locator("button.move:not([disabled])");
      if ((await pass.count()) > 0)
        await pass
          .first()
          .click({ timeout: 2000 })
          .catch(() => undefined);
      else if ((await any.count()) > 0)
        await any
          .first()
          .click({ timeout: 2000 })
          .catch(() => undefined);
      else await page.waitForTimeout(100);
    }
    // Every frame after the table's first draw: the moves' redraws and the animation frames between them.
    const after = (name: string) =>
      page.evaluate(
        ([n, t]) =>
          performance
            .getEntriesByName(n as string)
            .filter((e) => e.startTime > (t as number))
            .map((e) => e.duration),
        [name, drawn] as const,
      );
    const frames = await after("parley:frame");
    const renders = await after("parley:render");
    const loaf = await page.evaluate(() => (globalThis as unknown as { __loaf: LongFrame[] }).__loaf);
    const long = loaf.filter((f) => f.start > drawn);
    return { frames, renders, long };
  } finally {
    await browser.close();
  }
}

const server = await serveScratchBuild("parley-web-bench-");
try {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadRun(server.url));
  const last = runs[runs.length - 1];
  const frames = await frameRun(server.url, 400);
  const lines = [
    `Parley web bench: Chromium ${process.env.PARLEY_CHROMIUM ?? "/usr/bin/chromium"} headless, ${RUNS} loads, renderer ${last?.renderer}`,
    `${cpus()[0]?.model ?? "?"}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the end, ${new Date().toISOString()}`,
    "",
    "JavaScript, gzipped",
    `  first page (the chooser)           ${kb(last?.firstPage ?? 0).padStart(9)}   target ≤ ${TARGETS.firstPageKb} KB`,
    `  everything up to the table         ${kb(last?.table ?? 0).padStart(9)}   target ≤ ${TARGETS.tableKb} KB (worker included)`,
    ...[...(last?.scripts ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .map(([name, size]) => `    ${name.padEnd(44)} ${kb(size).padStart(9)}`),
    "",
    "Time (median of the loads; max in brackets)",
    `  chooser interactive                ${ms(
      quantile(
        runs.map((r) => r.chooserMs),
        0.5,
      ),
    ).padStart(9)}   (${ms(Math.max(...runs.map((r) => r.chooserMs)))})`,
    `  "Take your seat" to table drawn    ${ms(
      quantile(
        runs.map((r) => r.tableMs),
        0.5,
      ),
    ).padStart(9)}   (${ms(Math.max(...runs.map((r) => r.tableMs)))})   target ≤ ${TARGETS.tableMs} ms`,
    "",
    `Frames after the first draw, while the bots' moves animate (${frames.frames.length} frames)`,
    `  page's work per frame, p50          ${ms(quantile(frames.frames, 0.5)).padStart(9)}`,
    `  page's work per frame, p95          ${ms(quantile(frames.frames, 0.95)).padStart(9)}   target < ${TARGETS.frameP95Ms} ms`,
    `  page's work per frame, max          ${ms(Math.max(...frames.frames)).padStart(9)}`,
    `  of which PixiJS's render call, p95  ${ms(quantile(frames.renders, 0.95)).padStart(9)}`,
    `  long animation frames (over 50 ms) after the first draw: ${frames.long.length}${
      frames.long.length > 0
        ? ` (longest ${ms(Math.max(...frames.long.map((f) => f.duration)))}; scripts in them at most ${ms(Math.max(...frames.long.map((f) => f.scripts)))})`
        : ""
    }`,
    ...[...frames.long]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 5)
      .map(
        (f) =>
          `    ${ms(f.duration)}: scripts ${ms(f.scripts)}, style and layout ${ms(f.layout)}; longest script: ${f.top}`,
      ),
  ];
  console.log(lines.join("\n"));
} finally {
  await server.close();
}
