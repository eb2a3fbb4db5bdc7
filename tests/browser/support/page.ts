import type { BrowserContext, Page } from "playwright-core";

/** What went wrong on a page that a player would never see: errors, policy violations, requests elsewhere. */
export interface Problems {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly cspViolations: string[];
  readonly foreignRequests: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Opens a page that records every console error (the worker's too), uncaught error, Content-Security-Policy
 * violation and request to another origin than `baseUrl`'s.
 */
export async function guardedPage(
  context: BrowserContext,
  baseUrl: string,
): Promise<{ page: Page; problems: Problems }> {
  const origin = new URL(baseUrl).origin;
  const problems: Problems = { consoleErrors: [], pageErrors: [], cspViolations: [], foreignRequests: [] };
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
    });
  });
  const onConsole = (kind: string) => (message: { type(): string; text(): string }) => {
    if (message.type() === "error") problems.consoleErrors.push(`${kind}: ${message.text()}`);
    if (/Content Security Policy|Trusted Type/i.test(message.text()))
      problems.cspViolations.push(message.text());
  };
  page.on("console", onConsole("page"));
  page.on("worker", (worker) => worker.on("console", onConsole("worker")));
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("blob:") && !url.startsWith("data:"))
      problems.foreignRequests.push(url);
  });
  return { page, problems };
}

/** No problem at all: what a page that works well leaves behind. */
export const NO_PROBLEMS: Problems = Object.freeze({
  consoleErrors: [],
  pageErrors: [],
  cspViolations: [],
  foreignRequests: [],
});

/** Every problem, the page's own CSP violation reports included, for one `expect(...).toEqual(...)`. */
export async function collectProblems(page: Page, problems: Problems): Promise<Problems> {
  const reported = page.isClosed()
    ? []
    : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
  return { ...problems, cspViolations: [...problems.cspViolations, ...reported] };
}

/** The focused element's tag, role, id, value and text, to steer the keyboard by. */
export interface Focused {
  readonly tag: string;
  readonly id: string;
  readonly type: string;
  readonly value: string;
  readonly text: string;
  readonly classes: string;
}

/** What has focus now. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement & { value?: string; type?: string };
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      type: el?.type ?? "",
      value: typeof el?.value === "string" ? el.value : "",
      text: (el?.textContent ?? "").trim().replace(/\s+/g, " "),
      classes: el?.className ?? "",
    };
  });
}

/** Presses Tab until `wanted` holds of the focused element (at most `limit` presses). */
export async function tabTo(page: Page, wanted: (f: Focused) => boolean, limit = 40): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (wanted(now)) return now;
  }
  throw new Error(`Tab never reached the element (last focus: ${JSON.stringify(await focused(page))})`);
}
