/**
 * @file The one way the command-line tools print: text that may come from a saved page, a guidelines file or a file
 * name is made safe for a terminal first, its control characters (C0 but tab and newline, DEL, C1) and bidi
 * overrides, isolates and marks shown as visible escapes (`\x1b`, `\u202e`), so a page cannot set the window title, clear
 * the screen, write the clipboard (OSC 52) or reorder what is shown. It does not change printable text.
 */

// C0 but tab and newline, DEL, C1 (U+009B is an 8-bit CSI), bidi embeddings/overrides (U+202A-U+202E), isolates
// (U+2066-U+2069) and marks (U+200E, U+200F, U+061C). Finding control characters is the point of these patterns.
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// JSON.stringify already escapes C0 (and its own newlines are structure): DEL, C1 and bidi are left.
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

/** `\x1b` for a control character, `\u202e` for a bidi control: visible, and as a JavaScript string would write it. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/** JSON text with DEL, C1 and bidi characters written as `\u00XX` / `\u202e` escapes: still valid, and equal once parsed. */
export function jsonSafe(json: string): string {
  return json.replace(JSON_UNSAFE, (char) => `\\u${hex(char.charCodeAt(0), 4)}`);
}

/** Prints a line on standard output, made safe for a terminal. */
export function print(text: string): void {
  console.log(terminalSafe(text));
}

/** Prints a line on standard error, made safe for a terminal. */
export function printError(text: string): void {
  console.error(terminalSafe(text));
}
