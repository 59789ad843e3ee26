/** @file Judges how many followed X accounts relate to the strategy (checklist: clean up); it does not judge single accounts as harmful (see avoided-accounts). */
import { z } from 'zod';
import { defineRule, fail, notApplicable, pass } from '../engine/define-rule';
import type { Matchers } from '../engine/matchers';
import { X } from '../engine/fix-urls';
import type { Guidelines } from '../guidelines/schema';
import type { FollowedAccount } from '../snapshot';
import { handleMentions } from './shared/mentions';
import { listEvidence } from './shared/evidence';

/** The company's and competitors' own handles, lower-cased, once per guidelines object. */
const handleCache = new WeakMap<Guidelines, string[]>();
function strategyHandlesOf(guidelines: Guidelines): string[] {
  let handles = handleCache.get(guidelines);
  if (!handles) {
    handles = [
      ...(guidelines.brand?.handles.x ?? []),
      ...guidelines.confidentiality.competitors.flatMap((competitor) => competitor.handles),
    ].map((handle) => handle.toLowerCase());
    handleCache.set(guidelines, handles);
  }
  return handles;
}

/** On strategy: the account is the company's or a competitor's, or its name or bio speaks of a theme, sector, the brand or a competitor. */
function isOnStrategy(account: FollowedAccount, matchers: Matchers, handles: readonly string[]): boolean {
  if (handles.includes(account.handle.toLowerCase())) return true;
  for (const text of account.bio === null ? [account.name] : [account.name, account.bio]) {
    const tokens = matchers.tokens(text);
    if (matchers.themes.some(({ matcher }) => matcher.has(text, tokens))) return true;
    if (matchers.sectors.some(({ matcher }) => matcher.has(text, tokens))) return true;
    if (matchers.brand.has(text, tokens) || matchers.competitors.has(text, tokens)) return true;
    // "Engineer at @BrightwaveSys": the tokenizer reads "brightwavesys" as one word, so handles are looked for whole.
    if (handleMentions(text, handles).length > 0) return true;
  }
  return false;
}

/**
 * Credit for a share below the threshold. The threshold is already a low bar (30 % by default), so a list at half of
 * it is off strategy, as the message says, and earns nothing; credit grows from there to full at the threshold (29 %
 * of 30 % earns 0.93). Linear credit from zero gave 15 % half marks, and a list with that one failure read 86 "good".
 */
function creditBelow(share: number, minShare: number): number {
  const floor = minShare / 2;
  return minShare > floor ? Math.max(0, (share - floor) / (minShare - floor)) : 1;
}

export default defineRule({
  meta: {
    id: 'following-relevance',
    step: 'clean-up',
    title: 'The accounts you follow reflect the strategy',
    failureTitle: 'Few of the accounts you follow relate to the strategy',
    description:
      'The accounts you follow shape what you see and share, and show visitors what you care about; as the strategy moves, so should they.',
    severity: 'minor',
    requires: { 'x-following': ['accounts'] },
    options: z.strictObject({
      minShare: z
        .number()
        .min(0)
        .max(1)
        .default(0.3)
        .describe('Share (0 to 1) of the loaded followed accounts that should relate to the themes, sectors, brand or competitors'),
    }),
    defaultOptions: { minShare: 0.3 },
    messages: {
      offStrategy:
        'Only {{onStrategy}} of the {{loaded}} accounts loaded so far ({{percent}} %) relate to the strategy, below {{minPercent}} %: unfollow the ones that no longer serve the season (they are not notified) and follow clients, partners and voices in your themes.',
    },
    texts: {
      fixFollowing: 'Open your following list',
      noThemes: 'The guidelines name no themes or sectors to compare the accounts with.',
      noAccounts: 'No followed account is listed.',
    },
    colleague: {
      title: 'The accounts followed reflect the strategy',
      failureTitle: 'Few of the accounts followed relate to the strategy',
      description:
        'The accounts followed shape what the person sees and shares, and show visitors what the person cares about; as the strategy moves, so should they.',
      messages: {
        offStrategy:
          'Only {{onStrategy}} of the {{loaded}} accounts loaded so far ({{percent}} %) relate to the strategy, below {{minPercent}} %: unfollow the ones that no longer serve the season (they are not notified) and follow clients, partners and voices in the season’s themes.',
      },
      texts: {
        fixFollowing: 'Open the following list',
      },
    },
    fix: ({ snapshot }, { t }) => ({ label: t('fixFollowing'), url: snapshot.url }),
  },
  check({ fields: { accounts } }, { minShare }, context) {
    const { guidelines, matchers, t } = context;
    if (matchers.themes.length === 0 && matchers.sectors.length === 0) return notApplicable(t('noThemes'));
    if (!accounts || accounts.length === 0) return notApplicable(t('noAccounts'));
    // The page lists only the accounts loaded so far (more appear on scrolling), most recent follows first: the
    // share is that of a sample, said as such in the message, and it is the sample of the person's latest choices.
    const handles = strategyHandlesOf(guidelines);
    const off = accounts.filter((account) => !isOnStrategy(account, matchers, handles));
    const onStrategy = accounts.length - off.length;
    const share = onStrategy / accounts.length;
    if (share >= minShare) return pass();

    const evidence = listEvidence(off, (account) => ({
      field: 'accounts',
      text: `${account.handle} · ${account.name}`,
      url: X.profile(account.handle),
    }), context, 'accounts');
    return fail(
      'offStrategy',
      {
        onStrategy,
        loaded: accounts.length,
        percent: Math.round(share * 100),
        minPercent: Math.round(minShare * 100),
      },
      evidence,
      creditBelow(share, minShare),
    );
  },
});
