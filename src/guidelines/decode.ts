/**
 * @file Turns the bytes of a guidelines file into text, or into an error that says how the file was saved: UTF-16
 * ("save it as UTF-8") or some other encoding such as Latin-1 (whose accents would otherwise turn into �, so that
 * "résumé" could never match). Used by the command line and the options page's import; it parses nothing.
 */
import { type GuidelinesMessage, message } from './messages';
import { fileError, type GuidelinesError, sizeError } from './parse';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: GuidelinesError };

const fail = (text: GuidelinesMessage, line: number | null = null): DecodeResult => ({ ok: false, error: fileError(text, line) });

/** 1-based line of a byte offset: line breaks are single bytes in UTF-8 and in every ASCII-compatible encoding. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte: length and the allowed range of the second byte (no overlongs, no surrogates, nothing past U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
      if (byte === 0xe0) low = 0xa0;
      if (byte === 0xed) high = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
      if (byte === 0xf0) low = 0x90;
      if (byte === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** UTF-16 without a byte order mark: ASCII text then has a NUL byte beside every character. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 200);
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul += 1;
  return sample.length >= 2 && nul * 4 >= sample.length;
}

const UTF16 = message('savedAsUtf16');

/** Decodes a guidelines file: UTF-8, with or without a byte order mark; anything else is an error saying what to do. */
export function decodeGuidelinesBytes(bytes: Uint8Array): DecodeResult {
  const tooBig = sizeError(bytes.length);
  if (tooBig) return { ok: false, error: tooBig };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail(UTF16);
  if (looksLikeUtf16(bytes)) return fail(UTF16);
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    return fail(message('notUtf8'), lineAt(bytes, invalid));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(message('nulByte'), lineAt(bytes, nul));
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}
