/**
 * @file The readers' German: what German LinkedIn and X interfaces print (headings, counts, ages, dates, controls),
 * read through the language records. The fixtures (test/fixtures/…-de-…) check the same on whole pages.
 */
import { describe, expect, it } from 'vitest';
import {
  ageLine,
  connectedPrefix,
  connectionsCount,
  connectionsText,
  dateRangeIsCurrent,
  duration,
  employmentTypes,
  followersText,
  foldLabel,
  isNoInvitationsLabel,
  isOpenToWorkHeading,
  isOwnerControl,
  isSeeMoreLabel,
  isVisitorControl,
  languageOfAction,
  nameFromAction,
  peopleCount,
  receivedCount,
  sectionOfHeading,
  sentCount,
  skillContext,
  workplace,
} from '../../src/extract/linkedin/labels';
import { parseAgeDays, parseCount, parseMonthYear, parseMutualConnections } from '../../src/extract/parse';
import { xLanguageOfFollowing } from '../../src/extract/x/labels';

describe('German LinkedIn: the profile', () => {
  it.each([
    ['Info', 'about'],
    ['Im Fokus', 'featured'],
    ['Aktivität', 'activity'],
    ['Berufserfahrung', 'experience'],
    ['Ausbildung', 'education'],
    ['Kenntnisse', 'skills'],
    ['Sprachen', 'languages'],
    ['Interessen', 'interests'],
  ])('knows the card heading "%s"', (heading, kind) => {
    expect(sectionOfHeading(heading)?.kind).toBe(kind);
  });

  it('reads German counts as whole texts', () => {
    expect(connectionsText().test(foldLabel('500+ Kontakte'))).toBe(true);
    expect(followersText().test(foldLabel('1.234 Follower'))).toBe(true);
    expect(followersText().test(foldLabel('1.234 Follower:innen'))).toBe(true);
    expect(parseCount('1.234 Follower')).toBe(1234);
    expect(parseCount('500+ Kontakte')).toBe(500);
  });

  it('tells a current role by "Heute", and a duration from a title', () => {
    expect(dateRangeIsCurrent('Jan. 2022 – Heute · 3 J. 11 Mon.')).toBe(true);
    expect(dateRangeIsCurrent('März 2018 – Dez. 2021 · 3 J. 10 Mon.')).toBe(false);
    expect(duration().test('3 J. 11 Mon.')).toBe(true);
    expect(duration().test('Leiterin Datenplattform')).toBe(false);
  });

  it('knows employment types, workplaces and skill context lines', () => {
    expect(employmentTypes().has(foldLabel('Vollzeit'))).toBe(true);
    expect(employmentTypes().has(foldLabel('Freiberuflich'))).toBe(true);
    expect(workplace().test(foldLabel('München, Bayern, Deutschland · Hybrid'))).toBe(true);
    expect(workplace().test(foldLabel('Köln · Vor Ort'))).toBe(true);
    expect(skillContext().test('Datenplattform-Architektin bei Kranich Energie')).toBe(true);
    expect(skillContext().test('12 Bestätigungen')).toBe(true);
    expect(skillContext().test('Datenmodellierung')).toBe(false);
  });

  it('tells the owner’s controls from a visitor’s', () => {
    expect(isOwnerControl('Intro bearbeiten')).toBe(true);
    expect(isOwnerControl('Profilbereich hinzufügen')).toBe(true);
    expect(isVisitorControl('Laden Sie Jonas Brandt ein, sich mit Ihnen zu vernetzen')).toBe(true);
    expect(isVisitorControl('Nachricht')).toBe(true);
    expect(isVisitorControl('Folgen')).toBe(true);
    expect(isOpenToWorkHeading('Offen für Jobangebote')).toBe(true);
  });
});

describe('German LinkedIn: the network pages', () => {
  it('reads the tabs and pills with their counts', () => {
    expect(receivedCount().exec('Erhalten (27)')?.[1]).toBe('27');
    expect(sentCount().exec('Gesendet (12)')?.[1]).toBe('12');
    expect(peopleCount().exec('Personen (14)')?.[1]).toBe('14');
    expect(connectionsCount().exec('1.284 Kontakte')?.[1]?.trim()).toBe('1.284');
  });

  it.each([
    ['vor 2 Wochen', 14],
    ['Gesendet vor 3 Monaten', 90],
    ['vor einem Jahr', 365],
    ['vor einer Woche', 7],
    ['vor 5 Tagen', 5],
    ['vor 4 Stunden', 0],
    ['Gestern', 1],
    ['Heute', 0],
    ['Vernetzt vor 2 Wochen', 14],
  ])('reads the age line "%s" as %i days', (line, days) => {
    expect(ageLine().test(line)).toBe(true);
    expect(parseAgeDays(line)).toBe(days);
  });

  it('does not take an ordinary German line for an age', () => {
    expect(ageLine().test('Heute arbeite ich bei Kranich Energie')).toBe(false);
    expect(connectedPrefix().test('Vernetzt vor 2 Wochen')).toBe(true);
  });

  it('reads mutual connections', () => {
    expect(parseMutualConnections('Lena Vogel und 6 weitere gemeinsame Kontakte')).toBe(7);
    expect(parseMutualConnections('Lena Vogel und Tim Berger sind gemeinsame Kontakte')).toBe(2);
    expect(parseMutualConnections('Lena Vogel ist ein gemeinsamer Kontakt')).toBe(1);
    expect(parseMutualConnections('12 gemeinsame Kontakte')).toBe(12);
    expect(parseMutualConnections('Produktmanagerin bei Kranich Energie')).toBeNull();
  });

  it('reads the invitation buttons and the empty state', () => {
    expect(nameFromAction('Einladung von Jonas Brandt annehmen')).toBe('Jonas Brandt');
    expect(nameFromAction('Einladung von Jonas Brandt ignorieren')).toBe('Jonas Brandt');
    expect(nameFromAction('Einladung an Mira Scholz zurückziehen')).toBe('Mira Scholz');
    expect(languageOfAction('Einladung von Jonas Brandt annehmen')).toBe('de');
    expect(isNoInvitationsLabel('Keine ausstehenden Einladungen')).toBe(true);
    expect(isSeeMoreLabel('… mehr')).toBe(true);
  });
});

describe('German X', () => {
  it('reads German numbers and dates', () => {
    expect(parseCount('1.234 Follower')).toBe(1234);
    expect(parseCount('12.345 Follower')).toBe(12345);
    expect(parseCount('1,2 Mio. Follower')).toBe(1_200_000);
    expect(parseCount('12,5 Tsd.')).toBe(12_500);
    expect(parseMonthYear('Beigetreten im März 2019')).toBe('2019-03');
    expect(parseMonthYear('Beigetreten im Dezember 2021')).toBe('2021-12');
    expect(parseMonthYear('Beigetreten im Mai 2015')).toBe('2015-05');
  });

  it('tells German from the word after the following count', () => {
    expect(xLanguageOfFollowing(foldLabel('123 Folge ich'))).toBe('de');
    expect(xLanguageOfFollowing(foldLabel('123 Following'))).toBe('en');
  });
});
