/**
 * @file The registry: every rule, by id, in alphabetical order. A rule id users may have stored (turned off,
 * weighted, snoozed) is never reused or silently renamed: a rename goes through a migration with a test.
 */
import type { AnyRule } from '../engine/define-rule';
import aboutKeywords from './about-keywords';
import aboutLength from './about-length';
import avoidedAccounts from './avoided-accounts';
import bannedTerms from './banned-terms';
import brandHashtags from './brand-hashtags';
import brandSpelling from './brand-spelling';
import campaignPresence from './campaign-presence';
import companyHandle from './company-handle';
import companyPageLink from './company-page-link';
import competitorDisparagement from './competitor-disparagement';
import confidentialTerms from './confidential-terms';
import crossSiteConsistency from './cross-site-consistency';
import currentPositionCompany from './current-position-company';
import followingRelevance from './following-relevance';
import headlineKeywords from './headline-keywords';
import invitationBacklog from './invitation-backlog';
import invitationRelevance from './invitation-relevance';
import pendingInvitationAge from './pending-invitation-age';
import profileBanner from './profile-banner';
import profileFreshness from './profile-freshness';
import profilePhoto from './profile-photo';
import publicUrl from './public-url';
import reconnectCandidates from './reconnect-candidates';
import requiredDisclosure from './required-disclosure';
import retiredMessages from './retired-messages';
import sentInvitationAge from './sent-invitation-age';
import websiteDomain from './website-domain';
import websiteLink from './website-link';

export const RULES: Readonly<Record<string, AnyRule>> = {
  'about-keywords': aboutKeywords as AnyRule,
  'about-length': aboutLength as AnyRule,
  'avoided-accounts': avoidedAccounts as AnyRule,
  'banned-terms': bannedTerms as AnyRule,
  'brand-hashtags': brandHashtags as AnyRule,
  'brand-spelling': brandSpelling as AnyRule,
  'campaign-presence': campaignPresence as AnyRule,
  'company-handle': companyHandle as AnyRule,
  'company-page-link': companyPageLink as AnyRule,
  'competitor-disparagement': competitorDisparagement as AnyRule,
  'confidential-terms': confidentialTerms as AnyRule,
  'cross-site-consistency': crossSiteConsistency as AnyRule,
  'current-position-company': currentPositionCompany as AnyRule,
  'following-relevance': followingRelevance as AnyRule,
  'headline-keywords': headlineKeywords as AnyRule,
  'invitation-backlog': invitationBacklog as AnyRule,
  'invitation-relevance': invitationRelevance as AnyRule,
  'pending-invitation-age': pendingInvitationAge as AnyRule,
  'profile-banner': profileBanner as AnyRule,
  'profile-freshness': profileFreshness as AnyRule,
  'profile-photo': profilePhoto as AnyRule,
  'public-url': publicUrl as AnyRule,
  'reconnect-candidates': reconnectCandidates as AnyRule,
  'required-disclosure': requiredDisclosure as AnyRule,
  'retired-messages': retiredMessages as AnyRule,
  'sent-invitation-age': sentInvitationAge as AnyRule,
  'website-domain': websiteDomain as AnyRule,
  'website-link': websiteLink as AnyRule,
};

export const RULE_LIST: readonly AnyRule[] = Object.values(RULES);
