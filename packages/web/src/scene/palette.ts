/**
 * The room's colours: dark wood and paper, brass for what is lit, a muted red for what is at risk. Colour is
 * never the only signal: every state also has a shape or words (see scene.ts and the side panel).
 */
export const PALETTE = {
  roomCalm: 0x1d1510,
  roomStrained: 0x3a1914,
  lamp: 0xf3d8a1,
  wood: 0x5a3b24,
  woodRim: 0x7b5534,
  inlay: 0x9a7750,
  paper: 0xf1e8d5,
  paperEdge: 0xc8b999,
  paperDim: 0xb9ae97,
  ink: 0x21180f,
  inkSoft: 0x5c4a36,
  brass: 0xd2ad55,
  risk: 0xb34a33,
  agreed: 0x6f9a6a,
  thread: 0xe2d2a8,
  text: 0xf1e8d5,
  textSoft: 0xc9b996,
} as const;

/** Mixes two colours: `t` 0 gives `a`, 1 gives `b`. */
export function mix(a: number, b: number, t: number): number {
  const k = Math.max(0, Math.min(1, t));
  const channel = (shift: number) => {
    const x = (a >> shift) & 0xff;
    const y = (b >> shift) & 0xff;
    return Math.round(x + (y - x) * k) << shift;
  };
  return channel(16) | channel(8) | channel(0);
}

/** The serif the room is set in: fonts every platform has, no downloads. */
export const SERIF =
  '"Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, "DejaVu Serif", serif';
