import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoPath } from "./support/scenarios.js";

/** Every name the engine exports from an entry point, with whether its declaration carries a TSDoc comment. */
function exportedDocs(entry: string): { name: string; documented: boolean }[] {
  const file = repoPath(entry);
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const documented =
      symbol.getDocumentationComment(checker).length > 0 ||
      (symbol.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
    return { name: exported.getName(), documented };
  });
}

describe("the public API is documented", () => {
  it.each(["packages/engine/src/index.ts", "packages/engine/src/testing/index.ts"])(
    "every export of %s has a TSDoc comment",
    (entry) => {
      const exports = exportedDocs(entry);
      expect(exports.length).toBeGreaterThan(5);
      expect(exports.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
    },
  );
});
