/** @file Tests for the shared DOM helpers: text normalisation, reading text once, safe queries, strategies, URLs. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, firstMatch, isEmoji, isHidden, normalizeText, q, qa, readText } from '../../src/extract/dom';
import { readXText } from '../../src/extract/x/profile';
import { MAX_ANY_TEXT } from '../../src/snapshot/limits';

/** A detached element built from markup, as the readers see pages parsed by DOMParser. */
function html(markup: string): Element {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><body><div id="root">${markup}</div></body></html>`,
    'text/html',
  );
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
}

describe('normalizeText', () => {
  it('collapses runs of whitespace, tabs and newlines to one space and trims', () => {
    expect(normalizeText('  Product \n\t  Manager  ')).toBe('Product Manager');
  });

  it('collapses no-break spaces (U+00A0, U+202F, U+2007) like spaces', () => {
    expect(normalizeText('3\u202F210\u00A0relations\u2007ok')).toBe('3 210 relations ok');
  });

  it('removes zero-width spaces, word joiners, BOMs and soft hyphens', () => {
    expect(normalizeText('Ann\u200B Smith\u2060\uFEFF co\u00ADordinator')).toBe('Ann Smith coordinator');
  });

  it('keeps zero-width joiners so emoji sequences stay whole (👩‍💻)', () => {
    const coder = '👩\u200D💻';
    expect(normalizeText(` Dev ${coder} `)).toBe(`Dev ${coder}`);
    expect([...normalizeText(coder)]).toHaveLength(3);
  });

  it('keeps right-to-left text and its marks as they are', () => {
    expect(normalizeText('  مهندسة برمجيات  ')).toBe('مهندسة برمجيات');
    expect(normalizeText('מפתחת\u00A0תוכנה')).toBe('מפתחת תוכנה');
  });

  it('gives an empty string for whitespace only', () => {
    expect(normalizeText(' \u00A0\u200B\n')).toBe('');
  });
});

describe('readText', () => {
  it('reads LinkedIn double text once (aria-hidden copy, visually-hidden copy skipped)', () => {
    const el = html('<h2><span aria-hidden="true">About</span><span class="visually-hidden">About</span></h2>');
    expect(readText(el)).toBe('About');
  });

  it('reads the visually-hidden copy when it is the only copy', () => {
    expect(readText(html('<span class="visually-hidden">Only for screen readers</span>'))).toBe(
      'Only for screen readers',
    );
  });

  it('separates nested blocks by one space so lines never fuse', () => {
    const el = html('<div><div>Product Manager</div><div><p>Brightwave Systems</p><p>Full-time</p></div></div>');
    expect(readText(el)).toBe('Product Manager Brightwave Systems Full-time');
  });

  it('does not split a word around inline markup', () => {
    expect(readText(html('<p>Hel<b>lo</b> at <a href="/x">@brightwave</a>.</p>'))).toBe('Hello at @brightwave.');
  });

  it('reads <br> as a space', () => {
    expect(readText(html('<p>Line one<br>Line two</p>'))).toBe('Line one Line two');
  });

  it('skips hidden subtrees: hidden attribute, display:none, script, style, template, noscript', () => {
    const el = html(
      '<p>Visible</p><p hidden>Hidden attr</p><div style="display: none">None</div>' +
        '<code style="display:none">{"name":"Decoy"}</code><script>var x = "script";</script>' +
        '<style>.a{}</style><template><p>Template</p></template><noscript>Enable JS</noscript><p>End</p>',
    );
    expect(readText(el)).toBe('Visible End');
  });

  it('keeps emoji drawn as <img alt> (X) and drops a photo’s alt text', () => {
    const el = html(
      '<span>Ann Smith</span><img alt="🚀" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><img alt="Photo of Ann Smith" src="data:,">',
    );
    expect(readText(el)).toBe('Ann Smith🚀');
  });

  it('keeps an emoji that sits between words', () => {
    expect(readText(html('<span>Building </span><img alt="🚀"><span> rockets</span>'))).toBe('Building 🚀 rockets');
  });

  // Issue 13 item 4: flags and keycaps are not pictographs, yet X draws them as <img alt> in names and bios.
  const EMOJI_ALTS: readonly [kind: string, alt: string][] = [
    ['flag (regional-indicator pair)', '🇧🇪'],
    ['two flags in one image run', '🇩🇪🇦🇹'],
    ['subdivision flag (tag sequence)', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}'],
    ['rainbow flag (ZWJ)', '🏳️\u200D🌈'],
    ['keycap with VS16', '1️⃣'],
    ['keycap without VS16', '7\u20E3'],
    ['keycap #', '#️⃣'],
    ['skin tone', '👋🏽'],
    ['ZWJ family with skin tones', '👩🏽\u200D👩🏽\u200D👧🏽\u200D👦🏽'],
    ['ZWJ profession', '👩\u200D💻'],
    ['plain pictograph', '☕'],
    ['pictograph with VS16', '❤️'],
  ];
  const NOT_EMOJI_ALTS: readonly [kind: string, alt: string][] = [
    ['avatar', 'Opens profile photo'],
    ['photo', 'Image'],
    ['logo', 'Logo'],
    ['single letter', 'X'],
    ['digit alone', '1'],
    ['number', '2025'],
    ['hash alone', '#'],
    ['words with an emoji', 'Sunset ☀️'],
    ['a long text of digits', '1234567890'],
    ['empty', ''],
  ];

  it.each(EMOJI_ALTS)('keeps a %s drawn as <img alt> in LinkedIn and X text', (_kind, alt) => {
    expect(isEmoji(alt)).toBe(true);
    const markup = `<span>Ann </span><img alt="${alt}" src="https://abs-0.twimg.example/emoji/v2/svg/x.svg"><span> Smith</span>`;
    expect(readText(html(markup))).toBe(`Ann ${alt} Smith`);
    expect(readXText(html(markup))).toBe(`Ann ${alt} Smith`);
  });

  it.each(NOT_EMOJI_ALTS)('keeps the alt of a %s out of the text', (_kind, alt) => {
    expect(isEmoji(alt)).toBe(false);
    const markup = `<span>Ann</span><img alt="${alt}" src="https://pbs.twimg.example/media/a.jpg"><span> Smith</span>`;
    expect(readText(html(markup))).toBe('Ann Smith');
    expect(readXText(html(markup))).toBe('Ann Smith');
  });

  it('gives markup-like text back as the literal string, never as elements', () => {
    const el = html('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(readText(el)).toBe('<script>alert(1)</script>');
    expect(el.querySelector('script')).toBeNull();
  });

  it('preserves Arabic and Hebrew text', () => {
    expect(readText(html('<p dir="rtl">مهندسة برمجيات في <bdi>Brightwave</bdi></p>'))).toBe(
      'مهندسة برمجيات في Brightwave',
    );
    expect(readText(html('<p dir="rtl">מפתחת תוכנה</p>'))).toBe('מפתחת תוכנה');
  });

  it('removes zero-width spaces but keeps ZWJ emoji sequences whole', () => {
    expect(readText(html('<p>Ann\u200BSmith 👩\u200D💻</p>'))).toBe('AnnSmith 👩\u200D💻');
  });

  it('keeps a ZWJ emoji drawn as an image', () => {
    expect(readText(html('<span>Dev</span> <img alt="👩\u200D💻">'))).toBe('Dev 👩\u200D💻');
  });

  it('collapses U+202F and U+00A0 to plain spaces', () => {
    expect(readText(html('<span>3\u202F210\u00A0relations</span>'))).toBe('3 210 relations');
  });

  it('reads a 100 KB text as far as the longest bound and beyond it, as a prefix of the whole', () => {
    const word = 'lorem  ipsum\n ';
    const big = word.repeat(Math.ceil(100_000 / word.length));
    const text = readText(html(`<p>${big}</p>`));
    // Longer than any field keeps, so the bound pass cuts it and marks it; never the whole 100 KB.
    expect(text.length).toBeGreaterThan(MAX_ANY_TEXT);
    expect(text.length).toBeLessThan(big.length / 2);
    expect(big.replace(/\s+/g, ' ').trim().startsWith(text)).toBe(true);
  });

  it('reads a text just over the longest bound in full', () => {
    const text = readText(html(`<p>${'a'.repeat(MAX_ANY_TEXT + 5)}</p>`));
    expect(text).toBe('a'.repeat(MAX_ANY_TEXT + 5));
  });

  it('gives "" for null, undefined and empty elements', () => {
    expect(readText(null)).toBe('');
    expect(readText(undefined)).toBe('');
    expect(readText(html(''))).toBe('');
  });
});

describe('isHidden', () => {
  it('recognises hidden, display:none and non-rendered tags', () => {
    const root = html('<p hidden></p><p style="color:red; DISPLAY : none"></p><script></script><p></p>');
    expect(Array.from(root.children).map(isHidden)).toEqual([true, true, true, false]);
  });
});

describe('q and qa', () => {
  const root = html('<ul><li class="a">1</li><li class="a">2</li></ul>');

  it('find elements for valid selectors', () => {
    expect(q(root, 'li.a')?.textContent).toBe('1');
    expect(qa(root, 'li.a').map((li) => li.textContent)).toEqual(['1', '2']);
  });

  it('return null and [] for invalid selectors instead of throwing', () => {
    expect(q(root, 'li[')).toBeNull();
    expect(q(root, ':::')).toBeNull();
    expect(qa(root, 'li[')).toEqual([]);
    expect(qa(root, '')).toEqual([]);
  });

  it('return null and [] for a missing root', () => {
    expect(q(null, 'li')).toBeNull();
    expect(qa(undefined, 'li')).toEqual([]);
  });
});

describe('firstMatch', () => {
  it('returns the first strategy that gives a value and records its name', () => {
    const result = firstMatch([
      { name: 'sdui-2025', read: () => undefined },
      { name: 'artdeco-2024', read: () => 'Ann Smith' },
      { name: 'ember-2022', read: () => 'Decoy' },
    ]);
    expect(result).toEqual({ value: 'Ann Smith', diagnostic: { strategy: 'artdeco-2024' } });
  });

  it('treats falsy values other than undefined as a match', () => {
    expect(firstMatch([{ name: 'zero', read: () => 0 }]).value).toBe(0);
    expect(firstMatch([{ name: 'empty', read: () => '' }]).diagnostic.strategy).toBe('empty');
  });

  it('survives a throwing strategy and moves on to the next one', () => {
    const result = firstMatch<string>([
      {
        name: 'throws',
        read: () => {
          throw new Error('boom');
        },
      },
      { name: 'fallback', read: () => 'ok' },
    ]);
    expect(result).toEqual({ value: 'ok', diagnostic: { strategy: 'fallback' } });
  });

  it('records that nothing matched', () => {
    const result = firstMatch<string>([
      { name: 'a', read: () => undefined },
      {
        name: 'b',
        read: () => {
          throw new Error('boom');
        },
      },
    ]);
    expect(result.value).toBeUndefined();
    expect(result.diagnostic.strategy).toBeNull();
    expect(result.diagnostic.note).toContain('2');
  });
});

describe('absoluteUrl', () => {
  const base = 'https://www.linkedin.com/in/ann-smith/';

  it('resolves relative hrefs against the page URL', () => {
    expect(absoluteUrl('/company/brightwave-systems/', base)).toBe(
      'https://www.linkedin.com/company/brightwave-systems/',
    );
    expect(absoluteUrl('details/experience/', base)).toBe('https://www.linkedin.com/in/ann-smith/details/experience/');
    expect(absoluteUrl('//x.com/ann', base)).toBe('https://x.com/ann');
  });

  it('keeps absolute http(s) URLs', () => {
    expect(absoluteUrl('https://t.co/abc123', base)).toBe('https://t.co/abc123');
    expect(absoluteUrl('http://example.com/', base)).toBe('http://example.com/');
  });

  it('rejects javascript:, data: and other non-http schemes', () => {
    expect(absoluteUrl('javascript:alert(1)', base)).toBeNull();
    expect(absoluteUrl(' JavaScript:alert(1)', base)).toBeNull();
    expect(absoluteUrl('data:text/html,<p>x</p>', base)).toBeNull();
    expect(absoluteUrl('mailto:ann@example.com', base)).toBeNull();
  });

  it('gives null for empty, missing and unparseable hrefs', () => {
    expect(absoluteUrl('', base)).toBeNull();
    expect(absoluteUrl(null, base)).toBeNull();
    expect(absoluteUrl(undefined, base)).toBeNull();
    expect(absoluteUrl('http://[bad', base)).toBeNull();
    expect(absoluteUrl('/relative', 'not a base')).toBeNull();
  });
});

describe('readText screen-reader copies', () => {
  it('reads a screen-reader-only text that has no visual twin beside it', () => {
    const el = document.createElement('div');
    el.innerHTML =
      '<span aria-hidden="true">Ada Vermeulen</span><span class="visually-hidden">Ada Vermeulen</span>' +
      '<p><svg aria-hidden="true"></svg><span class="visually-hidden">Verified</span></p>';
    expect(readText(el)).toBe('Ada Vermeulen Verified');
  });
});
