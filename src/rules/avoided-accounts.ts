/** @file Flags followed X accounts the guidelines ask to avoid: the avoid list and competitors' handles (checklist: clean up). */
import { z } from 'zod';
import { defineRule, type Evidence, fail, notApplicable, pass } from '../engine/define-rule';
import { X } from '../engine/fix-urls';
import type { Guidelines } from '../guidelines/schema';

interface Avoided {
  /** Lower-cased handles on `avoid.x`. */
  avoid: Set<string>;
  /** Lower-cased competitor handles, to the competitor's name. */
  competitors: Map<string, string>;
}

/** Built once per guidelines object: the lists may hold a thousand handles. */
const cache = new WeakMap<Guidelines, Avoided>();
function avoidedOf(guidelines: Guidelines): Avoided {
  let avoided = cache.get(guidelines);
  if (!avoided) {
    avoided = {
      avoid: new Set(guidelines.avoid.x.map((handle) => handle.toLowerCase())),
      competitors: new Map(
        guidelines.confidentiality.competitors.flatMap((competitor) =>
          competitor.handles.map((handle) => [handle.toLowerCase(), competitor.name] as const),
        ),
      ),
    };
    cache.set(guidelines, avoided);
  }
  return avoided;
}

export default defineRule({
  meta: {
    id: 'avoided-accounts',
    step: 'clean-up',
    title: 'You follow none of the accounts the guidelines ask you to avoid',
    failureTitle: 'You follow accounts the guidelines ask you to avoid',
    description:
      'Whom you follow is public and read as an endorsement: following an account the company keeps its distance from, or a competitor, speaks for the company without meaning to.',
    severity: 'serious',
    requires: { 'x-following': ['accounts'] },
    options: z.strictObject({
      includeCompetitors: z
        .boolean()
        .default(true)
        .describe('Count competitors’ handles as accounts to avoid; off for companies that let staff follow competitors to watch the market'),
    }),
    defaultOptions: { includeCompetitors: true },
    messages: {
      avoided: 'Followed accounts your guidelines ask you to avoid: {{count}} ({{handles}}). Unfollow them (they are not notified).',
    },
    texts: {
      fixFollowing: 'Open your following list',
      nothingToAvoid: 'The guidelines list no accounts to avoid and no competitor handles.',
      onAvoidList: '{{handle}} · {{name}} (on the avoid list)',
      competitorAccount: '{{handle}} · {{name}} (competitor: {{competitor}})',
      handlesAndMore: '{{handles}} and {{count}} more',
    },
    colleague: {
      title: 'The profile follows none of the accounts the guidelines ask to avoid',
      failureTitle: 'The profile follows accounts the guidelines ask to avoid',
      description:
        'Whom a profile follows is public and read as an endorsement: following an account the company keeps its distance from, or a competitor, speaks for the company without meaning to.',
      messages: {
        avoided: 'Followed accounts the guidelines ask to avoid: {{count}} ({{handles}}). Unfollow them (they are not notified).',
      },
      texts: {
        fixFollowing: 'Open the following list',
      },
    },
    fix: ({ snapshot }, { t }) => ({ label: t('fixFollowing'), url: snapshot.url }),
  },
  check({ fields: { accounts } }, { includeCompetitors }, { guidelines, t }) {
    const { avoid, competitors } = avoidedOf(guidelines);
    if (avoid.size === 0 && (!includeCompetitors || competitors.size === 0)) return notApplicable(t('nothingToAvoid'));
    // Only the accounts loaded so far are seen (the list grows as it scrolls): a pass means none of those.
    const handles: string[] = [];
    const evidence: Evidence[] = [];
    for (const account of accounts ?? []) {
      const key = account.handle.toLowerCase(); // X handles are case-insensitive.
      const competitor = includeCompetitors ? competitors.get(key) : undefined;
      const data = { handle: account.handle, name: account.name };
      const text = avoid.has(key)
        ? t('onAvoidList', data)
        : competitor
          ? t('competitorAccount', { ...data, competitor })
          : null;
      if (!text) continue;
      handles.push(account.handle);
      evidence.push({ field: 'accounts', text, url: X.profile(account.handle) });
    }
    if (evidence.length === 0) return pass();
    const shown =
      handles.length > 5
        ? t('handlesAndMore', { handles: handles.slice(0, 5).join(', '), count: handles.length - 5 })
        : handles.join(', ');
    return fail('avoided', { count: handles.length, handles: shown }, evidence);
  },
});
