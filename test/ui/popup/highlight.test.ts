/** @file Evidence pieces: highlights from offsets, bad offsets tolerated, long text cut around the highlights. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlLabel, normalizeRanges, type Piece, piecesOf } from '../../../src/ui/popup/highlight';

const text = (pieces: Piece[]) => pieces.map((piece) => ('gap' in piece ? '…' : piece.text)).join('');
const marked = (pieces: Piece[]) => pieces.filter((piece) => !('gap' in piece) && piece.mark).map((piece) => (piece as { text: string }).text);

describe('normalizeRanges', () => {
  it('clamps, drops empty and reversed ranges, sorts and merges overlaps', () => {
    expect(normalizeRanges(10, [[8, 20], [-3, 2], [5, 5], [4, 3], [1, 4]])).toEqual([[0, 4], [8, 10]]);
  });
});

describe('piecesOf', () => {
  it('marks exactly the highlighted ranges of a short text', () => {
    const pieces = piecesOf('Head of Data at Brightwave', [[8, 12], [16, 26]]);
    expect(marked(pieces)).toEqual(['Data', 'Brightwave']);
    expect(text(pieces)).toBe('Head of Data at Brightwave');
  });

  it('returns the text as one plain piece without highlights', () => {
    expect(piecesOf('plain')).toEqual([{ text: 'plain', mark: false }]);
  });

  it('cuts a long text to windows around the highlights, with gaps', () => {
    const long = `${'a'.repeat(300)} SECRET ${'b'.repeat(300)}`;
    const start = long.indexOf('SECRET');
    const pieces = piecesOf(long, [[start, start + 6]], 280, 10);
    expect(marked(pieces)).toEqual(['SECRET']);
    expect(pieces[0]).toEqual({ gap: true });
    expect(pieces[pieces.length - 1]).toEqual({ gap: true });
    expect(text(pieces)).toBe(`…${'a'.repeat(9)} SECRET ${'b'.repeat(9)}…`);
  });

  it('keeps the beginning of a long text without highlights', () => {
    const pieces = piecesOf('x'.repeat(500), [], 100);
    expect(text(pieces)).toBe(`${'x'.repeat(100)}…`);
  });

  it('never splits an emoji at a cut', () => {
    const long = `${'a'.repeat(99)}😀${'a'.repeat(200)}`;
    const pieces = piecesOf(long, [], 100);
    expect(text(pieces)).toBe(`${'a'.repeat(99)}…`);
  });

  it('for any offsets: never throws, marks only text that is there, and keeps a short text whole', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(fc.tuple(fc.integer({ min: -50, max: 300 }), fc.integer({ min: -50, max: 300 }))),
        (value, ranges) => {
          const pieces = piecesOf(value, ranges);
          expect(text(pieces)).toBe(value);
          for (const mark of marked(pieces)) expect(value).toContain(mark);
        },
      ),
    );
  });

  it('cuts hidden bidi controls out as pieces of their own, so "txt.exe" written reversed shows its control', () => {
    const value = 'invoice \u202eexe.txt';
    expect(piecesOf(value, [[0, 7]])).toEqual([
      { text: 'invoice', mark: true },
      { text: ' ', mark: false },
      { text: '\u202e', mark: false, control: true },
      { text: 'exe.txt', mark: false },
    ]);
    // Every kind: embeddings and overrides, isolates, marks, the Arabic letter mark; inside a highlight too.
    const all = 'a\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061cb';
    const pieces = piecesOf(all, [[0, all.length]]);
    expect(pieces.filter((piece) => 'control' in piece && piece.control)).toHaveLength(11);
    expect(pieces.every((piece) => 'gap' in piece || piece.mark)).toBe(true);
    expect(controlLabel('\u202e')).toBe('<U+202E>');
    expect(controlLabel('\u061c')).toBe('<U+061C>');
  });
});
