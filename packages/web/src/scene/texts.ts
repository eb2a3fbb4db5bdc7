import { type Container, Text, type TextStyleOptions } from "pixi.js";

/**
 * Text objects kept between redraws, by slot. Rendering a text to a texture is the costly part of a redraw;
 * a slot whose words and style have not changed keeps its texture, so a move redraws only what it changed.
 */
export class TextPool {
  private readonly live = new Map<string, { text: Text; style: string }>();
  private readonly used = new Set<string>();

  /** Starts a redraw. */
  begin(): void {
    this.used.clear();
  }

  /** The text of a slot, with these words and this style, added to `parent`. */
  put(slot: string, words: string, style: TextStyleOptions, parent: Container): Text {
    const signature = JSON.stringify(style);
    let entry = this.live.get(slot);
    if (entry === undefined) {
      entry = { text: new Text({ text: words, style }), style: signature };
      this.live.set(slot, entry);
    } else {
      if (entry.text.text !== words) entry.text.text = words;
      if (entry.style !== signature) {
        entry.text.style = style;
        entry.style = signature;
      }
    }
    this.used.add(slot);
    parent.addChild(entry.text);
    return entry.text;
  }

  /** Ends a redraw: texts no slot asked for are destroyed. */
  end(): void {
    for (const [slot, entry] of this.live) {
      if (!this.used.has(slot)) {
        entry.text.destroy();
        this.live.delete(slot);
      }
    }
  }

  /** Destroys every text. */
  destroy(): void {
    for (const entry of this.live.values()) entry.text.destroy();
    this.live.clear();
  }
}
