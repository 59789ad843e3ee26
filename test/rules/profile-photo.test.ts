import { expect, it } from 'vitest';
import rule from '../../src/rules/profile-photo';
import { runCase, testRule } from '../helpers/rule-tester';
import { makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

testRule(rule, {
  valid: [
    { name: 'passes when the LinkedIn profile shows a photo', snapshot: makeLinkedInProfile() },
    { name: 'passes when the X profile shows a photo', snapshot: makeXProfile() },
  ],
  invalid: [
    {
      name: 'fails on the LinkedIn placeholder, pointing to the profile where the photo is added',
      snapshot: makeLinkedInProfile({ photo: present(false) }),
      messageId: 'placeholder',
      evidence: 0,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/',
    },
    {
      name: 'fails on the X default avatar, pointing to the edit-profile dialog',
      snapshot: makeXProfile({ photo: present(false) }),
      messageId: 'placeholder',
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails on a colleague’s profile too, the fix still pointing to their profile (the ambassador shows it)',
      snapshot: makeLinkedInProfile({ photo: present(false) }, { selfView: false, url: 'https://www.linkedin.com/in/wout-desmet/' }),
      messageId: 'placeholder',
      fixUrl: 'https://www.linkedin.com/in/wout-desmet/',
    },
  ],
  notApplicable: [],
  incomplete: [
    { name: 'is incomplete when the LinkedIn photo could not be read', snapshot: makeLinkedInProfile({ photo: unreadable() }), unreadable: ['photo'] },
    { name: 'is incomplete when the X photo could not be read', snapshot: makeXProfile({ photo: unreadable() }), unreadable: ['photo'] },
  ],
});

it('profile-photo gives no fix link when the LinkedIn address has no /in/ slug', () => {
  const snapshot = makeLinkedInProfile({ photo: present(false) }, { url: 'https://www.linkedin.com/profile/view?id=12345' });
  expect(runCase(rule, { name: '', snapshot }).fix).toBeNull();
});
