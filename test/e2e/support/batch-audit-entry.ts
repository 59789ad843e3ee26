/**
 * @file The dashboard's batch audit service (entrypoints/dashboard/audit.ts) as one script for an extension page of
 * the built extension (test/e2e/batch-audit.test.ts, test/bench/batch-audit.ts): exposes `profileCoachBatchAudit`,
 * which audits pages given as texts, made into File objects as the picker gives them.
 */
import { batchAuditService } from '../../../entrypoints/dashboard/audit';
import { savedFileOf } from '../../../src/ui/dashboard/batch-audit';

const service = batchAuditService();

(globalThis as unknown as { profileCoachBatchAudit: unknown }).profileCoachBatchAudit = async (pages: Array<{ name: string; text: string }>) => {
  const files = pages.map(({ name, text }) => savedFileOf(new File([text], name, { type: 'text/html' })));
  const start = performance.now();
  const outcomes = await service(files, () => undefined);
  return { ms: performance.now() - start, outcomes };
};
