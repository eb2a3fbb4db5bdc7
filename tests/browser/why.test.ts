import {
  debriefFrontier,
  debriefZones,
  type GameState,
  replay,
  replayLink,
  type ScoredPackage,
  type ValidScenario,
} from "@parley/engine";
import { guidedPlay } from "@parley/engine/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Browser, launch } from "../../packages/web/scripts/chromium.js";
import { loadScenario } from "../support/scenarios.js";
import { axeViolations } from "./support/axe.js";
import { collectProblems, focused, guardedPage, type Problems, tabTo } from "./support/page.js";

/**
 * The debrief's "why it ended so" against the engine: a game of the security week is built in Node (guided
 * towards agreements, so that later meetings have something settled), opened in the page from its replay
 * link, and the page's zones and Pareto table are compared with what `debriefZones` and `debriefFrontier`
 * give in Node for the same game.
 */

const baseUrl = inject("baseUrl");
const week = loadScenario("scenarios/2022-01-security-week.json");

let browser: Browser;
let page: Page;
let problems: Problems;
let state: GameState;

function gameOf(scenario: ValidScenario): GameState {
  const play = guidedPlay(scenario, "1", []);
  const played = replay(scenario, { seed: play.seed, moves: play.moves });
  if (!played.ok) throw new Error(played.error.error.message);
  return played.value;
}

beforeAll(async () => {
  state = gameOf(week);
  browser = await launch();
  ({ page, problems } = await guardedPage(browser.context, baseUrl));
});

afterAll(async () => {
  await browser?.close();
});

const pct = (u: number) => `${(Math.round(u * 1000) / 10).toFixed(1)}%`;
/** As the page compares a utility with a reservation value: to a tenth of a percent, finer where needed. */
function below(u: number, r: number): string {
  for (const digits of [1, 2]) {
    const [a, b] = [(u * 100).toFixed(digits), (r * 100).toFixed(digits)];
    if (a !== b) return `${a}% < ${b}%`;
  }
  return `${(u * 100).toFixed(3)}% < ${(r * 100).toFixed(3)}%`;
}
const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);
const actorName = (id: string) => week.actors.find((a) => a.id === id)?.name ?? id;
const issueOf = (id: string) => week.issues.find((i) => i.id === id);
const label = (issue: string, option: string) =>
  issueOf(issue)?.options.find((o) => o.id === option)?.label ?? option;

/** The zones as the page should show them, worked out here from the engine's answer and the scenario. */
function expectedZones() {
  const zones = debriefZones(state);
  if (!zones.ok) throw new Error(zones.error.message);
  return zones.value.map((m) => ({
    track: m.track,
    rows: m.zones.map((z) => ({
      issue: issueOf(z.issue)?.title ?? z.issue,
      zone: z.zone.length > 0 ? z.zone.map((o) => label(z.issue, o)).join(", ") : "none: no option suits all",
      none: z.options.every((o) => o.inZone),
      out: z.options
        .filter((o) => !o.inZone)
        .map(
          (o) =>
            `${label(z.issue, o.option)}: ${o.excludedBy
              .map((x) => {
                if (x.kind === "reservation")
                  return `${possessive(actorName(x.actor))} reservation value: ${below(x.utility, x.reservation)}`;
                const line = week.redLines.find((r) => r.id === x.redLine);
                return `${possessive(actorName(line?.actor ?? ""))} red line on ${issueOf(line?.issue ?? "")?.title}`;
              })
              .join("; ")}`,
        ),
    })),
  }));
}

/** The Pareto points as the page should list them: kind and both utilities, in the engine's order. */
function expectedPoints(track: string, actors: [string, string]) {
  const view = debriefFrontier(state, { track, actors });
  if (!view.ok) throw new Error(view.error.message);
  const v = view.value;
  const at = (kind: string, u: Readonly<Record<string, number>>) => ({
    kind,
    x: u[actors[0]] ?? 0,
    y: u[actors[1]] ?? 0,
  });
  const scored = (kind: string) => (p: ScoredPackage) => at(kind, p.utilities);
  return [
    ...v.frontier.map(scored("frontier")),
    ...v.beyondRedLines.map(scored("beyond")),
    ...(v.nash.ok ? [at("nash", v.nash.value.utilities)] : []),
    ...(v.kalaiSmorodinsky.ok ? [at("ks", v.kalaiSmorodinsky.value.utilities)] : []),
    at("game", v.game.utilities),
    ...(v.record === null ? [] : [at("record", v.record.utilities)]),
    at("disagreement", v.disagreement),
  ];
}

/** The page's Pareto table once its caption names `caption` (the table may sit in a closed details). */
async function pagePoints(caption: string) {
  await page.locator(".why-points caption", { hasText: caption }).waitFor({ state: "attached" });
  return page.locator(".why-points tbody tr").evaluateAll((rows) =>
    rows.map((r) => {
      const d = (r as HTMLElement).dataset;
      const cells = [...r.querySelectorAll("td")].map((td) => td.textContent ?? "");
      return { kind: d.kind, x: Number(d.x), y: Number(d.y), shown: cells.slice(0, 2) };
    }),
  );
}

function expectSamePoints(
  shown: Awaited<ReturnType<typeof pagePoints>>,
  expected: ReturnType<typeof expectedPoints>,
) {
  expect(shown.map(({ kind, x, y }) => ({ kind, x, y }))).toEqual(expected);
  expect(shown.map((p) => p.shown)).toEqual(expected.map((p) => [pct(p.x), pct(p.y)]));
}

describe("the debrief's why it ended so", () => {
  it("shows the engine's zones of every meeting, and its Pareto view, accessibly", async () => {
    const link = replayLink(state);
    if (!link.ok) throw new Error(link.error.message);
    await page.goto(`${baseUrl}#replay=${link.value}`);
    await page.getByRole("heading", { level: 2, name: "Why it ended so" }).waitFor();
    await page.locator(".why-meeting").first().waitFor();
    const zones = await page.locator(".why-meeting").evaluateAll((sections) =>
      sections.map((s) => ({
        track: (s as HTMLElement).dataset.track,
        rows: [...s.querySelectorAll("tbody tr")].map((r) => ({
          issue: r.querySelector("th")?.textContent ?? "",
          zone: r.querySelector(".why-in")?.textContent ?? "",
          none: r.querySelector("td:last-child")?.textContent === "nothing",
          out: [...r.querySelectorAll(".why-out li")].map((li) => li.textContent ?? ""),
        })),
      })),
    );
    const expected = expectedZones();
    expect(zones).toEqual(expected);
    // The game agreed at Geneva, so some option somewhere is excluded by a red line or a reservation value.
    expect(expected.flatMap((m) => m.rows.flatMap((r) => r.out)).length).toBeGreaterThan(0);

    const first = week.tracks[0];
    const [a = "", b = ""] = first?.parties ?? first?.participants ?? [];
    expectSamePoints(await pagePoints(first?.title ?? ""), expectedPoints(first?.id ?? "", [a, b]));
    const drawn = await page.locator(".why-pareto .chart[data-points]").getAttribute("data-points");
    expect(Number(drawn), "every point of the table is drawn").toBe(
      await page.locator(".why-points tbody tr").count(),
    );
    await page.locator(".why-pareto summary").click();
    expect(await axeViolations(page), "axe on the debrief with the why section open").toEqual([]);

    // The chart's picture is titled by the meeting and the two parties, and saved as "…-pareto.png".
    const title = `${first?.title}: ${actorName(a)} and ${actorName(b)}`;
    const button = page.locator(".why").getByRole("button", { name: /^Download as PNG/ });
    expect(await button.textContent()).toBe(`Download as PNG: ${title}`);
    const download = page.waitForEvent("download");
    await button.click();
    expect((await download).suggestedFilename()).toMatch(/-pareto\.png$/);
  });

  it("follows the meeting and the parties chosen by keyboard", async () => {
    // The meeting: the NATO–Russia Council, chosen with the arrow keys on its select.
    const nrc = week.tracks.find((t) => t.id === "nato-russia-council");
    let f = await tabTo(page, (x) => x.tag === "select" && x.value === week.tracks[0]?.id, 400);
    for (let i = 0; i < 3 && f.value !== nrc?.id; i++) {
      await page.keyboard.press("ArrowDown");
      f = await focused(page);
    }
    expect(f.value).toBe(nrc?.id);
    const [first = "", second = ""] = nrc?.parties ?? nrc?.participants ?? [];
    expectSamePoints(await pagePoints(nrc?.title ?? ""), expectedPoints(nrc?.id ?? "", [first, second]));

    // The vertical axis: Russia, the third party.
    f = await tabTo(page, (x) => x.tag === "select" && x.value === second);
    await page.keyboard.press("End");
    expect((await focused(page)).value).toBe("russia");
    expectSamePoints(await pagePoints("and Russia"), expectedPoints(nrc?.id ?? "", [first, "russia"]));
    expect(await collectProblems(page, problems)).toEqual({
      consoleErrors: [],
      pageErrors: [],
      cspViolations: [],
      foreignRequests: [],
    });
  });
});
