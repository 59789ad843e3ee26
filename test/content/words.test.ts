/**
 * @file LinkedIn's content script reads with the phrase book the popup sends (src/content/serve.ts): without it, or
 * with a malformed one, its report says why and reads nothing (never a page whose fields are absent); with it, the
 * page reads as the command line reads it. It imports the content script's own modules only, never labels.ts.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveContentScript, type ScriptContext } from '../../src/content/serve';
import { phraseBookFrom, usePhraseBook } from '../../src/extract/linkedin/phrases';
import { LINKEDIN_READERS } from '../../src/extract/linkedin/table';
import type { PageReport } from '../../src/messaging/protocol';
import { LINKEDIN_WORDS } from '../../src/snapshot/pages/linkedin-words';
import { fixturePaths, loadFixture, parseHtml } from '../helpers/fixtures';

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => unknown;
type PortListener = (message: unknown) => void;
interface FakePort {
  name: string;
  posted: PageReport[];
  listeners: PortListener[];
}

const { listeners, connects } = vi.hoisted(() => ({
  listeners: [] as Listener[],
  connects: [] as Array<(port: unknown) => void>,
}));

vi.mock('@wxt-dev/browser', () => ({
  browser: {
    runtime: {
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
      onConnect: { addListener: (listener: (port: unknown) => void) => connects.push(listener) },
    },
  },
}));

const ctx: ScriptContext = { isValid: true, onInvalidated: () => () => undefined };
const FIXTURE = loadFixture(fixturePaths().find((path) => path.endsWith('2024-12-artdeco-fr-other.html')) as string);

beforeEach(() => {
  // The content script as it starts: no phrase book until a request brings one (the unit tests' setup sets it).
  usePhraseBook(undefined);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(FIXTURE.url);
  const doc = parseHtml(FIXTURE.html);
  document.documentElement.setAttribute('lang', doc.documentElement.getAttribute('lang') ?? '');
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  serveContentScript(ctx, 'linkedin', LINKEDIN_READERS, phraseBookFrom);
});

afterEach(() => {
  listeners.length = 0;
  connects.length = 0;
});

afterAll(() => {
  usePhraseBook(LINKEDIN_WORDS);
});

function send(message: unknown): unknown {
  let answer: unknown;
  for (const listener of listeners) listener(message, {}, (value) => (answer = value));
  return answer;
}

/** Opens a watch port as the popup does; `first` is the popup's first message on it. */
function watch(...first: unknown[]): FakePort {
  const port: FakePort & Record<string, unknown> = {
    name: 'profile-coach:watch',
    posted: [],
    listeners: [],
    postMessage: (report: PageReport) => port.posted.push(report),
    onDisconnect: { addListener: () => undefined },
    onMessage: {
      addListener: (listener: PortListener) => port.listeners.push(listener),
      removeListener: (listener: PortListener) => port.listeners.splice(port.listeners.indexOf(listener), 1),
    },
  };
  for (const connect of connects) connect(port);
  for (const message of first) for (const listener of [...port.listeners]) listener(message);
  return port;
}

/** A report that reads nothing and says why: the page is unreadable, with the reason as its error. */
function expectNothingRead(report: unknown, why: RegExp): void {
  expect(report).toMatchObject({ url: FIXTURE.url, site: 'linkedin', pageType: 'linkedin-profile', result: null });
  expect((report as PageReport).error).toMatch(why);
}

describe("LinkedIn's content script and the phrase book the popup sends", () => {
  it('reads nothing without the phrase book, and says why', () => {
    expectNothingRead(send({ type: 'snapshot' }), /phrase book did not come with the request/);
    expect(send({ type: 'show', field: 'headline' })).toEqual({ shown: false });
  });

  it('reads nothing with a malformed phrase book, and says so', () => {
    const { labels, ...withoutLabels } = LINKEDIN_WORDS;
    expect(labels).toBeDefined();
    for (const words of [null, 'words', withoutLabels, { ...LINKEDIN_WORDS, ageLines: { en: 'today' } }]) {
      expectNothingRead(send({ type: 'snapshot', words }), /phrase book that came with the request is malformed/);
    }
  });

  it('reads the page as the command line does with the phrase book, and keeps it for later requests', () => {
    const report = send({ type: 'snapshot', words: structuredClone(LINKEDIN_WORDS) }) as PageReport;
    expect(report.error).toBeUndefined();
    expect(report.result?.snapshot).toEqual(FIXTURE.expected);
    expect((send({ type: 'snapshot' }) as PageReport).result?.snapshot).toEqual(FIXTURE.expected);
  });

  it('shows an element when the show request brings the phrase book', () => {
    Element.prototype.scrollIntoView = vi.fn();
    expect(send({ type: 'show', field: 'headline', words: structuredClone(LINKEDIN_WORDS) })).toEqual({ shown: true });
  });

  it("waits for the watch port's first message, and reads with the phrase book it carries", () => {
    const port = watch();
    expect(port.posted).toEqual([]);
    for (const listener of [...port.listeners]) listener({ words: structuredClone(LINKEDIN_WORDS) });
    expect(port.posted).toHaveLength(1);
    expect(port.posted[0]?.result?.snapshot).toEqual(FIXTURE.expected);
    expect(port.listeners).toEqual([]);
  });

  it('posts why it reads nothing when the watch port brings no phrase book', () => {
    const port = watch({});
    expect(port.posted).toHaveLength(1);
    expectNothingRead(port.posted[0], /phrase book did not come with the request/);
  });
});
