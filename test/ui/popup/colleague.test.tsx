import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import type { Colleague, Session } from '../../../src/coaching/record';
import { type AnyRule, defineRule, fail, pass } from '../../../src/engine/define-rule';
import { type CheckDeps, runCheck } from '../../../src/messaging/check';
import type { CheckRequest, PageReport } from '../../../src/messaging/protocol';
import type { Snapshot } from '../../../src/snapshot';
import { CoachingStoreError } from '../../../src/storage/coaching/port';
import { type OpenCoachingStore, openCoachingStore } from '../../../src/storage/coaching/store';
import { Popup, type PopupProps } from '../../../src/ui/popup/popup';
import { freshName } from '../../storage/coaching/records';
import { useLocale } from '../../helpers/i18n';
import { fakeTabs, readReport } from '../../helpers/popup-harness';
import { makeLinkedInProfile, makeXProfile, present } from '../../helpers/snapshots';

const MANAGER_ITEM = 'Booked time with your manager to talk about social media';
const TEAM_ITEM = 'Looked at your own team’s profiles';
const NOW = new Date(2026, 5, 15, 12);
const EDIT_INTRO = 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/';
const HEADLINE = 'Head of <script>alert(1)</script> at Brightwave';

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
    messages: { markup: 'Remove the script from the headline.' },
    fix: () => ({ label: 'Edit your intro', url: EDIT_INTRO }),
  },
  check: ({ fields: { headline } }) =>
    headline?.includes('<script>') ? fail('markup', {}, [{ field: 'headline', text: headline }]) : pass(),
});
/** Quotes the About text in its evidence: a session must keep the label, never the text. */
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
  check: ({ fields: { about } }) => (about ? fail('none', {}, [{ field: 'about', text: about }]) : pass()),
});
const RULES = [headlineRule, aboutRule] as unknown as AnyRule[];

const colleagueProfile = () => makeLinkedInProfile({ headline: present(HEADLINE) }, { selfView: false });
const ownProfile = () => makeLinkedInProfile({ headline: present(HEADLINE) });
const colleagueOnX = () => makeXProfile({}, { url: 'https://x.com/adavermeulen', selfView: false });

const opened: OpenCoachingStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function freshStore() {
  const name = freshName();
  const coaching = openCoachingStore({ name });
  opened.push(coaching);
  return { coaching, name };
}

/** What the database holds, read past the store's code: colleagues and sessions as stored. */
async function stored(name: string): Promise<{ colleagues: Colleague[]; sessions: Session[]; json: string }> {
  const db = await openDB(name);
  const colleagues = (await db.getAll('colleagues')) as Colleague[];
  const sessions = (await db.getAll('sessions')) as Session[];
  db.close();
  return { colleagues, sessions, json: JSON.stringify({ colleagues, sessions }) };
}

function setup(snapshot: Snapshot, props: Partial<PopupProps> = {}, pageType: PageReport['pageType'] = 'linkedin-profile') {
  const tabs = fakeTabs({ id: 1, url: snapshot.url });
  const copy = vi.fn(async (_text: string) => undefined);
  const openPage = vi.fn((_url: string) => undefined);
  const check = vi.fn((request: Omit<CheckRequest, 'type'>) =>
    runCheck({ type: 'check', ...request }, { now: () => NOW, rules: RULES } satisfies CheckDeps),
  );
  const view = render(<Popup tabs={tabs} now={() => NOW} copy={copy} check={check} openPage={openPage} extensionVersion={() => '0.1.0'} {...props} />);
  void waitFor(() => expect(tabs.watch).toHaveBeenCalled()).then(() => tabs.report(readReport(snapshot, pageType)));
  return { tabs, copy, openPage, check, view };
}

const startButton = () => screen.findByRole('button', { name: 'Start a coaching session' });
const noticeBox = () => screen.findByRole('checkbox', { name: /I told Ada Vermeulen about this review/ });

/** Starts the first session with Ada: the form, the notice ticked, saved. */
async function firstSession(openPage: ReturnType<typeof vi.fn>) {
  fireEvent.click(await startButton());
  fireEvent.click(await noticeBox());
  fireEvent.click(screen.getByRole('button', { name: 'Save the session' }));
  await waitFor(() => expect(openPage).toHaveBeenCalledTimes(1));
}

describe("Popup on a colleague's profile", () => {
  it('names the colleague in the header and says what the record is for', async () => {
    const { coaching } = freshStore();
    setup(colleagueProfile(), { coaching });
    expect(await screen.findByRole('heading', { level: 2, name: 'Coaching: Ada Vermeulen' })).toBeTruthy();
    expect(await screen.findByText('Coaching records serve coaching, not performance appraisal.')).toBeTruthy();
  });

  it('offers "Copy the suggestion" instead of Fix, copying the title, message and where to fix it; Show on page stays', async () => {
    const { coaching } = freshStore();
    const { copy, tabs } = setup(colleagueProfile(), { coaching });
    const finding = await screen.findByRole('article', { name: 'The headline carries markup' });
    expect(within(finding).queryByRole('button', { name: 'Fix' })).toBeNull();
    expect(within(finding).getByRole('button', { name: 'Show on page' })).toBeTruthy();
    fireEvent.click(within(finding).getByRole('button', { name: 'Copy the suggestion' }));
    await waitFor(() => expect(within(finding).getByRole('status').textContent).toBe('Copied'));
    expect(copy).toHaveBeenCalledWith(
      `The headline carries markup\nRemove the script from the headline.\nWhere: Edit your intro ${EDIT_INTRO}`,
    );
    expect(tabs.open).not.toHaveBeenCalled();
  });

  it('writes nothing when the session is started without the notice ticked', async () => {
    const { coaching, name } = freshStore();
    const { openPage } = setup(colleagueProfile(), { coaching });
    fireEvent.click(await startButton());
    await noticeBox();
    fireEvent.click(screen.getByRole('button', { name: 'Save the session' }));
    expect(await screen.findByText('Tick the notice first: nothing is stored before.')).toBeTruthy();
    expect(openPage).not.toHaveBeenCalled();
    const { colleagues, sessions } = await stored(name);
    expect(colleagues).toEqual([]);
    expect(sessions).toEqual([]);
  });

  it("stores one colleague and one session with the session's answers, no page text and none of the viewer's answers", async () => {
    // The viewer's own answer, which must never reach the colleague's session.
    await fakeBrowser.storage.local.set({ person: { answers: { 'review-team-profiles': true }, notApplicable: {} } });
    const { coaching, name } = freshStore();
    const { openPage } = setup(colleagueProfile(), { coaching });
    // Before a session, the questions are read-only.
    await startButton();
    expect(screen.queryByRole('radio')).toBeNull();
    fireEvent.click(await startButton());
    const question = await screen.findByRole('group', { name: MANAGER_ITEM });
    fireEvent.click(within(question).getByRole('radio', { name: 'Yes' }));
    expect((within(screen.getByRole('group', { name: TEAM_ITEM })).getByRole('radio', { name: 'Not asked' }) as HTMLInputElement).checked).toBe(true);
    const nameField = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(nameField.value).toBe('Ada Vermeulen');
    fireEvent.input(nameField, { target: { value: 'Ada V.' } });
    const notice = await screen.findByRole('checkbox', { name: /I told Ada V\. about this review.*\(12 months\)/ });
    fireEvent.click(notice);
    fireEvent.click(screen.getByRole('button', { name: 'Save the session' }));
    await waitFor(() => expect(openPage).toHaveBeenCalledTimes(1));

    const { colleagues, sessions, json } = await stored(name);
    expect(colleagues).toHaveLength(1);
    expect(colleagues[0]).toMatchObject({
      name: 'Ada V.',
      profiles: [{ site: 'linkedin', key: 'linkedin:in/ada-vermeulen' }],
      noticeConfirmedAt: NOW.toISOString(),
      noticeRetentionMonths: 12,
    });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ colleagueId: colleagues[0]?.id, profileKey: 'linkedin:in/ada-vermeulen', answers: { 'book-manager-time': true } });
    expect(sessions[0]?.outcomes.find((outcome) => outcome.ruleId === 'test-about')?.labels).toEqual(['about', '1 item']);
    expect(sessions[0]?.answers).not.toHaveProperty('review-team-profiles');
    // The audience as counted on the page checked, for the team's visibility figure.
    expect(sessions[0]?.audience).toEqual({ followers: 1284, connections: 500 });
    // The colleague's answer counts in the session's check; the viewer's own answer does not.
    const statusOf = (ruleId: string) => sessions[0]?.outcomes.find((outcome) => outcome.ruleId === ruleId)?.status;
    expect(statusOf('manual:book-manager-time')).toBe('pass');
    expect(statusOf('manual:review-team-profiles')).toBe('incomplete');
    const snapshot = colleagueProfile();
    const about = snapshot.fields.about.status === 'present' ? snapshot.fields.about.value : '';
    expect(json).not.toContain(about.slice(0, 40));
    expect(json).not.toContain('Brightwave');
    expect(json).not.toContain('<script>');
    expect(openPage).toHaveBeenCalledWith(`chrome-extension://${fakeBrowser.runtime.id}/coaching.html#${colleagues[0]?.id}`);
    expect(await screen.findByText("Session saved. Notes and agreed actions go on Ada V.'s page.")).toBeTruthy();
  });

  it('adds a session without the form on a second start, and says how many there are', async () => {
    const { coaching, name } = freshStore();
    const first = setup(colleagueProfile(), { coaching });
    await firstSession(first.openPage);
    first.view.unmount();

    const { openPage } = setup(colleagueProfile(), { coaching });
    expect(await screen.findByText(/Coached before: 1 session, the last on Jun 15, 2026\./)).toBeTruthy();
    const link = screen.getByRole('link', { name: "Open Ada Vermeulen's page" });
    fireEvent.click(await startButton());
    await waitFor(() => expect(openPage).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('checkbox', { name: /I told/ })).toBeNull();
    const { colleagues, sessions } = await stored(name);
    expect(colleagues).toHaveLength(1);
    expect(sessions).toHaveLength(2);
    expect(sessions.every((session) => session.colleagueId === colleagues[0]?.id)).toBe(true);
    fireEvent.click(link);
    expect(openPage).toHaveBeenLastCalledWith(expect.stringMatching(new RegExp(`/coaching\\.html#${colleagues[0]?.id}$`)));
    // Beside it, a small link to the team dashboard.
    fireEvent.click(screen.getByRole('link', { name: 'Team dashboard' }));
    expect(openPage).toHaveBeenLastCalledWith(`chrome-extension://${fakeBrowser.runtime.id}/dashboard.html`);

    // Answers given after the session was saved go into that session.
    fireEvent.click(within(await screen.findByRole('group', { name: MANAGER_ITEM })).getByRole('radio', { name: 'No' }));
    await waitFor(async () => {
      const answered = (await stored(name)).sessions.filter((session) => Object.keys(session.answers).length > 0);
      expect(answered.map((session) => session.answers)).toEqual([{ 'book-manager-time': false }]);
      expect(answered[0]?.at).toBe(NOW.toISOString());
      // The stored session follows the check the answer changed: "not done" is a failure now.
      expect(answered[0]?.outcomes.find((outcome) => outcome.ruleId === 'manual:book-manager-time')?.status).toBe('fail');
    });
  });

  it('links the X profile to the colleague recorded from LinkedIn: one record', async () => {
    const { coaching, name } = freshStore();
    const first = setup(colleagueProfile(), { coaching });
    await firstSession(first.openPage);
    first.view.unmount();

    const { openPage } = setup(colleagueOnX(), { coaching }, 'x-profile');
    fireEvent.click(await startButton());
    const select = (await screen.findByRole('combobox', { name: 'Same person as' })) as HTMLSelectElement;
    expect(select.value).toBe('');
    const [colleague] = (await stored(name)).colleagues;
    fireEvent.change(select, { target: { value: colleague?.id } });
    fireEvent.click(await noticeBox());
    fireEvent.click(screen.getByRole('button', { name: 'Save the session' }));
    await waitFor(() => expect(openPage).toHaveBeenCalledTimes(1));
    const { colleagues, sessions } = await stored(name);
    expect(colleagues).toHaveLength(1);
    expect(colleagues[0]?.profiles).toEqual([
      { site: 'linkedin', key: 'linkedin:in/ada-vermeulen' },
      { site: 'x', key: 'x:@adavermeulen' },
    ]);
    expect(sessions.map((session) => session.site).sort()).toEqual(['linkedin', 'x']);
    expect(sessions.find((session) => session.site === 'x')?.audience).toEqual({ followers: 2310, connections: null });
  });

  it('speaks French and Dutch', async () => {
    const { coaching } = freshStore();
    useLocale('fr');
    const french = setup(colleagueProfile(), { coaching });
    expect(await screen.findByRole('heading', { level: 2, name: 'Coaching : Ada Vermeulen' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Commencer une séance de coaching' }));
    expect(await screen.findByRole('checkbox', { name: /^J'ai informé Ada Vermeulen de cette revue.*\(12 mois\)$/ })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Copier la suggestion' }).length).toBeGreaterThan(0);
    french.view.unmount();
    useLocale('nl');
    setup(colleagueProfile(), { coaching });
    fireEvent.click(await screen.findByRole('button', { name: 'Een coachingsessie starten' }));
    expect(await screen.findByRole('checkbox', { name: /^Ik heb Ada Vermeulen over deze review verteld.*\(12 maanden\)$/ })).toBeTruthy();
  });

  it('says plainly that storage is full, and keeps the form as filled', async () => {
    const { coaching, name } = freshStore();
    vi.spyOn(coaching, 'saveSession').mockRejectedValueOnce(new CoachingStoreError('full', 'no room'));
    const { openPage } = setup(colleagueProfile(), { coaching });
    fireEvent.click(await startButton());
    fireEvent.click(within(await screen.findByRole('group', { name: MANAGER_ITEM })).getByRole('radio', { name: 'Yes' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Ada V.' } });
    fireEvent.click(await screen.findByRole('checkbox', { name: /I told Ada V\./ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the session' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Storage is full: nothing was lost/);
    expect(openPage).not.toHaveBeenCalled();
    expect((screen.getByRole('checkbox', { name: /I told Ada V\./ }) as HTMLInputElement).checked).toBe(true);
    expect((within(screen.getByRole('group', { name: MANAGER_ITEM })).getByRole('radio', { name: 'Yes' }) as HTMLInputElement).checked).toBe(true);
    // Tried again, with room: the session is saved, for the colleague recorded the first time.
    fireEvent.click(screen.getByRole('button', { name: 'Save the session' }));
    await waitFor(() => expect(openPage).toHaveBeenCalledTimes(1));
    const { colleagues, sessions } = await stored(name);
    expect(colleagues).toHaveLength(1);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.answers).toEqual({ 'book-manager-time': true });
  });
});

describe('Popup on one’s own profile', () => {
  it('shows nothing of coaching, keeps Fix and reads no coaching record', async () => {
    const { coaching } = freshStore();
    const byProfile = vi.spyOn(coaching, 'colleagueByProfile');
    setup(ownProfile(), { coaching });
    const finding = await screen.findByRole('article', { name: 'The headline carries markup' });
    expect(within(finding).getByRole('button', { name: 'Fix' })).toBeTruthy();
    expect(within(finding).queryByRole('button', { name: 'Copy the suggestion' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Start a coaching session' })).toBeNull();
    expect(screen.queryByText(/^Coaching:/)).toBeNull();
    expect(screen.getByRole('checkbox', { name: MANAGER_ITEM })).toBeTruthy();
    expect(byProfile).not.toHaveBeenCalled();
  });
});
