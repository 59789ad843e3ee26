import { expect, it } from 'vitest';
import rule from '../../src/rules/public-url';
import { runCase, testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, present, unreadable } from '../helpers/snapshots';

const generated = (slug: string) => makeLinkedInProfile({ publicUrl: present({ slug, custom: false }) });

testRule(rule, {
  valid: [
    { name: 'passes on a custom address (ada-vermeulen)', snapshot: makeLinkedInProfile() },
    {
      name: 'passes on a custom address with accents',
      snapshot: makeLinkedInProfile({ publicUrl: present({ slug: 'zoé-lefèvre', custom: true }) }, { url: 'https://www.linkedin.com/in/zo%C3%A9-lef%C3%A8vre/' }),
    },
  ],
  invalid: [
    {
      name: 'fails on a generated address with a number tail, pointing to the public profile settings',
      snapshot: generated('ada-vermeulen-4b2a1c7'),
      messageId: 'generated',
      data: { slug: 'ada-vermeulen-4b2a1c7' },
      evidenceTexts: ['linkedin.com/in/ada-vermeulen-4b2a1c7'],
      fixUrl: 'https://www.linkedin.com/public-profile/settings',
    },
    {
      name: 'fails on a member id address',
      snapshot: generated('ACoAABk3x9sB'),
      messageId: 'generated',
      data: { slug: 'ACoAABk3x9sB' },
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the page shows no public address', snapshot: makeLinkedInProfile({ publicUrl: absent() }) },
  ],
  incomplete: [
    { name: 'is incomplete when the address could not be read', snapshot: makeLinkedInProfile({ publicUrl: unreadable() }), unreadable: ['publicUrl'] },
  ],
});

it('public-url highlights the generated slug', () => {
  const [item] = runCase(rule, { name: '', snapshot: generated('ada-vermeulen-4b2a1c7') }).evidence;
  const [start, end] = item?.highlights?.[0] ?? [0, 0];
  expect(item?.text.slice(start, end)).toBe('ada-vermeulen-4b2a1c7');
});
