/**
 * @file Bundled into a page the benchmark adds to its copy of the extension (never to the build): it writes a
 * colleague and their sessions through the real IndexedDB store, in the extension's origin, so the colleague's page
 * then reads them as it would an ambassador's.
 */
import type { Colleague, Session } from '../../../src/coaching/record';
import { openCoachingStore } from '../../../src/storage/coaching/store';

declare global {
  interface Window {
    seedColleague(colleague: Colleague, sessions: Session[]): Promise<void>;
  }
}

window.seedColleague = async (colleague, sessions) => {
  const store = openCoachingStore();
  try {
    await store.addColleague(colleague);
    for (const session of sessions) await store.saveSession(session);
  } finally {
    store.close();
  }
};

declare global {
  interface Window {
    seedTeam(records: { colleague: Colleague; sessions: Session[] }[]): Promise<void>;
  }
}

/** Many colleagues at once (the dashboard's bench and e2e): the writes are queued together, not one after another. */
window.seedTeam = async (records) => {
  const store = openCoachingStore();
  try {
    await Promise.all(records.map(({ colleague }) => store.addColleague(colleague)));
    await Promise.all(records.flatMap(({ sessions }) => sessions.map((session) => store.saveSession(session))));
  } finally {
    store.close();
  }
};
