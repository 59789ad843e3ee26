import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelsOf } from '../../src/coaching/session';
import { FIX_PLACES, whereToFix } from '../../src/coaching/where-to-fix';
import { appliesTo } from '../../src/engine/define-rule';
import type { Finding } from '../../src/engine/run-rules';
import type { Voice } from '../../src/engine/voice';
import { RULE_LIST } from '../../src/rules';
import { SHARED_TEXTS } from '../../src/rules/shared/texts';
import { profileKeyOfUrl } from '../../src/snapshot/page-key';
import { findingsPath } from '../helpers/expected-findings';
import { canonicalUrl, fixturePaths } from '../helpers/fixtures';
import { useLocale } from '../helpers/i18n';
import { translateFindings } from '../../src/ui/shared/rule-texts';

describe('whereToFix', () => {
  it('has a place for every rule that has a Fix, and none for the others', () => {
    const withFix = RULE_LIST.filter((rule) => rule.meta.fix).map((rule) => rule.meta.id);
    expect(Object.keys(FIX_PLACES).sort()).toEqual(withFix.sort());
  });

  // The fixtures' expected findings hold each rule's real Fix on real pages: the session's labels give the same.
  const cases = fixturePaths().flatMap((path) => {
    const url = canonicalUrl(readFileSync(path, 'utf8')) ?? '';
    const key = profileKeyOfUrl(url);
    if (!key) return [];
    const { findings } = JSON.parse(readFileSync(findingsPath(path), 'utf8')) as { findings: Finding[] };
    const { selfView } = JSON.parse(readFileSync(path.replace(/\.html$/, '.expected.json'), 'utf8')) as { selfView?: boolean };
    const voice: Voice = selfView === false ? 'colleague' : 'own';
    return findings.filter((finding) => finding.fix).map((finding) => ({ path, key, finding, voice }));
  });

  it('finds fixtures with Fix links to hold the table to', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases.map((item) => [`${item.finding.ruleId} on ${item.path.split('fixtures/')[1]}`, item] as const))(
    'gives the rule’s own Fix for %s',
    (_name, { key, finding, voice }) => {
      const site = key.startsWith('x:') ? 'x' : 'linkedin';
      const outcome = { ruleId: finding.ruleId, labels: labelsOf(finding) };
      expect(whereToFix(outcome, site, key, translateFindings, voice)).toEqual(finding.fix);
    },
  );

  it('names a place on every site a profile rule applies to', () => {
    for (const rule of RULE_LIST.filter((item) => item.meta.fix)) {
      const english = Object.values(rule.meta.texts ?? {});
      const sites = appliesTo(rule).flatMap((target) => (target === 'linkedin-profile' ? ['linkedin' as const] : target === 'x-profile' ? ['x' as const] : []));
      for (const site of sites) {
        const place = whereToFix({ ruleId: rule.meta.id, labels: [] }, site, site === 'x' ? 'x:@ada' : 'linkedin:in/ada', translateFindings);
        // The rule's own words (or the shared helpers'), not a key or a text's bare name.
        expect([...english, ...Object.values(SHARED_TEXTS)], `${rule.meta.id} on ${site}`).toContain(place?.label);
        expect(place?.url, `${rule.meta.id} on ${site}`).toMatch(/^https:\/\//);
      }
    }
  });

  it('speaks the active language and has no place for a checklist item', () => {
    useLocale('fr');
    const place = whereToFix({ ruleId: 'headline-keywords', labels: [] }, 'linkedin', 'linkedin:in/ada', translateFindings);
    expect(place?.label).not.toBe('Edit the headline');
    expect(place?.label).toMatch(/\w/);
    expect(whereToFix({ ruleId: 'manual:editorial-plan', labels: [] }, 'linkedin', 'linkedin:in/ada')).toBeNull();
  });
});
