import { readFileSync } from "node:fs";
import { parseScenarioJson } from "@parley/engine";
import type { Page, Response } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from "../../packages/web/config/csp.js";
import { type Browser, launch } from "../../packages/web/scripts/chromium.js";
import { repoPath } from "../support/scenarios.js";
import { collectProblems, guardedPage, NO_PROBLEMS, type Problems } from "./support/page.js";

const baseUrl = inject("baseUrl");

let browser: Browser;
let page: Page;
let problems: Problems;
let dialogs: string[];

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh page on an emptied origin (no save left by another test), opened at `address`. */
async function freshPage(address = baseUrl): Promise<Response | null> {
  ({ page, problems } = await guardedPage(browser.context, baseUrl));
  dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Storage.clearDataForOrigin", {
    origin: new URL(baseUrl).origin,
    storageTypes: "local_storage",
  });
  await cdp.detach();
  const response = await page.goto(address);
  await chooser();
  return response;
}

function chooser() {
  return page.getByRole("heading", { level: 1, name: "Choose a negotiation" }).waitFor();
}

/** Starts the NATO–Russia Council as NATO, at instant speed, and plays `moves` of NATO's moves by clicking. */
async function startAndPlay(moves: number): Promise<void> {
  await page.getByRole("radio", { name: /^Brussels, 12 January 2022/ }).check();
  await page.locator('input[type="radio"][value="nato"]').check();
  await page.getByRole("textbox", { name: "Seed (optional)" }).fill("resilience");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Take your seat" }).first().click();
  await page.getByRole("combobox", { name: "Speed" }).selectOption("instant");
  for (let i = 0; i < moves; i++) {
    const first = page.locator("button.move").first();
    await first.waitFor();
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("button.move")?.disabled);
    await page.locator("button.move").nth(1).click();
    await page.waitForFunction(
      (n) => (document.querySelectorAll(".transcript-lines li").length ?? 0) > n,
      i * 3,
    );
  }
  await page.locator("button.move").first().waitFor();
}

describe("the page when something is wrong or interrupted", () => {
  afterEach(async ({ task }) => {
    if (task.name.includes("Content-Security-Policy")) return;
    expect(await collectProblems(page, problems)).toEqual(NO_PROBLEMS);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("resumes a game after a reload, where it was", async () => {
    await freshPage();
    await startAndPlay(2);
    const before = await page.locator(".transcript-lines").innerText();
    await page.reload();
    await page.getByText("Welcome back: your game is where you left it.").waitFor();
    await page.locator("button.move").first().waitFor();
    expect(await page.locator(".transcript-lines").innerText()).toBe(before);
  });

  it("starts afresh with a message when the save is not a save", async () => {
    await freshPage();
    await page.evaluate(() => localStorage.setItem("parley.save", '{"app":"parley-web","version":1,'));
    await page.reload();
    await chooser();
    await expect
      .poll(() => page.getByRole("alert").innerText())
      .toMatch(/Your saved game could not be resumed\. The saved game is not readable/);
    expect(await page.evaluate(() => localStorage.getItem("parley.save"))).toBeNull();
  });

  it("starts afresh with a message when a save was edited", async () => {
    await freshPage();
    await startAndPlay(1);
    await page.evaluate(() => {
      const save = JSON.parse(localStorage.getItem("parley.save") ?? "{}");
      save.game = save.game.replace(/"hash":"[0-9a-f]+"/, '"hash":"0000000000000000"');
      localStorage.setItem("parley.save", JSON.stringify(save));
    });
    await page.reload();
    await chooser();
    await expect.poll(() => page.getByRole("alert").innerText()).toMatch(/could not be resumed.*checksum/s);
  });

  it("starts afresh with a message for a bad replay link, whatever is in it", async () => {
    // More kinds of bad link are refused in tests/web/adapter.test.ts; here, a malicious one and a damaged one.
    const links = [
      encodeURIComponent("<script>alert(1)</script><img src=x onerror=alert(2)>"),
      "2.nato-russia-council-2022-01-12.0000beef.s.0-1_zz",
    ];
    await freshPage();
    for (const code of links) {
      // From the open page only the hash changes: the page must notice and start again from the link.
      await Promise.all([page.waitForEvent("load"), page.goto(`${baseUrl}#replay=${code}`)]);
      await chooser();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.innerText(), `link '${code}'`).toMatch(/replay link.*Choose a game below instead/s);
      expect(await page.evaluate(() => location.hash)).toBe("");
      expect(await page.locator("b, img[src='x'], script:not([src])").count()).toBe(0);
    }
  });

  it("checks an opened scenario file in the page, listing every problem with its JSON path", async () => {
    await freshPage();
    const file = repoPath("tests/fixtures/broken/duplicate-actor-id.json");
    await page.getByLabel("Or open a scenario file (JSON)").setInputFiles(file);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const expected = parseScenarioJson(readFileSync(file, "utf8"));
    if (expected.ok) throw new Error("the fixture should be broken");
    const listed = await alert.locator("li").allInnerTexts();
    expect(listed).toEqual(expected.error.map((p) => `${p.path} ${p.message}`));
    expect(listed.length).toBeGreaterThan(0);

    await page
      .getByLabel("Or open a scenario file (JSON)")
      .setInputFiles(repoPath("tests/fixtures/harbour-talks.json"));
    await page.getByText(/harbour-talks\.json is a valid scenario/).waitFor();
    expect(await page.getByRole("radio", { name: "Harbour talks (test scenario)" }).isChecked()).toBe(true);
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("heading", { level: 1, name: /^Your brief:/ }).waitFor();
  });

  it("enforces its Content-Security-Policy in the page and in the worker", async () => {
    const response = await freshPage();
    const workerResponse = page.waitForResponse((r) => /\/assets\/worker-[^/]+\.js$/.test(r.url()));
    expect(response?.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(
      META_CONTENT_SECURITY_POLICY,
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/);
    // Code evaluated through the DevTools protocol may eval; a timer's callback runs as the page's own code.
    const attempt = (what: "eval" | "innerHTML") =>
      page.evaluate(
        (kind) =>
          new Promise<string>((resolve) =>
            setTimeout(() => {
              try {
                if (kind === "eval") resolve(String(new Function("return 'eval ran'")()));
                else {
                  document.body.innerHTML = "<b>injected</b>";
                  resolve("innerHTML took a string");
                }
              } catch (error) {
                resolve((error as Error).name);
              }
            }),
          ),
        what,
      );
    expect(await attempt("eval")).toBe("EvalError");
    expect(await attempt("innerHTML")).toBe("TypeError");

    await page.getByRole("button", { name: "Start" }).click();
    expect((await workerResponse).headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    const worker = page.workers()[0];
    expect(worker).toBeDefined();
    expect(
      await worker?.evaluate(
        () =>
          new Promise<string>((resolve) =>
            setTimeout(() => {
              try {
                resolve(String(new Function("return 'eval ran'")()));
              } catch (error) {
                resolve((error as Error).name);
              }
            }),
          ),
      ),
    ).toBe("EvalError");
    await page.close();
  });
});
