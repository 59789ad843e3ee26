import rule from '../../src/rules/profile-banner';
import { testRule } from '../helpers/rule-tester';
import { makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

testRule(rule, {
  valid: [
    { name: 'passes when the LinkedIn profile has a custom banner', snapshot: makeLinkedInProfile() },
    { name: 'passes when the X profile has a header image', snapshot: makeXProfile() },
  ],
  invalid: [
    {
      name: 'fails on LinkedIn’s default banner, pointing to the profile',
      snapshot: makeLinkedInProfile({ banner: present(false) }),
      messageId: 'defaultBanner',
      evidence: 0,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/',
    },
    {
      name: 'fails on X’s empty header, pointing to the edit-profile dialog',
      snapshot: makeXProfile({ banner: present(false) }),
      messageId: 'defaultBanner',
      fixUrl: 'https://x.com/settings/profile',
    },
  ],
  notApplicable: [],
  incomplete: [
    { name: 'is incomplete when the LinkedIn banner could not be read', snapshot: makeLinkedInProfile({ banner: unreadable() }), unreadable: ['banner'] },
    { name: 'is incomplete when the X header could not be read', snapshot: makeXProfile({ banner: unreadable() }), unreadable: ['banner'] },
  ],
});
