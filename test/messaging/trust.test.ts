/**
 * @file The background trusts no one but the extension's own pages: check requests from a web page, a content
 * script or another extension are refused, and so are requests whose snapshot claims a page on another host or
 * whose checklist answers are malformed; none of them stores anything (last check, profile history).
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { runCheck } from '../../src/messaging/check';
import { isOwnPage } from '../../src/messaging/sender';
import { HOSTILE_SENDERS, OPTIONS_SENDER, POPUP_SENDER } from '../helpers/senders';
import { makeLinkedInProfile, makeXProfile } from '../helpers/snapshots';

/** Everything the background may write while checking: nothing of it may appear after a refused request. */
async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

async function send(message: unknown, sender: object): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return answer;
}

const request = (snapshot: unknown, answers: unknown = {}) => ({ type: 'check', snapshot, answers });

describe('isOwnPage', () => {
  const self = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };

  it('accepts the extension’s own pages, in a popup or in a tab', () => {
    expect(isOwnPage(POPUP_SENDER, self)).toBe(true);
    expect(isOwnPage(OPTIONS_SENDER, self)).toBe(true);
    expect(isOwnPage({ id: 'uuid-id', url: 'moz-extension://5b1c7e0a-1111/popup.html' }, { id: 'uuid-id', baseUrl: 'moz-extension://5b1c7e0a-1111/' })).toBe(true);
  });

  for (const [name, sender] of Object.entries(HOSTILE_SENDERS)) {
    it(`refuses ${name}`, () => {
      expect(isOwnPage(sender, self)).toBe(false);
    });
  }

  it('refuses everyone when the extension’s own URL is unknown', () => {
    expect(isOwnPage(POPUP_SENDER, { id: 'test-extension-id', baseUrl: '' })).toBe(false);
  });
});

describe('the background refuses', () => {
  for (const [name, sender] of Object.entries(HOSTILE_SENDERS)) {
    it(`a check request from ${name}, storing nothing`, async () => {
      background.main();
      expect(await send(request(makeLinkedInProfile()), sender)).toBeUndefined();
      expect(await stored()).toEqual({});
    });
  }

  it('answers the same request from the popup, and keeps it (the refusals above are not a broken background)', async () => {
    background.main();
    expect(await send(request(makeLinkedInProfile()), POPUP_SENDER)).toMatchObject({ ok: true });
    expect(Object.keys(await stored())).toContain('lastSnapshot');
  });

  const evil = {
    'a LinkedIn profile on another host': makeLinkedInProfile({}, { url: 'https://evil.example/in/victim/' }),
    'a LinkedIn profile on a look-alike host': makeLinkedInProfile({}, { url: 'https://www.linkedin.com.evil.example/in/victim/' }),
    'a LinkedIn profile over http': makeLinkedInProfile({}, { url: 'http://www.linkedin.com/in/victim/' }),
    'a LinkedIn profile on X': makeLinkedInProfile({}, { url: 'https://x.com/victim' }),
    'an X profile on LinkedIn': makeXProfile({}, { url: 'https://www.linkedin.com/in/victim/' }),
    'a LinkedIn profile with credentials in its URL': makeLinkedInProfile({}, { url: 'https://user:secret@www.linkedin.com/in/victim/' }),
    'a LinkedIn profile on another port': makeLinkedInProfile({}, { url: 'https://www.linkedin.com:8443/in/victim/' }),
  };
  for (const [name, snapshot] of Object.entries(evil)) {
    it(`${name}, from the popup itself, storing nothing`, async () => {
      background.main();
      expect(await send(request(snapshot), POPUP_SENDER)).toMatchObject({ ok: false, reason: 'invalid-snapshot' });
      expect(await stored()).toEqual({});
    });
  }

  const malformed: Record<string, unknown> = {
    'answers that are not booleans': { 'book-manager-time': 'yes' },
    'answers as a list': [true, false],
    'answers as null': null,
    'an answer under __proto__': JSON.parse('{"__proto__": true}'),
    'an answer key that no checklist item can have': { 'Book manager time!': true },
    'an answer key of 10,000 characters': { [`a${'-b'.repeat(5000)}`]: true },
    'more answers than any checklist has items': Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`item-${i}`, true])),
  };
  for (const [name, answers] of Object.entries(malformed)) {
    it(`${name}, from the popup itself, storing nothing`, async () => {
      background.main();
      expect(await send(request(makeLinkedInProfile(), answers), POPUP_SENDER)).toMatchObject({ ok: false });
      expect(await stored()).toEqual({});
    });
  }

  it('an answer the checklist inherits rather than holds: `constructor` is not answered unless sent', async () => {
    let kept: Readonly<Record<string, boolean>> | undefined;
    const remember = async (_snapshot: unknown, answers: Readonly<Record<string, boolean>>) => {
      kept = answers;
    };
    const result = await runCheck({ type: 'check', snapshot: makeLinkedInProfile(), answers: { 'book-manager-time': true } }, { remember });
    expect(result.ok).toBe(true);
    expect(kept?.['book-manager-time']).toBe(true);
    expect(kept?.constructor).toBeUndefined();
    expect(kept?.toString).toBeUndefined();
  });
});
