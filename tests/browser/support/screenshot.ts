import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";

const dir = fileURLToPath(new URL("../../../test-results/browser/", import.meta.url));

/** The standard deviation of a PNG's pixel brightness: near 0 for a blank image. */
function spreadOf(png: Buffer): number {
  const image = PNG.sync.read(png);
  let sum = 0;
  let squares = 0;
  const n = image.width * image.height;
  for (let i = 0; i < n; i++) {
    const o = i * 4;
    const y =
      0.2126 * (image.data[o] ?? 0) + 0.7152 * (image.data[o + 1] ?? 0) + 0.0722 * (image.data[o + 2] ?? 0);
    sum += y;
    squares += y * y;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, squares / n - mean * mean));
}

/**
 * Takes a screenshot (kept in test-results/browser/ for people to look at) and returns the spread of its
 * brightness (see {@link spreadOf}).
 */
export async function screenshotSpread(page: Page, name: string, fullPage = false): Promise<number> {
  const png = await page.screenshot({ fullPage });
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}.png`, png);
  return spreadOf(png);
}

/** The spread of brightness of the first element `selector` finds (the table's canvas by default). */
export async function canvasSpread(page: Page, selector = ".table-canvas canvas"): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) return 0;
  return spreadOf(await page.screenshot({ clip: box }));
}
