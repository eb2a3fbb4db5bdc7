import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXIT, EXIT_MEANINGS } from "../packages/cli/src/exit-codes.js";
import { parley } from "./support/cli.js";
import { repoPath } from "./support/scenarios.js";

/** The text of a markdown file from `heading` to the next heading of the same level. */
function section(file: string, heading: string): string {
  const text = readFileSync(repoPath(file), "utf8");
  const start = text.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`${file} has no heading '${heading}'`);
  const rest = text.slice(start + heading.length + 2);
  const level = heading.match(/^#+/)?.[0] ?? "##";
  const next = rest.search(new RegExp(`\\n${level} `));
  return next === -1 ? rest : rest.slice(0, next);
}

/** The cells of each row of the markdown tables in `text`, header and rule rows left out. */
function tableRows(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replaceAll("\\|", "|")),
    );
}

/** The exit-code table of a section as `code → meaning`, backticks dropped. */
function exitCodeTable(file: string, heading: string): Map<number, string> {
  const rows = tableRows(section(file, heading)).filter(([code]) => /^\d+$/.test(code ?? ""));
  return new Map(rows.map(([code, meaning]) => [Number(code), (meaning ?? "").replaceAll("`", "")]));
}

const documented = new Map(
  (Object.keys(EXIT) as (keyof typeof EXIT)[]).map((name) => [EXIT[name], EXIT_MEANINGS[name]]),
);

describe("the exit codes are documented where a person looks", () => {
  it("the README lists exactly the codes of exit-codes.ts, with their meanings", () => {
    expect(exitCodeTable("README.md", "## The command line")).toEqual(documented);
  });

  it("docs/cli.md lists exactly the codes of exit-codes.ts, with their meanings", () => {
    expect(exitCodeTable("docs/cli.md", "## Exit codes")).toEqual(documented);
  });

  it("`parley --help` lists every code with its meaning", async () => {
    const lines = (await parley(["--help"])).stdout.split("\n").map((line) => line.trim());
    for (const [code, meaning] of documented) expect(lines).toContain(`${code}  ${meaning}`);
  });
});

describe("docs/reliability.md names tests that exist", () => {
  const rows = tableRows(section("docs/reliability.md", "## The command line never crashes")).slice(1);

  it("has a row per promise, each naming at least one test file", () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const [, shownBy] of rows) expect(shownBy).toMatch(/tests\/cli[\w-]*\.test\.ts/);
  });

  it.each(rows.map((row) => [row[0] ?? "", row[1] ?? ""]))("%s", (_promise, shownBy) => {
    const files = [...shownBy.matchAll(/tests\/[\w-]+\.test\.ts/g)].map((m) => m[0]);
    for (const file of files) expect(existsSync(repoPath(file)), file).toBe(true);
    const sources = files.map((file) => readFileSync(repoPath(file), "utf8")).join("\n");
    // A quoted title may be cut short with "…"; each piece of it must be in one of the files.
    for (const [, title] of shownBy.matchAll(/"([^"]+)"/g)) {
      for (const piece of (title ?? "").split("…").filter((p) => p.trim() !== ""))
        expect(sources, `"${piece}" in ${files.join(", ")}`).toContain(piece.trim());
    }
  });
});
