/** @file Builds large hostile texts for growth tests and benches: a head, a line repeated up to a size, a tail. */

/** Repeats `line(i)` after `head` until the text reaches `bytes` (ASCII, so characters are bytes), without going over. */
export function fill(bytes: number, head: string, line: (i: number) => string, tail = ''): string {
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; ; i += 1) {
    const next = line(i);
    if (size + next.length > bytes) break;
    parts.push(next);
    size += next.length;
  }
  parts.push(tail);
  return parts.join('');
}
