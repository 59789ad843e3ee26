/**
 * @file A short fingerprint of parsed guidelines: equal guidelines (whatever the order of their keys or where they came
 * from) give equal prints, and a change of any value gives another. Coaching sessions keep it so that sessions checked
 * under different guidelines are never compared as if alike. Not a security hash: a 53-bit mix (cyrb53) of the
 * guidelines as JSON with sorted keys, as 14 hex digits.
 */

/** JSON with object keys in sorted order at every depth; undefined values are left out as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const prints = new WeakMap<object, string>();

/** The guidelines' fingerprint, computed once per parsed object. */
export function fingerprintOf(guidelines: object): string {
  let print = prints.get(guidelines);
  if (print === undefined) {
    print = cyrb53(canonicalJson(guidelines)).toString(16).padStart(14, '0');
    prints.set(guidelines, print);
  }
  return print;
}
