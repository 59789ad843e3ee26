/**
 * @file On a colleague's profile the findings speak about the profile, to the coach who reads them beside the
 * colleague: no finding text says "you" in any language there, colleague wordings keep the facts and
 * {{placeholders}} of the own ones, and the engine picks the voice from whose profile the snapshot is.
 */
import { describe, expect, it } from 'vitest';
import type { AnyRule } from '../../src/engine/define-rule';
import { findingTexts, placeholdersOf } from '../../src/engine/rule-messages';
import { runRules } from '../../src/engine/run-rules';
import { localizeIn } from '../../src/engine/voice';
import { DEFAULT_MANUAL_ITEMS } from '../../src/guidelines/presets/default';
import { RULE_LIST } from '../../src/rules';
import bannedTerms from '../../src/rules/banned-terms';
import brandHashtags from '../../src/rules/brand-hashtags';
import { SHARED_COLLEAGUE_TEXTS, SHARED_TEXTS } from '../../src/rules/shared/texts';
import { auditPage, loadGuidelinesFile, parseNow } from '../../src/cli/audit';
import type { PerLanguage } from '../../src/snapshot/languages';
import { fixturePaths, loadFixture } from '../helpers/fixtures';
import { EXAMPLE_GUIDELINES_PATH, makeGuidelines, NOW } from '../helpers/guidelines';
import { LOCALES, type Locale, readMessages } from '../helpers/i18n';
import { makeLinkedInProfile, present } from '../helpers/snapshots';

const texts = findingTexts(RULE_LIST, DEFAULT_MANUAL_ITEMS, SHARED_TEXTS, SHARED_COLLEAGUE_TEXTS);

/** A locale file as the background and the audit read it: the message under the key, or nothing. */
function translateIn(locale: Locale) {
  const messages = readMessages(locale);
  return (key: string) => messages[key]?.message;
}

/**
 * The words that address the reader, as whole words (letters on neither side, so Dutch "kopje" or French "côte" do
 * not count): English you/your/yours/yourself; French vous/votre/vos/tu/ton/ta/tes/toi/te and the elided t’; Dutch
 * je/jij/jou/jouw/jezelf/u/uw; German Sie/Ihr/Ihre/Ihrem/Ihren/Ihrer/Ihres/Ihnen and du/dein…/dich/dir/euch/euer/eure.
 * German is matched with its case: lower-case "sie" and "ihr…" are "she", "they", "her" and "their", which a text
 * about the colleague may say, while the polite forms are always capitalised. A "Sie" or "Ihr" that starts a sentence
 * (meaning "they", "her") is flagged too: German colleague wordings name the person or the profile there instead,
 * which also reads more clearly beside the colleague.
 */
const SECOND_PERSON: PerLanguage<RegExp> = {
  en: /(?<![\p{L}\p{N}_])(?:you|your|yours|yourself|yourselves)(?![\p{L}\p{N}_])/iu,
  fr: /(?<![\p{L}\p{N}_])(?:(?:vous|votre|vos|tu|ton|ta|tes|toi|te)(?![\p{L}\p{N}_])|t[’'](?=\p{L}))/iu,
  nl: /(?<![\p{L}\p{N}_])(?:je|jij|jou|jouw|jezelf|u|uw)(?![\p{L}\p{N}_])/iu,
  de: /(?<![\p{L}\p{N}_])(?:Sie|Ihr(?:e[mnrs]?)?|Ihnen|[Dd]u|[Dd]ein(?:e[mnrs]?)?|[Dd]ich|[Dd]ir|[Ee]uch|[Ee]uer|[Ee]ure[mnrs]?)(?![\p{L}\p{N}_])/u,
};

describe('the second-person matcher', () => {
  it('finds the words that address the reader, and not the same letters inside other words', () => {
    expect(SECOND_PERSON.en.test('Edit your headline')).toBe(true);
    expect(SECOND_PERSON.en.test('You’re set')).toBe(true);
    expect(SECOND_PERSON.en.test('The profile of a youth club')).toBe(false);
    expect(SECOND_PERSON.fr.test('Modifier votre titre')).toBe(true);
    expect(SECOND_PERSON.fr.test('pour t’aider')).toBe(true);
    expect(SECOND_PERSON.fr.test('ne te concerne pas')).toBe(true);
    expect(SECOND_PERSON.fr.test('La côte et le texte, l’été')).toBe(false);
    expect(SECOND_PERSON.nl.test('Je kop bewerken')).toBe(true);
    expect(SECOND_PERSON.nl.test('vraag het aan u')).toBe(true);
    expect(SECOND_PERSON.nl.test('Een kopje thee, het huisje')).toBe(false);
    expect(SECOND_PERSON.de.test('Ihre Überschrift bearbeiten')).toBe(true);
    expect(SECOND_PERSON.de.test('Bearbeiten Sie die Überschrift')).toBe(true);
    expect(SECOND_PERSON.de.test('LinkedIn gibt Ihnen 2.600 Zeichen')).toBe(true);
    expect(SECOND_PERSON.de.test('Was machst du, und für wen arbeitest du?')).toBe(true);
    expect(SECOND_PERSON.de.test('Dein Profil zeigt dich')).toBe(true);
    expect(SECOND_PERSON.de.test('Was die Person teilt und was sie tut, zeigt ihr Profil')).toBe(false);
    expect(SECOND_PERSON.de.test('Siegel, Ihringen, Dirk und Duisburg')).toBe(false);
  });
});

describe('finding texts in the colleague voice', () => {
  // Excluded: texts shown only on the viewer's own profiles (the "doesn't apply to me" choice and its reasons, which
  // the engine ignores on someone else's profile), and the built-in checklist items, which are questions the
  // person answers about their own habits: on a colleague's profile the coach asks them of the colleague, so they
  // may address the colleague.
  const said = texts.filter(({ shown }) => shown === 'any');

  it('covers the rules, the shared helpers and the engine', () => {
    expect(said.length).toBeGreaterThan(RULE_LIST.length * 5);
    expect(texts.filter(({ shown }) => shown === 'checklist').length).toBeGreaterThanOrEqual(DEFAULT_MANUAL_ITEMS.length);
  });

  for (const locale of LOCALES) {
    it(`${locale}: never addresses the reader on a colleague's profile`, () => {
      const translate = translateIn(locale);
      const addressing = said
        .map(({ keyOf, english, colleague }) => {
          const text = localizeIn('colleague', translate, keyOf, english, colleague);
          const key = keyOf(colleague === undefined ? 'own' : 'colleague');
          return SECOND_PERSON[locale].test(text) ? `${locale} ${key}: ${text}` : null;
        })
        .filter((line) => line !== null);
      expect(addressing, `${locale}: finding texts that say "you" about a colleague's profile`).toEqual([]);
    });
  }

  it('keep the {{placeholders}} of the own wording', () => {
    const differing = said
      .filter(({ colleague }) => colleague !== undefined)
      .filter(({ english, colleague }) => placeholdersOf(english).sort().join() !== placeholdersOf(colleague ?? '').sort().join())
      .map(({ keyOf }) => keyOf('colleague'));
    expect(differing).toEqual([]);
  });

  it('are declared only where the own wording addresses the person, in some language', () => {
    const translations = LOCALES.map(translateIn);
    const needless = said
      .filter(({ colleague }) => colleague !== undefined)
      .filter(({ keyOf, english }) =>
        LOCALES.every((locale, index) => !SECOND_PERSON[locale].test(localizeIn('own', translations[index], keyOf, english, undefined))),
      )
      .map(({ keyOf }) => keyOf('colleague'));
    expect(needless).toEqual([]);
  });

  it('name only texts the rule has', () => {
    const strays: string[] = [];
    for (const { meta } of RULE_LIST) {
      for (const id of Object.keys(meta.colleague?.messages ?? {})) if (!Object.hasOwn(meta.messages, id)) strays.push(`${meta.id}: ${id}`);
      for (const name of Object.keys(meta.colleague?.texts ?? {})) if (!Object.hasOwn(meta.texts ?? {}, name)) strays.push(`${meta.id}: ${name}`);
    }
    for (const name of Object.keys(SHARED_COLLEAGUE_TEXTS)) if (!Object.hasOwn(SHARED_TEXTS, name)) strays.push(`shared: ${name}`);
    expect(strays).toEqual([]);
  });
});

describe('the voice the engine speaks in', () => {
  const french = translateIn('fr');
  const banned = makeLinkedInProfile({ headline: present('Guaranteed returns, every quarter'), about: present('No hashtag here.') });
  const run = (selfView: boolean | null, translate?: (key: string) => string | undefined) =>
    runRules({ ...banned, selfView }, [bannedTerms as AnyRule, brandHashtags as AnyRule], { guidelines: makeGuidelines(), now: NOW, weights: {}, translate });

  it('speaks about the profile on a colleague’s (selfView false), in English', () => {
    const [terms, hashtags] = run(false);
    expect(terms).toMatchObject({ status: 'fail', fix: { label: 'Edit the headline' } });
    expect(terms?.message).toMatch(/^The guidelines ban .+, found 1 time\(s\) in the headline: reword or remove it\.$/);
    expect(hashtags).toMatchObject({ status: 'fail', title: 'The profile carries no company hashtag' });
    expect(hashtags?.why).not.toMatch(/\byour?\b/i);
  });

  it('speaks about the profile on a colleague’s, in French', () => {
    const [terms, hashtags] = run(false, french);
    expect(terms?.fix?.label).toBe('Modifier le titre');
    expect(terms?.message).toMatch(/^Les règles interdisent «\u202f[^»]+\u202f», présent 1 fois dans le profil \(titre\)\u00a0: /);
    expect(hashtags?.title).toBe('Le profil ne porte aucun hashtag de l’entreprise');
  });

  it('speaks to the person on their own profile, and when whose it is is unknown', () => {
    for (const selfView of [true, null]) {
      const [terms, hashtags] = run(selfView);
      expect(terms?.fix?.label).toBe('Edit your headline');
      expect(terms?.message).toMatch(/ in your headline: /);
      expect(hashtags?.title).toBe('Your profile carries no company hashtag');
      expect(run(selfView, french)[0]?.fix?.label).toBe('Modifier votre titre');
    }
  });

  it('says the checklist’s why about the profile’s owner on a colleague’s profile', () => {
    const manual = (selfView: boolean) =>
      runRules({ ...banned, selfView }, [], {
        guidelines: makeGuidelines({ checklist: { manual: [{ id: 'brand-training', step: 'guidelines', title: 'Followed the brand training' }] } }),
        now: NOW,
        weights: {},
      })[0]?.why;
    expect(manual(true)).toBe('A step of the checklist that only you can tick.');
    expect(manual(false)).not.toMatch(/\byou\b/i);
  });
});

describe('the audit of a saved page', () => {
  it('speaks about the profile on a saved page of someone else’s profile, as the extension does there', () => {
    const other = fixturePaths().find((path) => loadFixture(path).name.endsWith('2025-05-sdui-en-other.html')) as string;
    const own = fixturePaths().find((path) => {
      const expected = loadFixture(path).expected as { pageType?: string; selfView?: boolean } | undefined;
      return expected?.pageType === 'profile' && expected.selfView === true;
    }) as string;
    const now = parseNow('2026-11-23');
    const guidelines = loadGuidelinesFile(EXAMPLE_GUIDELINES_PATH, now);
    const words = (path: string) =>
      auditPage(path, { guidelines, now })
        // The checklist's questions are asked of the colleague (see above).
        .findings.filter(({ ruleId }) => !ruleId.startsWith('manual:'))
        .flatMap(({ title, message, fix }) => [title, message ?? '', fix?.label ?? ''])
        .join('\n');
    expect(words(other)).not.toMatch(SECOND_PERSON.en);
    expect(words(own)).toMatch(SECOND_PERSON.en);
  });
});
