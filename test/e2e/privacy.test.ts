/**
 * @file Privacy of colleagues in real Chromium, with the built extension and the browser's own IndexedDB: a
 * colleague's profile checked before they have a coaching record leaves nothing in storage; once they have one (the
 * record written through the real store, as the popup would), the background's check keeps only the
 * fingerprint of their summary; "Forget this colleague" on the options page leaves nothing of them anywhere but the
 * date (the list and its confirmation pass axe-core); "Delete everything" deletes the coaching database while the background holds it open.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileKeyOfUrl } from '../../src/snapshot/page-key';
import { makeColleague, makeSession } from '../storage/coaching/records';
import { type ChromiumSession, launchChromium } from './support/chromium';
import { everythingStored } from './support/stored';
import { seedColleague, seedFiles } from './support/colleague-seed';
import { fixturePages, openFixtureTab, openPopup } from './support/popup';

const COLLEAGUE = 'linkedin/profile/2025-05-sdui-en-other.html';
const page = fixturePages().find((fixture) => fixture.name === COLLEAGUE);
if (!page) throw new Error(`no fixture ${COLLEAGUE}`);
const key = profileKeyOfUrl(page.url) as string;
const slug = key.replace(/^linkedin:in\//, '');

let session: ChromiumSession;
let options: Page;

beforeAll(async () => {
  session = await launchChromium([page], { extraFiles: await seedFiles() });
  options = await session.openExtensionPage('options.html');
  // The options page opens the coaching database (with its schema) to list the records.
  await options.getByText('No coaching records.').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await session?.close();
});

async function checkInPopup(): Promise<void> {
  const { tabId } = await openFixtureTab(session, options, page as NonNullable<typeof page>);
  const popup = await openPopup(session, tabId);
  await popup.close();
}

describe('a colleague’s traces in real Chromium', () => {
  it('keeps nothing of a colleague checked without a coaching record', async () => {
    await checkInPopup();
    const stored = await everythingStored(options);
    expect(stored).not.toContain(slug);
  });

  it('keeps the fingerprint of a coached colleague’s summary, and forgets all of them on request', async () => {
    const colleague = makeColleague({ id: 'colleague-e2e', name: 'Coached Colleague', profiles: [{ site: 'linkedin', key }] });
    const session1 = makeSession(colleague, { id: 'e2e-session', profileKey: key, notes: [{ text: 'Private note about the headline', forColleague: false }] });
    // Written through the real store (its schema and tallies), as a session saved from the popup would be.
    await seedColleague(session, colleague, [{ ...session1, at: new Date().toISOString() }]);
    await checkInPopup();
    expect(JSON.parse(await everythingStored(options)).local.summarySeen).toHaveProperty([key]);

    await options.reload();
    const row = options.getByRole('row').filter({ hasText: 'Coached Colleague' });
    await row.getByRole('button', { name: 'Forget this colleague…' }).click();
    // The list, the confirmation and the retention field, as axe-core sees them.
    const axe = await new AxeBuilder({ page: options }).analyze();
    expect(axe.violations.map((violation) => `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await options.getByRole('button', { name: 'Forget Coached Colleague' }).click();
    await options.getByText('Forgotten: only the date was kept.').waitFor();
    const stored = await everythingStored(options);
    for (const trace of [slug, 'Coached Colleague', 'Private note', 'colleague-e2e']) expect(stored).not.toContain(trace);
    expect(JSON.parse(stored).stores.forgotten).toEqual([{ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
  });

  it('Delete everything deletes the coaching database, though the background holds it open', async () => {
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await options.getByText('Everything was deleted.').waitFor({ timeout: 15_000 });
    await options.getByText('No coaching records.').waitFor();
    const stored = JSON.parse(await everythingStored(options));
    expect(stored.local).toEqual({});
    expect(stored.stores.forgotten ?? []).toEqual([]);
  });
});
