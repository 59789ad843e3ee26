/**
 * @file Applies the coaching records' retention period where nobody waits for it: when the background starts (the
 * browser starting, the extension installed or updated) and when the options page or the colleague's page opens.
 * Sessions past the period are deleted by the store (`applyRetention`); a failure (another tab holding an older
 * version open, a damaged database) is left for the next opening, never shown as an error. It keeps no timer: no
 * `alarms` permission is needed, since every place coaching records are shown applies it first.
 */
import type { CoachingStore } from './port';

/** Deletes the sessions older than the retention period; how many, or 0 when the store could not be reached. */
export async function applyRetentionQuietly(store: Pick<CoachingStore, 'applyRetention'>, now: Date): Promise<number> {
  try {
    return await store.applyRetention(now);
  } catch {
    return 0;
  }
}
