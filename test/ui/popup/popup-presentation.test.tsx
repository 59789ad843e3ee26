/**
 * @file The popup's presentation (issue 10, items 8 and 11): whose profile and which guidelines the header names, what
 * a finding is worth read as a gain in each language, what to do before why, no title said twice, "no data" drawn
 * unlike 0, plain words for what was read, and a text several findings quote shown once. The checker is faked with
 * ready-made results, so the numbers on screen are the ones given here.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Evidence } from '../../../src/engine/define-rule';
import type { Finding } from '../../../src/engine/run-rules';
import type { CheckResult, GuidelinesInUse, PageReport } from '../../../src/messaging/protocol';
import type { Snapshot } from '../../../src/snapshot';
import type { Checker } from '../../../src/ui/popup/checker';
import { Popup } from '../../../src/ui/popup/popup';
import { whoseOf, withoutTitle } from '../../../src/ui/popup/popup-model';
import type { TabsPort, Watcher } from '../../../src/ui/popup/tabs';
import { type Locale, useLocale } from '../../helpers/i18n';
import { makeFollowing, makeInvitations, makeLinkedInProfile, makeXProfile, present, unreadable } from '../../helpers/snapshots';

const NOW = new Date(2026, 5, 15, 12);

function fakeTabs(url: string) {
  const watchers: Watcher[] = [];
  return {
    target: vi.fn(async () => ({ id: 1, url })),
    watch: vi.fn((_tabId: number, watcher: Watcher) => {
      watchers.push(watcher);
      return vi.fn();
    }),
    reload: vi.fn(async () => undefined),
    open: vi.fn(async () => undefined),
    show: vi.fn(async () => true),
    report(report: PageReport) {
      act(() => {
        for (const watcher of watchers) watcher.onReport(report);
      });
    },
  } satisfies TabsPort & Record<string, unknown>;
}

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'test-rule',
    step: 'plan-ahead',
    severity: 'moderate',
    status: 'fail',
    title: 'The About section misses the themes',
    why: 'Visitors read the About section to learn what you do now.',
    message: 'Name one of the themes.',
    evidence: [],
    fix: { label: 'Edit your About', url: 'https://www.linkedin.com/in/ada-vermeulen/edit/about/' },
    weight: 1,
    score: 0,
    ...overrides,
  };
}

const BRIGHTWAVE: GuidelinesInUse = { source: 'user', company: 'Brightwave Systems', season: 'Winter 2026-27', passedOver: [], fingerprint: '00000000000000' };

interface Given {
  findings?: Finding[];
  points?: number[];
  steps?: Partial<CheckResult & { ok: true }>['score'];
  guidelines?: GuidelinesInUse;
}

function checker({ findings = [finding()], points, steps, guidelines = BRIGHTWAVE }: Given = {}): Checker {
  return vi.fn(async () => ({
    ok: true as const,
    findings,
    points: points ?? findings.map(() => 5),
    score: steps ?? { overall: 60, steps: { 'clean-up': null, 'plan-ahead': 60, 'team-up': null, guidelines: null } },
    guidelinesFailed: false,
    guidelines,
  }));
}

async function open(snapshot: Snapshot, given: Given = {}, pageType: PageReport['pageType'] = 'linkedin-profile') {
  const tabs = fakeTabs(snapshot.url);
  const openOptions = vi.fn();
  const view = render(
    <Popup tabs={tabs} check={checker(given)} now={() => NOW} copy={vi.fn(async () => undefined)} openOptions={openOptions} />,
  );
  await waitFor(() => expect(tabs.watch).toHaveBeenCalled());
  tabs.report({
    url: snapshot.url,
    site: snapshot.site,
    pageType,
    result: { snapshot, diagnostics: { language: 'en', layout: 'test', fields: {} } },
  });
  await screen.findByTestId('score-band');
  return { view, openOptions };
}

beforeEach(() => useLocale('en'));

describe('the header: whose profile', () => {
  it('names a LinkedIn profile by its name and public address, as text', async () => {
    await open(makeLinkedInProfile({ name: present('Ada <b>Vermeulen</b>') }));
    const whose = screen.getByTestId('whose');
    expect(whose.textContent).toBe('Ada <b>Vermeulen</b> · /in/ada-vermeulen');
    expect(whose.querySelector('b')).toBeNull();
  });

  it('names an X profile by its name and handle as the page writes it', async () => {
    await open(makeXProfile({ handle: present('@AdaVermeulen') }), {}, 'x-profile');
    expect(screen.getByTestId('whose').textContent).toBe('Ada Vermeulen · @AdaVermeulen');
  });

  it('says the name was not read, and still gives the address', async () => {
    await open(makeLinkedInProfile({ name: unreadable() }));
    expect(screen.getByTestId('whose').textContent).toBe('Name not read · /in/ada-vermeulen');
  });

  it("names no one on the person's own list pages, and the account on an X following list", () => {
    expect(whoseOf(makeInvitations('received', []))).toBeNull();
    expect(whoseOf(makeFollowing([]))).toEqual({ name: null, address: '@adavermeulen' });
  });
});

describe('the header: which guidelines', () => {
  it("says the company's name, its season and where the guidelines came from, with a way to change them", async () => {
    const { openOptions } = await open(makeLinkedInProfile());
    expect(screen.getByTestId('guidelines-in-use').textContent).toBe('Guidelines: Brightwave Systems, Winter 2026-27 (your own file)');
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it("on the built-in defaults, offers in one line to import the company's guidelines", async () => {
    const { openOptions } = await open(makeLinkedInProfile(), { guidelines: { source: 'default', passedOver: [], fingerprint: '00000000000000' } });
    expect(screen.getByTestId('guidelines-in-use').textContent).toBe('Guidelines: the built-in defaults');
    fireEvent.click(screen.getByRole('button', { name: 'Import your company’s' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('does not offer an import when a copy with errors was passed over (its errors are the way on)', async () => {
    await open(makeLinkedInProfile(), { guidelines: { source: 'default', passedOver: ['user'], fingerprint: '00000000000000' } });
    expect(screen.queryByTestId('guidelines-import')).toBeNull();
    expect(screen.getByRole('button', { name: 'See the errors' })).toBeTruthy();
  });
});

describe('what a finding is worth', () => {
  const three = [
    finding({ ruleId: 'a', title: 'Worth one' }),
    finding({ ruleId: 'b', title: 'Worth six' }),
    finding({ ruleId: 'c', title: 'Worth nothing' }),
  ];
  const badge = (title: string) => screen.getByRole('article', { name: title }).querySelector('.points')?.textContent;

  for (const [locale, one, six, none] of [
    ['en', '+1 point', '+6 points', 'no points'],
    ['fr', '+1 point', '+6 points', 'aucun point'],
    ['nl', '+1 punt', '+6 punten', 'geen punten'],
  ] as const satisfies readonly (readonly [Locale, string, string, string])[]) {
    it(`reads as a gain, one point in the singular, in ${locale}`, async () => {
      useLocale(locale);
      await open(makeLinkedInProfile(), { findings: three, points: [1, 6, 0] });
      expect([badge('Worth one'), badge('Worth six'), badge('Worth nothing')]).toEqual([one, six, none]);
    });
  }

  it('draws a finding worth no points unlike one worth 22', async () => {
    await open(makeLinkedInProfile(), {
      findings: [finding({ ruleId: 'big', title: 'Worth 22' }), finding({ ruleId: 'zero', title: 'Worth 0' })],
      points: [22, 0],
    });
    const big = screen.getByRole('article', { name: 'Worth 22' }).closest('li') as HTMLElement;
    const zero = screen.getByRole('article', { name: 'Worth 0' }).closest('li') as HTMLElement;
    expect(zero.className).not.toBe(big.className);
    expect(zero.querySelector('.points')?.className).not.toBe(big.querySelector('.points')?.className);
  });
});

describe('a finding: what to do first', () => {
  it('puts the message and the Fix button above why it matters', async () => {
    await open(makeLinkedInProfile(), {
      findings: [finding({ evidence: [{ field: 'about', text: 'I build data platforms.' }] })],
    });
    const article = screen.getByRole('article', { name: 'The About section misses the themes' });
    const fix = within(article).getByRole('button', { name: 'Fix' });
    const why = within(article).getByText('Visitors read the About section to learn what you do now.');
    const quote = within(article).getByText('I build data platforms.');
    const before = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(before(within(article).getByText('Name one of the themes.'), fix)).toBe(true);
    expect(before(fix, why)).toBe(true);
    expect(before(fix, quote)).toBe(true);
  });

  it('does not repeat the title at the start of the message', async () => {
    await open(makeLinkedInProfile(), {
      findings: [
        finding({
          title: 'The profile links no website',
          message: 'The profile links no website: add one, such as the company’s site.',
        }),
      ],
    });
    const article = screen.getByRole('article', { name: 'The profile links no website' });
    expect(article.querySelector('.message')?.textContent).toBe('Add one, such as the company’s site.');
  });

  it('does not repeat the title in a collapsed group either', async () => {
    await open(makeLinkedInProfile(), {
      findings: [
        finding(),
        finding({ ruleId: 'na', status: 'notApplicable', title: 'No campaign is running', message: 'No campaign is running: nothing to show.', score: null }),
      ],
    });
    expect(screen.getByText('No campaign is running').parentElement?.textContent).toBe('No campaign is running — Nothing to show.');
  });

  it('keeps a message that only looks like its title at the start', () => {
    expect(withoutTitle('No website', 'No websites are linked.')).toBe('No websites are linked.');
    expect(withoutTitle('No website', 'No website.')).toBe('No website.');
    expect(withoutTitle('Le profil n’a pas de site', 'Le profil n’a pas de site : ajoutez-en un.')).toBe('Ajoutez-en un.');
  });
});

describe('an About that triggers three rules', () => {
  const about: Evidence = { field: 'about', text: 'I build data platforms that energy companies can trust.' };
  const findings = [
    finding({ ruleId: 'themes', title: 'Misses the themes', evidence: [{ ...about, highlights: [[8, 22]] }] }),
    finding({ ruleId: 'short', title: 'Too short', evidence: [about] }),
    finding({ ruleId: 'hashtag', title: 'No hashtag', evidence: [{ ...about, highlights: [[28, 34]] }] }),
  ];

  it('quotes it once, and the other findings refer to that quote', async () => {
    await open(makeLinkedInProfile(), { findings, points: [3, 2, 1] });
    const quotes = [...document.querySelectorAll('.evidence')].filter((box) => box.textContent?.includes('can trust'));
    expect(quotes).toHaveLength(1);
    const short = screen.getByRole('article', { name: 'Too short' });
    expect(short.querySelector('.evidence')?.textContent).toBe('The same text as quoted above, under “Misses the themes”.');
    // Its own marks are still shown, as words.
    const hashtag = screen.getByRole('article', { name: 'No hashtag' });
    expect([...hashtag.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['energy']);
  });

  it('quotes again a text from another field', async () => {
    const other = finding({ ruleId: 'headline', title: 'Headline', evidence: [{ ...about, field: 'headline' }] });
    await open(makeLinkedInProfile(), { findings: [findings[0] as Finding, other], points: [3, 2] });
    expect(screen.getByRole('article', { name: 'Headline' }).querySelector('.evidence')?.textContent).toBe(about.text);
  });
});

describe('the score card', () => {
  it('draws a step with no data unlike a step scored 0', async () => {
    await open(makeLinkedInProfile(), {
      steps: { overall: 40, steps: { 'clean-up': null, 'plan-ahead': 0, 'team-up': 80, guidelines: null } },
    });
    const zero = screen.getByRole('meter', { name: 'Plan ahead' });
    const noData = screen.getByTestId('no-data-clean-up');
    expect(noData.className).not.toBe(zero.className);
    expect(noData.childElementCount).toBe(0);
  });
});

describe('what was read, in plain words', () => {
  for (const [locale, all, one, two, scoreOne] of [
    ['en', 'read in full', '1 part not read', '2 parts not read', "Leaves out 1 part it couldn't read"],
    ['fr', 'tout a été lu', '1 élément non lu', '2 éléments non lus', 'Sans 1 élément illisible'],
    ['nl', 'volledig gelezen', '1 onderdeel niet gelezen', '2 onderdelen niet gelezen', 'Zonder 1 onleesbaar onderdeel'],
  ] as const) {
    it(`in ${locale}: everything, one part or two parts not read`, async () => {
      useLocale(locale);
      await open(makeLinkedInProfile());
      expect(screen.getByTestId('read-summary').textContent).toBe(all);
      cleanup();
      await open(makeLinkedInProfile({ about: unreadable() }));
      expect(screen.getByTestId('read-summary').textContent).toBe(one);
      expect(screen.getByRole('link', { name: scoreOne }).getAttribute('href')).toBe('#unreadable');
      cleanup();
      await open(makeLinkedInProfile({ about: unreadable(), headline: unreadable() }));
      expect(screen.getByTestId('read-summary').textContent).toBe(two);
    });
  }
});
