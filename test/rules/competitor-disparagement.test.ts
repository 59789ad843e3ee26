import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/run-rules';
import rule from '../../src/rules/competitor-disparagement';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines, NOW } from '../helpers/guidelines';
import { growthRatio } from '../helpers/time-growth';
import { testRule } from '../helpers/rule-tester';
import { makeLinkedInProfile, makeXProfile, present, unreadable, withFieldsUnchecked } from '../helpers/snapshots';

// The example company: competitor Nordlicht Analytics (alias Nordlicht, @nordlicht_ai); words within 6 of it count.
const farAbout =
  'Nordlicht Analytics taught me a lot about grid data and about why dashboards that are slow lose the room.';

testRule(rule, {
  valid: [
    { name: 'passes on a well-kept LinkedIn profile', snapshot: makeLinkedInProfile() },
    { name: 'passes on a well-kept X profile', snapshot: makeXProfile() },
    {
      name: 'passes when a competitor is named neutrally ("Previously at Nordlicht Analytics")',
      snapshot: makeLinkedInProfile({ headline: present('Head of Data Platform at Brightwave Systems · Previously at Nordlicht Analytics') }),
    },
    {
      name: 'passes when a disparaging word sits in the next sentence, about something else',
      snapshot: makeLinkedInProfile({ about: present('Previously at Nordlicht Analytics. Our pipeline is never slow.') }),
    },
    {
      name: 'passes when the disparaging word is further than nearWords from the competitor',
      snapshot: makeLinkedInProfile({ about: present(farAbout) }),
    },
    {
      name: 'passes when a disparaging word is only part of a longer word ("Slowfood")',
      snapshot: makeXProfile({ bio: present('Nordlicht Analytics sponsored our Slowfood meetup. Views my own.') }),
    },
    {
      name: 'passes when the competitor’s handle is congratulated',
      snapshot: makeXProfile({ pinnedPost: present('Congrats to @nordlicht_ai on the launch, see you at the Grid Data Summit!') }),
    },
    {
      name: 'passes when a disparaging word is near the company’s own name, not a competitor’s',
      snapshot: makeLinkedInProfile({ headline: present('Brightwave Systems is never slow, never overpriced') }),
    },
    {
      name: 'passes with a smaller nearWords option',
      snapshot: makeLinkedInProfile({ about: present('Nordlicht dashboards were, honestly, slow.') }),
      options: { nearWords: 2 },
    },
  ],
  invalid: [
    {
      name: 'fails on an English jibe in the headline, highlighting both words, with the intro form as fix',
      snapshot: makeLinkedInProfile({ headline: present('Brightwave Systems: because Nordlicht is overpriced') }),
      messageId: 'disparaging',
      data: { fields: 'headline', words: '“overpriced”', competitors: 'Nordlicht Analytics' },
      evidenceTexts: ['Brightwave Systems: because Nordlicht is overpriced'],
      evidence: 1,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/',
    },
    {
      name: 'fails on a French jibe just after a question mark ("Nordlicht Analytics ? C’est nul.")',
      snapshot: makeLinkedInProfile({ about: present('Nordlicht Analytics ? Franchement, c’est nul.') }),
      messageId: 'disparaging',
      data: { fields: 'About', words: '“nul”' },
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on a Dutch jibe in the About',
      snapshot: makeLinkedInProfile({ about: present('Eerlijk: de dashboards van Nordlicht zijn waardeloos.') }),
      messageId: 'disparaging',
      data: { words: '“waardeloos”', competitors: 'Nordlicht Analytics' },
    },
    {
      name: 'fails on a jibe at the competitor’s X handle (a prefix term: "amateurs")',
      snapshot: makeXProfile({ bio: present('Still faster than @nordlicht_ai, those amateurs. Views my own.') }),
      messageId: 'disparaging',
      data: { fields: 'bio', words: '“amateurs”', competitors: 'Nordlicht Analytics' },
      evidence: 1,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails on a jibe in the pinned post and points to the post',
      snapshot: makeXProfile({ pinnedPost: present('Nordlicht’s new release is a joke. Ours ships in December.') }),
      messageId: 'disparaging',
      data: { fields: 'pinned post', words: '“joke”' },
      fixUrl: 'https://x.com/adavermeulen',
    },
    {
      name: 'fails on a farther jibe with a larger nearWords option, and the fix follows the option',
      snapshot: makeLinkedInProfile({ about: present(farAbout) }),
      options: { nearWords: 15 },
      messageId: 'disparaging',
      data: { words: '“slow”' },
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on a jibe inside markup-like text',
      snapshot: makeLinkedInProfile({ headline: present('<script>Nordlicht = worse</script>') }),
      messageId: 'disparaging',
      data: { words: '“worse”' },
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines name no competitor', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
    {
      name: 'is not applicable when the guidelines list no disparaging words',
      snapshot: makeXProfile(),
      guidelines: makeGuidelines({ confidentiality: { ...exampleGuidelinesInput().confidentiality, disparaging: [] } }),
    },
  ],
  incomplete: [
    { name: 'is incomplete when the headline could not be read', snapshot: makeLinkedInProfile({ headline: unreadable() }), unreadable: ['headline'] },
    { name: 'is incomplete when the X bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), unreadable: ['bio'] },
  ],
});

describe('competitor-disparagement cost', () => {
  const guidelines = makeGuidelines();
  const jibe = 'Nordlicht Analytics is slow, @nordlicht_ai is overpriced and, frankly, a joke. ';
  const snapshots = new Map<number, ReturnType<typeof makeLinkedInProfile>>();
  const check = (bytes: number) => {
    let snapshot = snapshots.get(bytes);
    if (!snapshot) {
      snapshot = withFieldsUnchecked(makeLinkedInProfile(), { about: present(jibe.repeat(Math.ceil(bytes / jibe.length))) });
      snapshots.set(bytes, snapshot);
    }
    const [finding] = runRules(snapshot, [rule], { guidelines, now: NOW, weights: {} });
    return finding;
  };

  it('grows linearly with an About full of jibes: four times the text takes less than eight times the time (quadratic: 16)', () => {
    expect(check(1_000)?.status).toBe('fail');
    // Four times, not twice: a doubling's 1.6-2.2 met its limit of 3 once on a loaded CI machine (3.03), where the
    // gap between linear and quadratic (2 and 4) is too narrow for the noise; 4 and 16 leave room on both sides.
    expect(growthRatio((size) => size, check, 10_000, 5, 4)).toBeLessThan(8);
  });

  it('still reports a bounded list of evidence and a short message on a long About full of jibes', () => {
    const finding = check(200_000);
    expect(finding?.evidence.length).toBeLessThanOrEqual(21);
    expect(finding?.message?.length).toBeLessThan(2_000);
  });
});
