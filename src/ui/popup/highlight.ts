/**
 * @file Cuts evidence text into plain and highlighted pieces from [start, end) offsets, and shortens long text to
 * windows around the highlights. Pieces are strings the view renders as text nodes and <mark> elements: page text
 * is never parsed as HTML. Bad offsets (out of range, reversed, overlapping) are clamped and merged, never thrown.
 * Hidden bidi controls become pieces of their own (`control`), which the view shows as a visible label such as
 * `<U+202E>` instead of the character, as code review tools do: "txt.exe" written reversed then reads as written.
 */

/** A piece of text (a `control` piece is one bidi control character, shown by its label), or a cut. */
export type Piece = { text: string; mark: boolean; control?: true } | { gap: true };

/**
 * Invisible characters that reorder what is shown: embeddings and overrides (U+202A-U+202E), isolates
 * (U+2066-U+2069), the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark (U+061C).
 * Finding them is the point of this pattern.
 */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** How a bidi control is shown: `<U+202E>`. */
export function controlLabel(char: string): string {
  return `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** Pushes a text piece, split around bidi controls (each its own `control` piece). */
function pushText(pieces: Piece[], text: string, mark: boolean): void {
  let at = 0;
  for (const found of text.matchAll(BIDI_CONTROL)) {
    if (found.index > at) pieces.push({ text: text.slice(at, found.index), mark });
    pieces.push({ text: found[0], mark, control: true });
    at = found.index + 1;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark });
}

/** Sorted, clamped, non-empty, non-overlapping ranges. */
export function normalizeRanges(length: number, ranges: readonly (readonly [number, number])[] = []): [number, number][] {
  const clean = ranges
    .map(([a, b]) => [Math.max(0, Math.min(length, Math.trunc(a))), Math.max(0, Math.min(length, Math.trunc(b)))] as [number, number])
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a < b)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const range of clean) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Moves a cut off a surrogate pair's second half, so no emoji is split in two. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/**
 * Text as pieces. Text longer than `maxLength` keeps `context` characters around each highlight (or its
 * beginning when nothing is highlighted), with gaps where it was cut.
 */
export function piecesOf(
  text: string,
  highlights?: readonly (readonly [number, number])[],
  maxLength = 280,
  context = 60,
): Piece[] {
  const ranges = normalizeRanges(text.length, highlights);
  let windows: [number, number][];
  if (text.length <= maxLength) windows = [[0, text.length]];
  else if (ranges.length === 0) windows = [[0, safeCut(text, maxLength)]];
  else {
    windows = normalizeRanges(
      text.length,
      ranges.map(([a, b]) => [safeCut(text, Math.max(0, a - context)), safeCut(text, Math.min(text.length, b + context))]),
    );
  }

  const pieces: Piece[] = [];
  for (const [from, to] of windows) {
    if (from > 0) pieces.push({ gap: true });
    let at = from;
    for (const [a, b] of ranges) {
      if (b <= from || a >= to) continue;
      const start = Math.max(a, from);
      const end = Math.min(b, to);
      if (start > at) pushText(pieces, text.slice(at, start), false);
      pushText(pieces, text.slice(start, end), true);
      at = end;
    }
    if (at < to) pushText(pieces, text.slice(at, to), false);
  }
  const last = windows[windows.length - 1];
  if (last && last[1] < text.length) pieces.push({ gap: true });
  return pieces;
}
