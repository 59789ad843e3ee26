import rule from '../../src/rules/website-link';
import { testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

testRule(rule, {
  valid: [
    { name: 'passes when the LinkedIn contact info links the company site', snapshot: makeLinkedInProfile() },
    { name: 'passes when the X profile links a website', snapshot: makeXProfile() },
    {
      name: 'passes whatever the site (which one is website-domain’s business)',
      snapshot: makeLinkedInProfile({ website: present('https://ada-vermeulen.example/blog') }),
    },
  ],
  invalid: [
    {
      name: 'fails when LinkedIn shows no website, pointing to the contact info form',
      snapshot: makeLinkedInProfile({ website: absent() }),
      messageId: 'missing',
      evidence: 0,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/contact-info/',
    },
    {
      name: 'fails when X shows no website, pointing to the edit-profile dialog',
      snapshot: makeXProfile({ website: absent() }),
      messageId: 'missing',
      fixUrl: 'https://x.com/settings/profile',
    },
  ],
  notApplicable: [],
  incomplete: [
    { name: 'is incomplete when the LinkedIn website could not be read', snapshot: makeLinkedInProfile({ website: unreadable() }), unreadable: ['website'] },
    { name: 'is incomplete when the X website could not be read', snapshot: makeXProfile({ website: unreadable() }), unreadable: ['website'] },
  ],
});
