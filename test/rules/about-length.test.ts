import rule from '../../src/rules/about-length';
import { testRule } from '../helpers/rule-tester';
import { absent, makeLinkedInProfile, makeXProfile, present, unreadable } from '../helpers/snapshots';

const about = (text: string) => makeLinkedInProfile({ about: present(text) });
const bio = (text: string) => makeXProfile({ bio: present(text) });

// 121 characters as written; 129 code units once its accents are decomposed (as some pages deliver them).
const SHORT_FRENCH = 'Ingénieure données chez Brightwave Systems. Je rends les réseaux électriques plus fiables grâce à la qualité des données.';
// 56 characters.
const SHORT_DUTCH = 'Datakwaliteit voor netbeheerders. Meningen zijn van mij.';

testRule(rule, {
  valid: [
    { name: 'passes when the About has 343 characters (300 needed)', snapshot: makeLinkedInProfile() },
    { name: 'passes when the bio has 86 characters (60 needed)', snapshot: makeXProfile() },
    {
      name: 'passes on a long French About',
      snapshot: about(
        `${SHORT_FRENCH} Avant Brightwave, six ans à transformer les données de capteurs en plans de maintenance pour des parcs éoliens. ` +
          'Cet hiver, je présente nos outils d’observabilité aux gestionnaires de réseau. Parlons du Grid Data Summit en décembre !',
      ),
    },
    { name: 'passes on a short About when the guidelines lower minCharsLinkedIn', snapshot: about(SHORT_FRENCH), options: { minCharsLinkedIn: 100 } },
    { name: 'passes on a Dutch bio of exactly minCharsX', snapshot: bio(SHORT_DUTCH), options: { minCharsX: 56 } },
  ],
  invalid: [
    {
      name: 'fails on a 121-character French About with partial credit, counting decomposed accents once',
      snapshot: about(SHORT_FRENCH.normalize('NFD')),
      messageId: 'shortAbout',
      data: { length: 121, minChars: 300 },
      evidence: 1,
      score: 121 / 300,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails on a 56-character Dutch bio with partial credit',
      snapshot: bio(SHORT_DUTCH),
      messageId: 'shortBio',
      data: { length: 56, minChars: 60 },
      evidenceTexts: [SHORT_DUTCH],
      score: 56 / 60,
      fixUrl: 'https://x.com/settings/profile',
    },
    {
      name: 'fails when there is no About section, saying LinkedIn allows 2,600 characters',
      snapshot: makeLinkedInProfile({ about: absent() }),
      messageId: 'noAbout',
      evidence: 0,
      fixUrl: 'https://www.linkedin.com/in/ada-vermeulen/add-edit/SUMMARY/',
    },
    {
      name: 'fails when the bio is empty',
      snapshot: makeXProfile({ bio: absent() }),
      messageId: 'noBio',
      fixUrl: 'https://x.com/settings/profile',
    },
  ],
  notApplicable: [],
  incomplete: [
    { name: 'is incomplete when the About could not be read', snapshot: makeLinkedInProfile({ about: unreadable() }), unreadable: ['about'] },
    { name: 'is incomplete when the bio could not be read', snapshot: makeXProfile({ bio: unreadable() }), unreadable: ['bio'] },
  ],
});
