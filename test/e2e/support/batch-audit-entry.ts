/**
 * @file The dashboard's batch audit service (entrypoints/dashboard/audit.ts) as one script for an extension page of
 * the built extension (test/e2e/batch-audit.test.ts, test/bench/batch-audit.ts): exposes `profileCoachBatchAudit`,
 * which audits pages given as texts, made into File objects as the picker gives them, and `profileCoachColleagues`,
 * the coaching record's colleagues as the store lists them (to check what the dashboard saved).
 */
import { batchAuditService } from '../../../entrypoints/dashboard/audit';
import { openCoachingStore } from '../../../src/storage/coaching/store';
import { savedFileOf } from '../../../src/ui/dashboard/batch-audit';

const service = batchAuditService();

(globalThis as unknown as { profileCoachBatchAudit: unknown }).profileCoachBatchAudit = async (pages: Array<{ name: string; text: string }>) => {
  const files = pages.map(({ name, text }) => savedFileOf(new File([text], name, { type: 'text/html' })));
  const start = performance.now();
  const outcomes = await service(files, () => undefined);
  return { ms: performance.now() - start, outcomes };
};

(globalThis as unknown as { profileCoachColleagues: unknown }).profileCoachColleagues = async () => {
  const store = openCoachingStore();
  try {
    const summaries = await store.colleagues();
    return Promise.all(summaries.map(async ({ colleague }) => ({ colleague, sessions: (await store.colleague(colleague.id))?.sessions ?? [] })));
  } finally {
    store.close();
  }
};
