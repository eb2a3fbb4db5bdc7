/** Offers `blob` as a file to download, named `name` (through a short-lived object address). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name's safe form of an id, a seed or a title. */
export function fileSlug(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-|-$/g, "") || "game";
}

/** The start of every file name a game's exports get: `parley-<scenario>-<seed>`. */
export function gameFileBase(scenarioId: string, seed: string): string {
  return `parley-${fileSlug(scenarioId)}-${fileSlug(seed)}`;
}
