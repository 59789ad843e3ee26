/**
 * @file Coaching records for tests: a colleague, sessions built from a compact list of outcomes, and an in-memory
 * `CoachingStore` (the interface of src/storage/coaching/port.ts) whose saves can be made to fail.
 */
import type { AgreedAction, CoachingSettings, Colleague, ForgottenEntry, RuleOutcome, Session } from '../../src/coaching/record';
import type { FindingStatus } from '../../src/engine/run-rules';
import { type CoachingBundle, mergeBundles } from '../../src/coaching/bundle-merge';
import { memberOf } from '../../src/coaching/summary';
import { type CoachingStore, CoachingStoreError, type ColleagueSummary, type ImportReport } from '../../src/storage/coaching/port';

export const colleague = (over: Partial<Colleague> = {}): Colleague => ({
  id: 'c1',
  name: 'Ada Vermeulen',
  profiles: [
    { site: 'linkedin', key: 'linkedin:in/ada-vermeulen' },
    { site: 'x', key: 'x:@adavermeulen' },
  ],
  noticeConfirmedAt: '2026-01-05T09:00:00.000Z',
  noticeRetentionMonths: 12,
  createdAt: '2026-01-05T09:00:00.000Z',
  ...over,
});

/** An outcome: `[ruleId, status, points?, labels?]`. */
export type OutcomeSpec = [string, FindingStatus, number?, string[]?];

export const outcome = ([ruleId, status, points = 0, labels = []]: OutcomeSpec): RuleOutcome => ({
  ruleId,
  step: ruleId.startsWith('manual:') ? 'team-up' : 'guidelines',
  status,
  points,
  labels,
});

export const action = (ruleId: string, due: string, over: Partial<AgreedAction> = {}): AgreedAction => ({
  id: `a-${ruleId}-${due}`,
  ruleId,
  text: '',
  due,
  ...over,
});

export function session(id: string, at: string, outcomes: OutcomeSpec[], over: Partial<Session> = {}): Session {
  return {
    id,
    colleagueId: 'c1',
    site: 'linkedin',
    profileKey: 'linkedin:in/ada-vermeulen',
    at,
    guidelines: { name: 'Nordlicht Analytics · Winter 2026-27', fingerprint: 'fp-1' },
    score: { overall: 60, steps: { 'clean-up': null, 'plan-ahead': 50, 'team-up': 70, guidelines: 60 } },
    outcomes: outcomes.map(outcome),
    answers: {},
    notes: [],
    actions: [],
    ...over,
  };
}

const clone = <T>(value: T): T => structuredClone(value);

/** The record kept in memory. `failNextSaves` makes that many `saveSession` calls reject, keeping what was there. */
export class MemoryCoachingStore implements CoachingStore {
  readonly people = new Map<string, Colleague>();
  readonly sessions = new Map<string, Session>();
  readonly gone: ForgottenEntry[] = [];
  settingsValue: CoachingSettings = { retentionMonths: 12, teamSizes: [], viewCost: null };
  failNextSaves = 0;
  saves: Session[] = [];

  constructor(people: Colleague[] = [], sessions: Session[] = []) {
    for (const person of people) this.people.set(person.id, clone(person));
    for (const item of sessions) this.sessions.set(item.id, clone(item));
  }

  private sessionsOf(id: string): Session[] {
    return [...this.sessions.values()].filter((item) => item.colleagueId === id).sort((a, b) => a.at.localeCompare(b.at));
  }

  async colleagues(): Promise<ColleagueSummary[]> {
    return [...this.people.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((person) => {
        const list = this.sessionsOf(person.id);
        const last = list.at(-1);
        return {
          colleague: clone(person),
          sessionCount: list.length,
          latest: last ? { at: last.at, overall: last.score.overall } : null,
          bytes: JSON.stringify([person, list]).length,
        };
      });
  }
  async colleague(id: string) {
    const person = this.people.get(id);
    return person ? { colleague: clone(person), sessions: this.sessionsOf(id).map(clone) } : null;
  }
  async team() {
    const people = [...this.people.values()].sort((a, b) => a.name.localeCompare(b.name));
    return people.map((person) => ({ colleague: clone(person), sessions: this.sessionsOf(person.id).map(clone) }));
  }
  async members() {
    return (await this.team()).map(memberOf);
  }
  async colleagueByProfile(key: string) {
    return [...this.people.values()].find((person) => person.profiles.some((profile) => profile.key === key)) ?? null;
  }
  async addColleague(person: Colleague) {
    this.people.set(person.id, clone(person));
  }
  async updateColleague(person: Colleague) {
    this.people.set(person.id, clone(person));
  }
  async saveSession(item: Session) {
    if (this.failNextSaves > 0) {
      this.failNextSaves--;
      throw new CoachingStoreError('full', 'QuotaExceededError');
    }
    this.saves.push(clone(item));
    this.sessions.set(item.id, clone(item));
  }
  async deleteSession(id: string) {
    this.sessions.delete(id);
  }
  async forget(id: string, now: Date) {
    this.people.delete(id);
    for (const item of this.sessionsOf(id)) this.sessions.delete(item.id);
    this.gone.push({ at: now.toISOString() });
  }
  async forgotten() {
    return [...this.gone];
  }
  async settings() {
    return { ...this.settingsValue };
  }
  async saveSettings(value: Partial<CoachingSettings>) {
    this.settingsValue = { ...this.settingsValue, ...value };
  }
  async applyRetention() {
    return 0;
  }
  /** Merges by the store's rules, without its retention or tallies; the report counts what changed. */
  async importBundle(bundle: CoachingBundle): Promise<ImportReport> {
    const before = { people: this.people.size, sessions: this.sessions.size };
    const { records, report } = mergeBundles([{ ...bundle, colleagues: [...this.people.values()], sessions: [...this.sessions.values()] }, bundle]);
    this.people.clear();
    this.sessions.clear();
    for (const record of records) {
      this.people.set(record.colleague.id, clone(record.colleague));
      for (const item of record.sessions) this.sessions.set(item.id, clone(item));
    }
    return {
      colleaguesAdded: this.people.size - before.people,
      colleaguesUpdated: 0,
      colleaguesJoined: 0,
      sessionsAdded: this.sessions.size - before.sessions,
      duplicatesSkipped: report.duplicateSessions,
      sessionIdConflicts: report.sessionIdConflicts,
      droppedPastRetention: 0,
      nameConflicts: report.nameConflicts,
      profileConflicts: report.profileConflicts,
      teamSizeConflicts: report.teamSizeConflicts,
      viewCostConflict: report.viewCostConflict,
      forgottenSince: 0,
    };
  }
}
