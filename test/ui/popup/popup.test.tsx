import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { type AnyRule, defineRule, fail, notApplicable, pass } from '../../../src/engine/define-rule';
import { readFileSync } from 'node:fs';
import { GuidelinesSchema } from '../../../src/guidelines/schema';
import { loadActiveGuidelines, saveUserGuidelines } from '../../../src/storage/guidelines';
import { type CheckDeps, runCheck } from '../../../src/messaging/check';
import { recordProgress } from '../../../src/storage/progress';
import type { CheckRequest, PageReport } from '../../../src/messaging/protocol';
import { browserFindingStore, STORAGE_PREFIX } from '../../../src/storage/finding-state';
import { Popup, type PopupProps } from '../../../src/ui/popup/popup';
import type { TargetTab } from '../../../src/ui/popup/tabs';
import { preloadOnce } from '../../../src/ui/popup/use-stored-hold';
import { EXAMPLE_GUIDELINES_PATH } from '../../helpers/guidelines';
import { useLocale } from '../../helpers/i18n';
import { fakeTabs, readReport } from '../../helpers/popup-harness';
import { absent, makeInvitation, makeInvitations, makeLinkedInProfile, makeXProfile, present, unreadable } from '../../helpers/snapshots';
import { RULES } from '../../../src/rules';

const MANAGER_ITEM = 'Booked time with your manager to talk about social media';

const PROFILE = 'https://www.linkedin.com/in/ada-vermeulen/';
/** Mid-June 2026, noon: far from midnight so "today" is the same day in every time zone the tests run in. */
const NOW = new Date(2026, 5, 15, 12);

function report(pageType: PageReport['pageType'], result: PageReport['result'] = null): PageReport {
  return { url: PROFILE, site: 'linkedin', pageType, result };
}

// Small rules written for these tests, so the popup's behaviour does not move when the real rules are tuned.
const HOSTILE = 'Head of <script>alert(1)</script> at Brightwave';
const headlineRule = defineRule({
  meta: {
    id: 'test-headline',
    step: 'plan-ahead',
    title: 'The headline is clean',
    failureTitle: 'The headline carries markup',
    description: 'A headline is read before anything else.',
    severity: 'serious',
    requires: { 'linkedin-profile': ['headline'] },
    options: z.object({}),
    defaultOptions: {},
    messages: { markup: 'Remove "{{term}}" from the headline.' },
    fix: () => ({ label: 'Edit your intro', url: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/' }),
  },
  check({ fields: { headline } }) {
    const start = headline?.indexOf('<script>') ?? -1;
    if (!headline || start < 0) return pass();
    const end = headline.indexOf('</script>') + '</script>'.length;
    return fail('markup', { term: 'script' }, [{ field: 'headline', text: headline, highlights: [[start, end]] }]);
  },
});
const bannerRule = defineRule({
  meta: {
    id: 'test-banner',
    step: 'team-up',
    title: 'The banner is custom',
    failureTitle: 'The banner is the default one',
    description: 'A company banner links the profile to the brand.',
    severity: 'minor',
    requires: { 'linkedin-profile': ['banner'] },
    options: z.object({}),
    defaultOptions: {},
    messages: { none: 'Add the company banner.' },
  },
  check: ({ fields: { banner } }) => (banner ? pass() : fail('none', {}, [], 0.5)),
});
const aboutRule = defineRule({
  meta: {
    id: 'test-about',
    step: 'plan-ahead',
    title: 'The About section speaks to this season',
    failureTitle: 'The About section is silent on this season',
    description: 'Visitors read the About section to learn what you do now.',
    severity: 'moderate',
    requires: { 'linkedin-profile': ['about'] },
    options: z.object({}),
    defaultOptions: {},
    messages: { none: 'Say what you work on this season.' },
  },
  check: ({ fields: { about } }) => (about ? pass() : notApplicable('No About section.')),
});
const TEST_RULES = [headlineRule, bannerRule, aboutRule] as unknown as AnyRule[];
/** Evidence from another page (the X bio, as a cross-site rule quotes it): not on a LinkedIn profile. */
const bioRule = defineRule({
  meta: {
    id: 'test-bio',
    step: 'team-up',
    title: 'The bio matches',
    failureTitle: 'The bio differs',
    description: 'Both profiles tell the same story.',
    severity: 'minor',
    requires: { 'linkedin-profile': ['headline'] },
    options: z.object({}),
    defaultOptions: {},
    messages: { differs: 'The X bio says something else.' },
  },
  check: () => fail('differs', {}, [{ field: 'bio', text: 'Coffee and data' }]),
});

/** The background's check, run in-process: with the test rules unless told otherwise. */
const checkWith = (deps: CheckDeps = {}) =>
  vi.fn((request: Omit<CheckRequest, 'type'>) =>
    runCheck({ type: 'check', ...request }, { now: () => NOW, rules: TEST_RULES, ...deps }),
  );

function setup(props: Partial<PopupProps> = {}, tab: TargetTab = { id: 1, url: PROFILE }) {
  const tabs = fakeTabs(tab);
  const copy = vi.fn(async (_text: string) => undefined);
  const all: PopupProps = {
    tabs,
    now: () => NOW,
    copy,
    extensionVersion: () => '0.1.0',
    check: checkWith(),
    ...props,
  };
  const view = render(<Popup {...all} />);
  const rerender = () => {
    view.unmount();
    const again = fakeTabs(tab);
    render(<Popup {...all} tabs={again} />);
    return again;
  };
  return { tabs, copy, view, rerender };
}

async function showReport(tabs: ReturnType<typeof fakeTabs>, pageReport: PageReport) {
  await waitFor(() => expect(tabs.watch).toHaveBeenCalled());
  tabs.report(pageReport);
}

const failingProfile = () => makeLinkedInProfile({ headline: present(HOSTILE), banner: present(false) });

describe('Popup states', () => {
  it('shows a loading state, with the score area already in place, before the content script answers', async () => {
    const { tabs, view } = setup();
    expect(screen.getByRole('status').textContent).toContain('Reading the page');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(view.container.querySelector('.score-card.placeholder')).not.toBeNull();
    await waitFor(() => expect(tabs.watch).toHaveBeenCalledWith(1, expect.anything()));
  });

  it("reads the person's answers as it opens, before the page reports, and only once for the first check", async () => {
    const store = browserFindingStore();
    const loadPerson = vi.spyOn(store, 'loadPerson');
    const { tabs } = setup({ store });
    // The first check waits for the answers: their read runs beside the wait for the page, not after it.
    expect(loadPerson).toHaveBeenCalledTimes(1);
    await showReport(tabs, readReport(failingProfile()));
    await screen.findByRole('meter', { name: 'Brand alignment' });
    expect(loadPerson).toHaveBeenCalledTimes(1);
  });

  it('names the page the content script reports, and follows it when it changes', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile()));
    expect((await screen.findByTestId('page-type')).textContent).toBe('LinkedIn profile');
    tabs.report(readReport(makeInvitations('sent', [makeInvitation()]), 'linkedin-invitations-sent'));
    await waitFor(() => expect(screen.getByTestId('page-type').textContent).toBe('LinkedIn invitations sent'));
  });

  it('says how much of the page it read', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(makeInvitations('received', [], unreadable()), 'linkedin-invitations-received'));
    expect((await screen.findByTestId('read-summary')).textContent).toBe('1 part not read');
  });

  it('says the page could not be read when the reader failed, and offers the diagnostics', async () => {
    const { tabs } = setup();
    await showReport(tabs, { ...report('linkedin-profile'), error: 'TypeError: boom' });
    expect(await screen.findByText(/could not read this page/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy diagnostics' })).toBeTruthy();
  });

  it('says the page could not be checked when its snapshot breaks the contract', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport({ ...makeLinkedInProfile(), url: 'not-an-address' }));
    expect(await screen.findByText(/could not check this page: url/)).toBeTruthy();
  });

  it('offers to reload a supported tab whose content script never answers', async () => {
    const { tabs } = setup({}, { id: 7, url: PROFILE });
    await waitFor(() => expect(tabs.watch).toHaveBeenCalled());
    tabs.gone();
    fireEvent.click(await screen.findByRole('button', { name: 'Reload the tab' }));
    expect(tabs.reload).toHaveBeenCalledWith(7);
  });

  it('reconnects when the tab loads a new document after answering', async () => {
    const { tabs } = setup({}, { id: 7, url: PROFILE });
    await showReport(tabs, readReport(makeLinkedInProfile()));
    await screen.findByTestId('page-type');
    tabs.gone();
    await waitFor(() => expect(tabs.watch).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('button', { name: 'Reload the tab' })).toBeNull();
  });

  it('lists the supported pages, with links, on any other site', async () => {
    // Without the tabs permission, other sites' URLs are invisible: the tab has no url.
    const { tabs } = setup({}, { id: 3 });
    const links = await screen.findAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toContain(
      'https://www.linkedin.com/mynetwork/invitation-manager/received/',
    );
    expect(links.map((link) => link.textContent)).toContain('Your LinkedIn profile');
    expect(tabs.watch).not.toHaveBeenCalled();
  });

  it('links to the team dashboard beside the supported pages once a colleague is recorded, not before', async () => {
    const openPage = vi.fn();
    const coaching = (count: number) =>
      ({ colleagues: vi.fn(async () => Array.from({ length: count }, () => ({}))) }) as unknown as NonNullable<PopupProps['coaching']>;
    const first = setup({ coaching: coaching(0), openPage }, { id: 3 });
    await screen.findByText('Profile Coach works on these pages:');
    await waitFor(() => expect(first.view.container.querySelector('a[href$="/dashboard.html"]')).toBeNull());
    first.view.unmount();
    setup({ coaching: coaching(1), openPage }, { id: 3 });
    fireEvent.click(await screen.findByRole('link', { name: 'Team dashboard' }));
    expect(openPage).toHaveBeenCalledWith(expect.stringMatching(/\/dashboard\.html$/));
  });

  it('lists the supported pages on a LinkedIn page it does not read', async () => {
    const { tabs } = setup({}, { id: 3, url: 'https://www.linkedin.com/feed/' });
    expect(await screen.findByText('Profile Coach works on these pages:')).toBeTruthy();
    expect(tabs.watch).not.toHaveBeenCalled();
  });
});

describe('Popup coach: score and findings', () => {
  it('shows the score as a meter with its band, and one bar per checklist step', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const gauge = await screen.findByRole('meter', { name: 'Brand alignment' });
    // Each test rule weighs 1: headline fails (0), banner half-fails (0.5), About passes (1): 50.
    expect(gauge.getAttribute('aria-valuenow')).toBe('50');
    expect(gauge.getAttribute('aria-valuetext')).toBe('50 of 100, fair');
    expect(screen.getByTestId('score-band').textContent).toBe('fair');
    expect(screen.getByRole('meter', { name: 'Plan ahead' }).getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByRole('meter', { name: 'Team up' }).getAttribute('aria-valuenow')).toBe('50');
    // Steps with nothing scored say so in words, never as 0.
    expect(screen.queryByRole('meter', { name: 'Clean up' })).toBeNull();
    expect(screen.getAllByText('no data')).toHaveLength(2);
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');
  });

  it('lists failures grouped by step, most points first, with title, why, message and points', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const list = await screen.findByRole('region', { name: 'What to fix first' });
    const groups = within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    // The headline finding is worth 33 points, the banner 17: Plan ahead comes first.
    expect(groups.slice(0, 2)).toEqual(['Plan ahead', 'Team up']);
    const headline = within(list).getByRole('article', { name: 'The headline carries markup' });
    expect(within(headline).getByText('A headline is read before anything else.')).toBeTruthy();
    expect(within(headline).getByText('Remove "script" from the headline.')).toBeTruthy();
    expect(within(headline).getByText('+33 points')).toBeTruthy();
    expect(within(list).getByRole('article', { name: 'The banner is the default one' })).toBeTruthy();
    // Passed checks are tucked away, with a count.
    expect(within(list).getByText('Passed (1)').closest('details')?.open).toBe(false);
  });

  it('says "not enough data" rather than 0 when nothing could be scored', async () => {
    const { tabs } = setup({ check: checkWith({ rules: [] }) });
    await showReport(tabs, readReport(makeLinkedInProfile()));
    expect(await screen.findByText('Not enough data yet')).toBeTruthy();
    expect(screen.queryByRole('meter', { name: 'Brand alignment' })).toBeNull();
    expect(screen.getByRole('img', { name: /Brand alignment.*Not enough data yet/ })).toBeTruthy();
  });

  it('renders evidence as text, the highlighted range as <mark>, and never parses page text as HTML', async () => {
    const { tabs, view } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const headline = await screen.findByRole('article', { name: 'The headline carries markup' });
    const marks = headline.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['<script>alert(1)</script>']);
    expect(headline.querySelector('.evidence')?.textContent).toBe(HOSTILE);
    expect(view.container.querySelector('script')).toBeNull();
  });

  it('Fix opens the place to fix it in the tab the popup speaks about', async () => {
    const { tabs } = setup({}, { id: 42, url: PROFILE });
    await showReport(tabs, readReport(failingProfile()));
    const headline = await screen.findByRole('article', { name: 'The headline carries markup' });
    fireEvent.click(within(headline).getByRole('button', { name: 'Fix' }));
    expect(tabs.open).toHaveBeenCalledWith(42, 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/');
    // A finding without a fix has no Fix button.
    const banner = screen.getByRole('article', { name: 'The banner is the default one' });
    expect(within(banner).queryByRole('button', { name: 'Fix' })).toBeNull();
  });

  it('Show on page asks the tab to show the evidence field, and says so when the page has no such element', async () => {
    const { tabs } = setup({}, { id: 42, url: PROFILE });
    await showReport(tabs, readReport(failingProfile()));
    const headline = await screen.findByRole('article', { name: 'The headline carries markup' });
    fireEvent.click(within(headline).getByRole('button', { name: 'Show on page' }));
    expect(tabs.show).toHaveBeenCalledWith(42, { field: 'headline' });
    expect(within(headline).queryByText("Couldn't find it on the page.")).toBeNull();
    tabs.show.mockResolvedValueOnce(false);
    fireEvent.click(within(headline).getByRole('button', { name: 'Show on page' }));
    expect(await within(headline).findByText("Couldn't find it on the page.")).toBeTruthy();
    // A finding without evidence has nothing to point at.
    const banner = screen.getByRole('article', { name: 'The banner is the default one' });
    expect(within(banner).queryByRole('button', { name: 'Show on page' })).toBeNull();
  });

  it("offers no Show on page for a field this page does not print (the X bio's evidence on a LinkedIn profile)", async () => {
    const { tabs } = setup({ check: checkWith({ rules: [bioRule] as unknown as AnyRule[] }) });
    await showReport(tabs, readReport(failingProfile()));
    const finding = await screen.findByRole('article', { name: 'The bio differs' });
    expect(within(finding).queryByRole('button', { name: 'Show on page' })).toBeNull();
  });

  it("each invitation in a list finding's evidence has its own Show, which shows that person's card", async () => {
    const old = [makeInvitation({ ageDays: 60 }), makeInvitation({ ageDays: 45 })];
    const { tabs } = setup({ check: checkWith({ rules: undefined }) });
    await showReport(tabs, readReport(makeInvitations('received', old), 'linkedin-invitations-received'));
    const finding = await screen.findByRole('article', { name: 'Invitations are waiting for an answer' });
    const shows = within(finding).getAllByRole('button', { name: 'Show' });
    expect(shows.length).toBeGreaterThan(0);
    fireEvent.click(shows[0] as HTMLElement);
    expect(tabs.show).toHaveBeenCalledWith(1, { url: old[0]?.profileUrl });
  });

  it('uses the guidelines the loader gives (a rule turned off is not listed)', async () => {
    const guidelines = GuidelinesSchema.parse({ rules: { 'test-banner': 'off' } });
    const { tabs } = setup({ check: checkWith({ loadGuidelines: async () => guidelines }) });
    await showReport(tabs, readReport(failingProfile()));
    await screen.findByRole('article', { name: 'The headline carries markup' });
    expect(screen.queryByRole('article', { name: 'The banner is the default one' })).toBeNull();
  });

  it('falls back to the built-in guidelines, and says so, when the loader fails', async () => {
    const { tabs } = setup({ check: checkWith({ loadGuidelines: () => Promise.reject(new Error('no file')) }) });
    await showReport(tabs, readReport(failingProfile()));
    expect(await screen.findByText(/using the built-in defaults/)).toBeTruthy();
    expect(await screen.findByRole('article', { name: 'The banner is the default one' })).toBeTruthy();
  });

  it('says which guidelines it checked against, and that an invalid company policy was passed over, with a way to the errors', async () => {
    await saveUserGuidelines(readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8'), { rules: RULES, fileName: 'brightwave.yaml' });
    // One typo in a key of the policy pushed by the company: the person's own file is used instead, and says so.
    const readManaged = async () => ({ guidelines: 'version: 1\nbrnad:\n  name: Brightwave Systems\n' });
    const openOptions = vi.fn();
    const { tabs } = setup({ check: checkWith({ loadGuidelines: () => loadActiveGuidelines({ rules: RULES, readManaged }) }), openOptions });
    await showReport(tabs, readReport(failingProfile()));
    const note = await screen.findByTestId('guidelines-passed-over');
    expect(note.textContent).toContain("Your company's guidelines (company policy) have errors and were not used.");
    expect(screen.getByTestId('guidelines-in-use').textContent).toBe('Guidelines: Brightwave Systems, Winter 2026-27 (your own file)');
    fireEvent.click(within(note).getByRole('button', { name: 'See the errors' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });

  it('says when it checked against the built-in defaults because the own file was passed over, in French too', async () => {
    useLocale('fr');
    await fakeBrowser.storage.local.set({ guidelines: { text: 'version: 1\nbrnad:\n  name: Brightwave Systems\n', format: 'yaml', savedAt: '2026-01-01' } });
    const { tabs } = setup({ check: checkWith({ loadGuidelines: () => loadActiveGuidelines({ rules: RULES, readManaged: async () => ({}) }) }) });
    await showReport(tabs, readReport(failingProfile()));
    expect((await screen.findByTestId('guidelines-passed-over')).textContent).toContain(
      'Votre propre fichier de règles contient des erreurs',
    );
    expect(screen.getByTestId('guidelines-in-use').textContent).toBe('Règles\u00a0: celles par défaut');
  });

  it('says nothing was passed over when the guidelines in force are valid', async () => {
    const { tabs } = setup({ check: checkWith({ loadGuidelines: () => loadActiveGuidelines({ rules: RULES, readManaged: async () => ({}) }) }) });
    await showReport(tabs, readReport(failingProfile()));
    expect((await screen.findByTestId('guidelines-in-use')).textContent).toBe('Guidelines: the built-in defaults');
    expect(screen.queryByTestId('guidelines-passed-over')).toBeNull();
  });

  it('runs the real rules on a received-invitations page (clean-up findings, Fix to the invitation manager)', async () => {
    const old = [makeInvitation({ ageDays: 60 }), makeInvitation({ ageDays: 45 }), makeInvitation({ ageDays: 2 })];
    const { tabs } = setup({ check: checkWith({ rules: undefined }) });
    await showReport(tabs, readReport(makeInvitations('received', old), 'linkedin-invitations-received'));
    const finding = await screen.findByRole('article', { name: 'Invitations are waiting for an answer' });
    fireEvent.click(within(finding).getByRole('button', { name: 'Fix' }));
    expect(tabs.open).toHaveBeenCalledWith(1, 'https://www.linkedin.com/mynetwork/invitation-manager/received/');
    expect(screen.getByRole('heading', { level: 3, name: 'Clean up' })).toBeTruthy();
  });
});

describe('Popup coach: other pages and unreadable fields', () => {
  it("names the colleague on someone else's profile, and says what coaching records are for", async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile({}, { selfView: false })));
    expect(await screen.findByRole('heading', { level: 2, name: 'Coaching: Ada Vermeulen' })).toBeTruthy();
    expect(await screen.findByText('Coaching records serve coaching, not performance appraisal.')).toBeTruthy();
    expect(screen.queryByText(/Coaching mode comes later/)).toBeNull();
  });

  it('says how much of a cut list it read: the first entries of all those the page showed', async () => {
    const { tabs } = setup({}, { id: 1, url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/' });
    const snapshot = makeInvitations('received', [makeInvitation({ ageDays: 40 }), makeInvitation()], present(10_000));
    const list = snapshot.fields.invitations;
    if (list.status !== 'present') throw new Error('unreachable');
    const cut = { ...snapshot, fields: { ...snapshot.fields, invitations: { ...list, truncated: true as const, seen: 10_000 } } };
    await showReport(tabs, readReport(cut, 'linkedin-invitations-received'));
    const note = await screen.findByTestId('truncated');
    expect(note.textContent).toBe(
      `Read the first 2 of the ${(10_000).toLocaleString()} entries shown in your invitation list: findings about single entries look at those first ones only.`,
    );
  });

  it('says when a text was longer than it reads', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile({ about: { status: 'present', value: 'Long about', truncated: true } })));
    expect((await screen.findByTestId('truncated')).textContent).toBe(
      'Profile Coach read only the first 10 characters of your About section: the text is longer.',
    );
  });

  it('says nothing of cuts on a page read whole', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile()));
    await screen.findByTestId('score-band');
    expect(screen.queryByTestId('truncated')).toBeNull();
  });

  it('says plainly which field it could not read, and copies diagnostics without page text', async () => {
    const { tabs, copy } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile({ about: unreadable() })));
    const section = await screen.findByRole('region', { name: "What Profile Coach couldn't read" });
    expect(section.textContent).toContain(
      "Couldn't read your About section; LinkedIn may have changed its page; the score leaves it out.",
    );
    expect(screen.getByRole('link', { name: "Leaves out 1 part it couldn't read" }).getAttribute('href')).toBe(
      '#unreadable',
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Copy diagnostics' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    const json = JSON.parse(copy.mock.calls[0]?.[0] as string);
    expect(json).toMatchObject({
      version: '0.1.0',
      url: 'https://www.linkedin.com/in/…/',
      pageType: 'linkedin-profile',
      layout: 'artdeco-2024',
      language: 'en',
      fields: { about: { status: 'unreadable', strategy: null, note: 'none of 3 strategies matched' } },
      rulesNotJudged: [{ rule: 'test-about', status: 'incomplete', unreadable: ['about'] }],
    });
    // No field value leaves with the diagnostics.
    expect(copy.mock.calls[0]?.[0]).not.toContain('Brightwave');
    expect(copy.mock.calls[0]?.[0]).not.toMatch(/vermeulen/i);
    expect(await within(section).findByText(/Diagnostics copied/)).toBeTruthy();
  });

  it('lists several unreadable fields, and shows the diagnostics to copy by hand when the clipboard refuses', async () => {
    const { tabs } = setup({ copy: () => Promise.reject(new Error('denied')) });
    await showReport(tabs, readReport(makeLinkedInProfile({ about: unreadable(), skills: unreadable() })));
    const section = await screen.findByRole('region', { name: "What Profile Coach couldn't read" });
    expect(within(section).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['About section', 'skills']);
    fireEvent.click(within(section).getByRole('button', { name: 'Copy diagnostics' }));
    const box = await within(section).findByRole('textbox', { name: 'Diagnostics' });
    expect(JSON.parse((box as HTMLTextAreaElement).value)).toMatchObject({ pageType: 'linkedin-profile' });
    expect(within(section).getByRole('status').textContent).toMatch(/Couldn't copy/);
  });

  it('says where LinkedIn shows the website when the page does not, with no diagnostics to copy for a known limit', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile({ website: unreadable('not-shown') }, { selfView: false })));
    const section = await screen.findByRole('region', { name: "What Profile Coach couldn't read" });
    expect(section.textContent).toContain('LinkedIn shows the website only under Contact info: open it, then check again.');
    expect(section.textContent).not.toContain('may have changed');
    expect(within(section).queryByRole('button', { name: 'Copy diagnostics' })).toBeNull();
  });

  it('words a field the page does not show apart from one that did not match, and offers diagnostics for the mismatch', async () => {
    const { tabs, copy } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile({ about: unreadable(), website: unreadable('not-shown') })));
    const section = await screen.findByRole('region', { name: "What Profile Coach couldn't read" });
    expect(Array.from(section.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      'LinkedIn shows the website only under Contact info: open it, then check again.',
      "Couldn't read your About section; LinkedIn may have changed its page; the score leaves it out.",
      '',
    ]);
    fireEvent.click(within(section).getByRole('button', { name: 'Copy diagnostics' }));
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    expect(JSON.parse(copy.mock.calls[0]?.[0] as string).fields).toMatchObject({
      about: { status: 'unreadable', reason: 'no-match' },
      website: { status: 'unreadable', reason: 'not-shown' },
    });
  });

  it('says where LinkedIn shows the website in French and Dutch too', async () => {
    useLocale('fr');
    const { tabs, view } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile({ website: unreadable('not-shown') })));
    const fr = await screen.findByRole('region', { name: /Profile Coach/ });
    expect(fr.textContent).toContain('LinkedIn n’affiche le site web que sous «\u00a0Coordonnées\u00a0»\u00a0: ouvrez-les, puis vérifiez à nouveau.');
    view.unmount();
    useLocale('nl');
    const nl = setup();
    await showReport(nl.tabs, readReport(makeLinkedInProfile({ website: unreadable('not-shown') })));
    expect((await screen.findByRole('region', { name: /Profile Coach/ })).textContent).toContain(
      'LinkedIn toont de website alleen onder Contactgegevens: open die en controleer dan opnieuw.',
    );
  });

  it('says X shows the pinned post only on the Posts tab, on another tab of an X profile', async () => {
    const x = makeXProfile({ pinnedPost: unreadable('not-shown') }, { url: 'https://x.com/adavermeulen/media' });
    const { tabs } = setup({}, { id: 1, url: x.url });
    await showReport(tabs, readReport(x, 'x-profile'));
    const section = await screen.findByRole('region', { name: "What Profile Coach couldn't read" });
    expect(section.textContent).toBe(
      "What Profile Coach couldn't readX shows the pinned post only on the Posts tab: open it, then check again.",
    );
  });

  it('does not call an absent field unreadable', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile({ about: absent() })));
    await screen.findByRole('meter', { name: 'Brand alignment' });
    expect(screen.queryByRole('region', { name: "What Profile Coach couldn't read" })).toBeNull();
  });
});

describe('Popup coach: done, snooze and the checklist, remembered per profile', () => {
  it('keeps a finding marked done in view while the page still shows it, and remembers it', async () => {
    const { tabs, rerender } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const banner = await screen.findByRole('article', { name: 'The banner is the default one' });
    fireEvent.click(within(banner).getByRole('button', { name: 'Done' }));
    const doneGroup = await screen.findByRole('region', { name: 'Marked done, still on the page' });
    const moved = within(doneGroup).getByRole('article', { name: 'The banner is the default one' });
    expect(within(moved).getByText('Marked done, but the page still shows it.')).toBeTruthy();
    // Focus follows the finding to its new place.
    await waitFor(() => expect(document.activeElement).toBe(within(moved).getByRole('button', { name: 'Not done' })));
    // The score is the page's: unchanged.
    expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('50');

    await waitFor(async () => {
      const stored = await fakeBrowser.storage.local.get(`findingState:linkedin:in/ada-vermeulen`);
      expect(stored['findingState:linkedin:in/ada-vermeulen']).toMatchObject({
        findings: { 'test-banner': { doneAt: NOW.toISOString() } },
      });
    });

    const again = rerender();
    await showReport(again, readReport(failingProfile()));
    const restored = await screen.findByRole('region', { name: 'Marked done, still on the page' });
    fireEvent.click(within(restored).getByRole('button', { name: 'Not done' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Marked done, still on the page' })).toBeNull(),
    );
  });

  it('tucks a finding snoozed for a week away until the day, and remembers it', async () => {
    const { tabs, rerender } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const headline = await screen.findByRole('article', { name: 'The headline carries markup' });
    fireEvent.click(within(headline).getByRole('button', { name: 'Snooze' }));
    const week = within(headline).getByRole('button', { name: 'For a week' });
    expect(document.activeElement).toBe(week);
    fireEvent.click(week);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'The headline carries markup' })).toBeNull());
    expect(screen.getByText('Snoozed (1)')).toBeTruthy();
    expect(screen.getByText(/Snoozed until Jun 22, 2026/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What to fix first' }));

    const again = rerender();
    await showReport(again, readReport(failingProfile()));
    await screen.findByText('Snoozed (1)');
    fireEvent.click(screen.getByRole('button', { name: 'Show again' }));
    expect(await screen.findByRole('article', { name: 'The headline carries markup' })).toBeTruthy();
  });

  it('snoozes until a chosen date, and shows the finding again once that day has come', async () => {
    const first = setup();
    const { tabs } = first;
    await showReport(tabs, readReport(failingProfile()));
    const banner = await screen.findByRole('article', { name: 'The banner is the default one' });
    fireEvent.click(within(banner).getByRole('button', { name: 'Snooze' }));
    fireEvent.input(within(banner).getByLabelText('Until'), { target: { value: '2026-07-01' } });
    fireEvent.click(within(banner).getByRole('button', { name: 'Snooze until this date' }));
    await screen.findByText(/Snoozed until Jul 1, 2026/);

    first.view.unmount();
    const later = setup({ now: () => new Date(2026, 6, 1, 12) });
    await showReport(later.tabs, readReport(failingProfile()));
    expect(await screen.findByRole('article', { name: 'The banner is the default one' })).toBeTruthy();
    expect(screen.queryByText(/Snoozed \(/)).toBeNull();
  });

  it('scores a manual checklist item once ticked, and as not done once unticked', async () => {
    const { tabs, rerender } = setup({ check: checkWith({ rules: [] }) });
    await showReport(tabs, readReport(makeLinkedInProfile()));
    await screen.findByText('Not enough data yet');
    const item = screen.getByRole('checkbox', { name: 'Booked time with your manager to talk about social media' });
    fireEvent.click(item);
    const gauge = await screen.findByRole('meter', { name: 'Brand alignment' });
    expect(gauge.getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByRole('meter', { name: 'Team up' }).getAttribute('aria-valuenow')).toBe('100');

    fireEvent.click(item);
    await waitFor(() => expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('0'));
    expect(screen.getByText(/Not done yet: counts in the score/)).toBeTruthy();

    fireEvent.click(item);
    await waitFor(() => expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('100'));
    const again = rerender();
    await showReport(again, readReport(makeLinkedInProfile()));
    const restored = await screen.findByRole('checkbox', { name: 'Booked time with your manager to talk about social media' });
    expect((restored as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('100');
  });

  it('shares the checklist answers across one\'s own LinkedIn and X profiles', async () => {
    const { tabs } = setup({ check: checkWith({ rules: [] }) });
    await showReport(tabs, readReport(makeLinkedInProfile()));
    fireEvent.click(await screen.findByRole('checkbox', { name: MANAGER_ITEM }));
    await waitFor(() => expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('100'));
    tabs.report(readReport(makeXProfile(), 'x-profile'));
    await waitFor(() => expect(screen.getByTestId('page-type').textContent).toBe('X profile'));
    const onX = await screen.findByRole('checkbox', { name: MANAGER_ITEM });
    await waitFor(() => expect((onX as HTMLInputElement).checked).toBe(true));
    expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('100');
  });

  it("offers no checkbox on a colleague's profile, and never counts the viewer's answers in its score", async () => {
    const check = checkWith({ rules: [] });
    const { tabs } = setup({ check });
    await showReport(tabs, readReport(makeLinkedInProfile()));
    fireEvent.click(await screen.findByRole('checkbox', { name: MANAGER_ITEM }));
    await waitFor(() => expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('100'));
    tabs.report(readReport(makeLinkedInProfile({}, { url: 'https://www.linkedin.com/in/colleague/', selfView: false })));
    expect(await screen.findByText(/ask them in a coaching session/)).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText(MANAGER_ITEM)).toBeTruthy();
    // Nothing scored on the colleague's page: the viewer's tick does not make it 100.
    expect(await screen.findByText('Not enough data yet')).toBeTruthy();
    expect(check).toHaveBeenLastCalledWith(expect.objectContaining({ answers: {} }));
  });

  it('keeps marks per profile: another profile starts clean', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const banner = await screen.findByRole('article', { name: 'The banner is the default one' });
    fireEvent.click(within(banner).getByRole('button', { name: 'Done' }));
    await screen.findByRole('region', { name: 'Marked done, still on the page' });
    tabs.report(
      readReport(
        makeLinkedInProfile({ headline: present(HOSTILE), banner: present(false) }, { url: 'https://www.linkedin.com/in/someone-else/' }),
      ),
    );
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Marked done, still on the page' })).toBeNull());
    expect(await screen.findByRole('article', { name: 'The banner is the default one' })).toBeTruthy();
  });

  it('says when browser storage is full, keeps the change, and saves it on retry', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const { tabs } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const banner = await screen.findByRole('article', { name: 'The banner is the default one' });
    fireEvent.click(within(banner).getByRole('button', { name: 'Done' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Browser storage is full');
    // The change is kept while the popup is open.
    expect(screen.getByRole('region', { name: 'Marked done, still on the page' })).toBeTruthy();

    set.mockRestore();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const stored = await fakeBrowser.storage.local.get(`${STORAGE_PREFIX.slice('local:'.length)}linkedin:in/ada-vermeulen`);
    expect(Object.values(stored)[0]).toMatchObject({ findings: { 'test-banner': { doneAt: expect.any(String) } } });
  });

  it('survives a corrupt stored value: defaults, no crash', async () => {
    await fakeBrowser.storage.local.set({ 'findingState:linkedin:in/ada-vermeulen': { findings: 'garbage', answers: [1, 2] } });
    const { tabs } = setup();
    await showReport(tabs, readReport(failingProfile()));
    expect(await screen.findByRole('article', { name: 'The banner is the default one' })).toBeTruthy();
  });
});

describe("Popup coach: doesn't apply to me", () => {
  it('sets a check aside with a reason: out of the score, listed apart, stored with the person, and reversible', async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const headline = await screen.findByRole('article', { name: 'The headline carries markup' });
    fireEvent.click(within(headline).getByRole('button', { name: "Doesn't apply to me" }));
    const confirm = within(headline).getByRole('button', { name: 'Set it aside' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(headline).getByRole('radio', { name: "I'm not in a customer-facing role" }));
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('article', { name: 'The headline carries markup' })).toBeNull());
    // Headline out of the score (never a pass): banner 0.5 and About 1 remain.
    expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('75');
    expect(screen.getByTestId('set-aside').textContent).toBe("Checks you said don't apply to you, left out of the score: 1");
    const group = screen.getByText('Not applicable to you (1)').closest('details') as HTMLElement;
    expect(group.textContent).toContain("You said this doesn't apply to you: I'm not in a customer-facing role");
    // Not mixed with the checks that do not concern the page.
    expect(screen.queryByText(/Doesn't apply here/)).toBeNull();
    await waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('person'))['person']).toMatchObject({
        notApplicable: { 'test-headline': { reason: 'customerFacing' } },
      }),
    );

    fireEvent.click(within(group).getByRole('button', { name: 'It applies after all' }));
    expect(await screen.findByRole('article', { name: 'The headline carries markup' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What to fix first' }));
    await waitFor(() => expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('50'));
    expect(screen.queryByTestId('set-aside')).toBeNull();
  });

  it("keeps an 'other' reason in the person's words, bounded", async () => {
    const { tabs } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const banner = await screen.findByRole('article', { name: 'The banner is the default one' });
    fireEvent.click(within(banner).getByRole('button', { name: "Doesn't apply to me" }));
    fireEvent.click(within(banner).getByRole('radio', { name: 'Other reason:' }));
    const note = within(banner).getByRole('textbox', { name: 'Your reason, in a few words' });
    expect(note.getAttribute('maxlength')).toBe('80');
    fireEvent.input(note, { target: { value: 'On parental leave' } });
    fireEvent.click(within(banner).getByRole('button', { name: 'Set it aside' }));
    expect(await screen.findByText(/You said this doesn't apply to you: On parental leave/)).toBeTruthy();
  });

  it("is not offered on a colleague's profile, and the viewer's choices do not change its score", async () => {
    await fakeBrowser.storage.local.set({ person: { answers: {}, notApplicable: { 'test-headline': { reason: 'themes' } } } });
    const { tabs } = setup();
    await showReport(tabs, readReport(makeLinkedInProfile({ headline: present(HOSTILE), banner: present(false) }, { selfView: false })));
    const headline = await screen.findByRole('article', { name: 'The headline carries markup' });
    expect(within(headline).queryByRole('button', { name: "Doesn't apply to me" })).toBeNull();
    expect(screen.getByRole('meter', { name: 'Brand alignment' }).getAttribute('aria-valuenow')).toBe('50');
    expect(screen.queryByText(/Not applicable to you/)).toBeNull();
  });

  it('speaks French and Dutch', async () => {
    useLocale('fr');
    const { tabs } = setup();
    await showReport(tabs, readReport(failingProfile()));
    const headline = await screen.findByRole('article', { name: 'The headline carries markup' });
    fireEvent.click(within(headline).getByRole('button', { name: 'Ne me concerne pas' }));
    expect(within(headline).getByRole('radio', { name: 'Je ne travaille pas sur les thèmes de la saison' })).toBeTruthy();
  });
});

describe('Popup coach: progress since last time', () => {
  const JUNE_8 = new Date(2026, 5, 8, 12);
  const fixedBanner = () => makeLinkedInProfile({ headline: present(HOSTILE), banner: present(true) });

  it('shows the score against the last visit of another day, and celebrates the findings fixed since', async () => {
    const first = setup({ now: () => JUNE_8, check: checkWith({ now: () => JUNE_8, progress: recordProgress }) });
    await showReport(first.tabs, readReport(failingProfile()));
    await screen.findByRole('meter', { name: 'Brand alignment' });
    // The first visit has nothing to compare with.
    expect(screen.queryByTestId('progress')).toBeNull();
    first.view.unmount();

    const later = setup({ check: checkWith({ progress: recordProgress }) });
    await showReport(later.tabs, readReport(fixedBanner()));
    const progress = await screen.findByTestId('progress');
    // 50 then (headline 0, banner 0.5, About 1), 67 now (banner 1).
    expect(progress.textContent).toContain('+17 since Jun 8');
    expect(progress.textContent).toContain('Team up +50');
    expect(within(progress).getByText('Fixed since Jun 8: The banner is custom. Well done!')).toBeTruthy();
  });

  it("says nothing of progress on a colleague's profile, and records none", async () => {
    const colleague = makeLinkedInProfile({ banner: present(true) }, { url: 'https://www.linkedin.com/in/colleague/', selfView: false });
    const first = setup({ now: () => JUNE_8, check: checkWith({ now: () => JUNE_8, progress: recordProgress }) });
    await showReport(first.tabs, readReport({ ...colleague, fields: { ...colleague.fields, banner: present(false) } }));
    await screen.findByRole('meter', { name: 'Brand alignment' });
    first.view.unmount();
    const later = setup({ check: checkWith({ progress: recordProgress }) });
    await showReport(later.tabs, readReport(colleague));
    await screen.findByRole('meter', { name: 'Brand alignment' });
    expect(screen.queryByTestId('progress')).toBeNull();
    expect(await fakeBrowser.storage.local.get('progress')).toEqual({});
  });

  it('speaks French, with a French date', async () => {
    const first = setup({ now: () => JUNE_8, check: checkWith({ now: () => JUNE_8, progress: recordProgress }) });
    await showReport(first.tabs, readReport(failingProfile()));
    await screen.findByRole('meter', { name: 'Brand alignment' });
    first.view.unmount();
    useLocale('fr');
    const later = setup({ check: checkWith({ progress: recordProgress }) });
    await showReport(later.tabs, readReport(fixedBanner()));
    expect((await screen.findByTestId('progress')).textContent).toContain('+17 depuis le 8 juin');
  });
});

describe('Popup languages', () => {
  it('speaks French when the browser does', async () => {
    useLocale('fr');
    const { tabs } = setup();
    expect(screen.getByRole('status').textContent).toBe('Lecture de la page…');
    await showReport(tabs, readReport(failingProfile()));
    const headline = await screen.findByRole('article', { name: 'The headline carries markup' });
    expect(within(headline).getByRole('button', { name: 'Corriger' })).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'Alignement avec la marque' })).toBeTruthy();
  });
});

describe('preloadOnce', () => {
  it('starts the read at once and hands its result out once: a later holder reads afresh', async () => {
    let reads = 0;
    const take = preloadOnce(async () => ++reads);
    expect(reads).toBe(1);
    expect(await take()).toBe(1);
    expect(take()).toBeUndefined();
    expect(reads).toBe(1);
  });

  it('reports no unhandled rejection for a read nobody took', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      preloadOnce(() => Promise.reject(new Error('storage is gone')));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
