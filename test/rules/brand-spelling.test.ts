import rule from '../../src/rules/brand-spelling';
import { defaultGuidelines, exampleGuidelinesInput, makeGuidelines } from '../helpers/guidelines';
import { testRule } from '../helpers/rule-tester';
import { makeLinkedInProfile, makeXProfile, present, unreadable, withFieldsUnchecked } from '../helpers/snapshots';

// An invented company whose official spelling carries a registered mark.
const marked = makeGuidelines({
  brand: {
    ...exampleGuidelinesInput().brand,
    name: 'Smartworking',
    officialSpelling: 'Smartworking®',
    spellings: ['Smart Working', 'SmartWorking'],
    legalForms: ['SA'],
    retiredNames: [],
  },
});

testRule(rule, {
  valid: [
    { name: 'passes when the About writes "Brightwave Systems" (the #Brightwave hashtag is not a spelling)', snapshot: makeLinkedInProfile() },
    {
      name: 'passes when handles, hashtags, web and e-mail addresses carry the name in other forms',
      snapshot: makeXProfile({
        bio: present(
          'Grid data at Brightwave Systems (@BrightwaveSys, @Brightwave_Systems) · #Brightwave · brightwave.example/team · ada@brightwave.example',
        ),
      }),
    },
    {
      name: 'passes when a legal form follows the official spelling',
      snapshot: makeLinkedInProfile({ headline: present('Head of Data Platform at Brightwave Systems NV') }),
    },
    {
      name: 'passes when a retired name is mentioned (the retired-name rules judge it, not this one)',
      snapshot: makeLinkedInProfile({ about: present('Brightwave Systems, formerly Brightwave Data Solutions (BWDS), is where I work.') }),
    },
    {
      name: 'passes when the name breaks across a line',
      snapshot: makeLinkedInProfile({ about: present('Proud to work at Brightwave\nSystems.') }),
    },
    {
      name: 'passes on a French headline with the mark and a legal form',
      snapshot: makeLinkedInProfile({ headline: present('Consultante chez Smartworking® SA'), about: present('Conseil en organisation du travail.') }),
      guidelines: marked,
    },
    {
      name: 'passes on a Dutch bio without the mark when requireMark is off',
      snapshot: makeXProfile({ bio: present('Consultant bij Smartworking. Meningen zijn van mij.') }),
      guidelines: marked,
      options: { requireMark: false },
    },
  ],
  invalid: [
    {
      name: 'fails on a short form in the headline, suggesting the official spelling, with the intro form as fix',
      snapshot: makeLinkedInProfile({ headline: present('Data engineer @ Brightwave'), about: present('Data quality for utilities.') }),
      messageId: 'misspelled',
      data: { official: 'Brightwave Systems', count: 1, total: 1, wrong: '“Brightwave”' },
      evidenceTexts: ['Data engineer @ Brightwave'],
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/',
    },
    {
      name: 'fails with partial credit when one of two mentions in the About has the wrong case',
      snapshot: makeLinkedInProfile({
        headline: present('Head of Data Platform'),
        about: present('At Brightwave Systems we build data platforms. Join BrightWave Systems!'),
      }),
      messageId: 'misspelled',
      data: { count: 1, total: 2, wrong: '“BrightWave Systems”' },
      evidence: 1,
      score: 0.5,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on capitals and a hyphen in the X bio, pointing to the edit-profile dialog',
      snapshot: makeXProfile({ bio: present('BRIGHTWAVE SYSTEMS data engineer. Brightwave-Systems forever. Views my own.') }),
      messageId: 'misspelled',
      data: { count: 2, total: 2, wrong: '“BRIGHTWAVE SYSTEMS”, “Brightwave-Systems”' },
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails when the mark is missing or detached, with partial credit (French)',
      snapshot: makeLinkedInProfile({
        headline: present('Consultante chez Smartworking SA'),
        about: present('Smartworking ® accompagne les équipes. Smartworking® est mon employeur.'),
      }),
      guidelines: marked,
      messageId: 'missingMark',
      data: { official: 'Smartworking®', count: 2, total: 3 },
      evidence: 2,
      score: 1 / 3,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/edit/intro/',
    },
    {
      name: 'fails on the wrong case even with the mark, when the mark is required',
      snapshot: makeXProfile({ bio: present('Adviseur bij SmartWorking®. Meningen zijn van mij.') }),
      guidelines: marked,
      messageId: 'misspelled',
      data: { official: 'Smartworking®', count: 1, total: 1, wrong: '“SmartWorking”' },
    },
    {
      name: 'fails on a split name even when requireMark is off (Dutch)',
      snapshot: makeXProfile({ bio: present('Adviseur bij Smart Working. Meningen zijn van mij.') }),
      guidelines: marked,
      options: { requireMark: false },
      messageId: 'misspelled',
      data: { official: 'Smartworking®', wrong: '“Smart Working”' },
    },
    {
      name: 'fails on a name repeated all along a 100 KB About, with a bounded number of excerpts',
      snapshot: withFieldsUnchecked(makeLinkedInProfile(), { about: present('<b>brightwave systems</b> rocks. '.repeat(3000)) }),
      messageId: 'misspelled',
      data: { count: 3000, total: 3001, wrong: '“brightwave systems”' },
      score: 1 / 3001,
      evidence: 20,
    },
  ],
  notApplicable: [
    { name: 'is not applicable when the guidelines name no company', snapshot: makeLinkedInProfile(), guidelines: defaultGuidelines() },
    { name: 'is not applicable when the text names the company only by handle and hashtag', snapshot: makeXProfile() },
  ],
  incomplete: [
    { name: 'is incomplete when the headline could not be read', snapshot: makeLinkedInProfile({ headline: unreadable() }), unreadable: ['headline'] },
    { name: 'is incomplete when the X bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), unreadable: ['bio'] },
  ],
});
