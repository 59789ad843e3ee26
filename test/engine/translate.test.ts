/**
 * @file The engine speaks the language it is given: titles, why, messages with their data, Fix labels, reasons and
 * evidence words, checklist items and its own words come from the translation, while the company's own words (a
 * rule's `why`, its own checklist items) stay as written and a text the translation lacks falls back to English.
 */
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../src/engine';
import { DEFAULT_MANUAL_ITEMS } from '../../src/guidelines/presets/default';
import { GuidelinesSchema } from '../../src/guidelines/schema';
import { localize } from '../../src/engine/messages';
import { runRules } from '../../src/engine/run-rules';
import pendingInvitationAge from '../../src/rules/pending-invitation-age';
import bannedTerms from '../../src/rules/banned-terms';
import headlineKeywords from '../../src/rules/headline-keywords';
import requiredDisclosure from '../../src/rules/required-disclosure';
import retiredMessages from '../../src/rules/retired-messages';
import type { AnyRule } from '../../src/engine/define-rule';
import { readMessages, type Locale } from '../helpers/i18n';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines, NOW } from '../helpers/guidelines';
import { makeInvitation, makeInvitations, makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

/** A locale file as the audit reads it: the message under the key, or nothing. */
function translateIn(locale: Locale) {
  const messages = readMessages(locale);
  return (key: string) => messages[key]?.message;
}
const french = translateIn('fr');
const dutch = translateIn('nl');

const stale = makeInvitations('received', [
  makeInvitation({ ageDays: 2 }),
  makeInvitation({ name: 'Wout Desmet', ageDays: 90 }),
  makeInvitation({ ageDays: 14 }),
]);

describe('findings in the active language', () => {
  it('gives a French title, why, message with its data filled in, Fix label and evidence words', () => {
    const [finding] = runRules(stale, [pendingInvitationAge as AnyRule], { guidelines: makeGuidelines(), now: NOW, weights: {}, translate: french });
    expect(finding).toMatchObject({
      status: 'fail',
      title: 'Des invitations attendent une réponse',
      message: 'Invitations en attente depuis plus de 21 jours\u00a0: 1 sur 3\u00a0; acceptez celles qui comptent, ignorez les autres.',
      fix: { label: 'Ouvrir les invitations reçues', url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/' },
      evidence: [expect.objectContaining({ text: 'Wout Desmet (90 jours)' })],
    });
    expect(finding?.why).toMatch(/^Une invitation sans réponse/);
  });

  it('gives the same finding in Dutch, and in English without a translation', () => {
    const run = (translate?: (key: string) => string | undefined) =>
      runRules(stale, [pendingInvitationAge as AnyRule], { guidelines: makeGuidelines(), now: NOW, weights: {}, translate })[0];
    expect(run(dutch)?.message).toBe('Uitnodigingen die al meer dan 21 dagen wachten: 1 van de 3; accepteer de belangrijke, negeer de rest.');
    expect(run()?.message).toBe('Invitations waiting for more than 21 days: 1 of 3; accept the ones that matter, ignore the rest.');
    expect(run(() => undefined)?.title).toBe('Invitations are waiting for an answer');
  });

  it('translates the words a rule puts in its message data and its reasons', () => {
    const profile = makeLinkedInProfile({ headline: present('Guaranteed returns, every quarter') });
    const [banned] = runRules(profile, [bannedTerms as AnyRule], { guidelines: makeGuidelines(), now: NOW, weights: {}, translate: french });
    expect(banned?.message).toMatch(/^Les règles interdisent «\u202f[^»]+\u202f», présent 1 fois dans votre profil \(titre\)\u00a0: /);
    expect(banned?.fix?.label).toBe('Modifier votre titre');
    const [noThemes] = runRules(profile, [headlineKeywords as AnyRule], {
      guidelines: defaultGuidelines(),
      now: NOW,
      weights: {},
      translate: dutch,
    });
    expect(noThemes).toMatchObject({ status: 'notApplicable', message: 'De richtlijnen noemen geen strategische thema’s.' });
  });

  it('keeps the company’s own why as written, whatever the language', () => {
    const guidelines = GuidelinesSchema.parse({
      ...exampleGuidelinesInput(),
      rules: { 'pending-invitation-age': { why: 'Our clients notice when we leave them waiting.' } },
    });
    const [finding] = runRules(stale, [pendingInvitationAge as AnyRule], { guidelines, now: NOW, weights: {}, translate: french });
    expect(finding?.why).toBe('Our clients notice when we leave them waiting.');
    expect(finding?.title).toBe('Des invitations attendent une réponse');
  });

  it('translates the built-in checklist and the engine’s words, not the company’s own checklist items', () => {
    const builtIn = runRules(makeLinkedInProfile(), [], {
      guidelines: makeGuidelines(),
      now: NOW,
      weights: {},
      defaultManualItems: DEFAULT_MANUAL_ITEMS,
      translate: french,
    }).find((finding) => finding.ruleId === 'manual:book-manager-time');
    expect(builtIn).toMatchObject({
      title: 'Prendre rendez-vous avec votre manager pour parler des réseaux sociaux',
      why: 'Un manager qui connaît votre plan lui accorde du temps et son soutien.',
      message: 'Pas encore de réponse\u00a0: cochez quand c’est fait.',
    });
    const own = runRules(makeLinkedInProfile(), [], {
      guidelines: makeGuidelines({
        checklist: { manual: [{ id: 'book-manager-time', step: 'team-up', title: 'Met the brand team', why: 'They set the tone.' }, { id: 'brand-training', step: 'guidelines', title: 'Followed the brand training' }] },
      }),
      now: NOW,
      weights: {},
      defaultManualItems: DEFAULT_MANUAL_ITEMS,
      translate: french,
    });
    expect(own.map(({ title, why }) => [title, why])).toEqual([
      ['Met the brand team', 'They set the tone.'],
      ['Followed the brand training', 'Une étape de la liste de contrôle que personne d’autre que vous ne peut cocher.'],
    ]);
  });

  it('says in the active language what it could not read', () => {
    const [finding] = runRules(makeInvitations('received', unreadable()), [pendingInvitationAge as AnyRule], {
      guidelines: makeGuidelines(),
      now: NOW,
      weights: {},
      translate: dutch,
    });
    expect(finding).toMatchObject({ status: 'incomplete', message: 'Kon niet worden gelezen: invitations', title: 'Geen uitnodiging wacht al te lang' });
  });

  it('falls back to the English of a text the translation lacks, one text at a time', () => {
    const partial = (key: string) => (key === 'rule_pending_invitation_age_failureTitle' ? 'Uitnodigingen wachten' : undefined);
    const [finding] = runRules(stale, [pendingInvitationAge as AnyRule], { guidelines: makeGuidelines(), now: NOW, weights: {}, translate: partial });
    expect(finding?.title).toBe('Uitnodigingen wachten');
    expect(finding?.message).toBe('Invitations waiting for more than 21 days: 1 of 3; accept the ones that matter, ignore the rest.');
    expect(finding?.fix?.label).toBe('Open received invitations');
  });

  it('passes the translation through checkSnapshot', () => {
    const profile = makeLinkedInProfile({ headline: present('Guaranteed returns, every quarter') });
    const { findings } = checkSnapshot(profile, { guidelines: makeGuidelines(), now: NOW, translate: french });
    expect(findings.find((finding) => finding.ruleId === 'banned-terms')?.title).toBe('Le profil emploie un terme interdit');
    expect(findings.find((finding) => finding.ruleId === 'manual:editorial-plan')?.title).toMatch(/^Noter les événements/);
  });

  it('fills data holding $ patterns literally, in any language', () => {
    expect(localize(french, 'rule_shared_daysWaiting', 'x', { name: '$& $1 $$ $`', days: 3 })).toBe('$& $1 $$ $` (3 jours)');
  });
});

describe('French typography in the findings', () => {
  it('writes every French finding text with « » and no-break spaces, never English quotes or a plain space before : ; ! ?', () => {
    const wrong = Object.entries(readMessages('fr'))
      .filter(([key]) => /^(?:rule|engine|manual)_/.test(key))
      .filter(([, { message }]) => /[“”"']|[ ][:;!?]|«[^\u202f]|[^\u202f]»/.test(message))
      .map(([key, { message }]) => `${key}: ${message}`);
    expect(wrong).toEqual([]);
  });

  it('quotes the data it fills in the French way: the accepted disclosures, a retired name', () => {
    const bio = makeXProfile({ bio: present('Data platforms at @BrightwaveSys. Opinions mine.') });
    const [disclosure] = runRules(bio, [requiredDisclosure as AnyRule], { guidelines: makeGuidelines(), now: NOW, weights: {}, translate: french });
    expect(disclosure?.message).toContain('«\u202fViews my own\u202f», «\u202fViews are my own\u202f»');
    expect(disclosure?.message).not.toMatch(/[“”]/);
    const retired = makeLinkedInProfile({ about: present('Ten years at Brightwave Data Solutions and BWDS before that.') });
    const [name] = runRules(retired, [retiredMessages as AnyRule], { guidelines: makeGuidelines(), now: NOW, weights: {}, translate: french });
    expect(name?.message).toContain('«\u202fBrightwave Data Solutions\u202f», «\u202fBWDS\u202f»');
    expect(name?.message).not.toMatch(/[“”]/);
  });
});
