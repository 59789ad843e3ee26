/**
 * @file How the popup gets a snapshot checked: by asking the background (src/messaging/check.ts), behind a
 * function type so tests run the engine in-process instead. It does not run any rule itself.
 */
import { browser } from 'wxt/browser';
import { type CheckRequest, type CheckResult, isCheckResult, type WarmRequest } from '../../messaging/protocol';

export type Checker = (request: Omit<CheckRequest, 'type'>) => Promise<CheckResult>;

export const backgroundChecker: Checker = async (request) => {
  try {
    const result: unknown = await browser.runtime.sendMessage({ type: 'check', ...request } satisfies CheckRequest);
    if (isCheckResult(result)) return result;
    return { ok: false, reason: 'failed', message: 'the background gave no answer' };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
};

/**
 * Wakes the background and has it load the guidelines as the popup opens, while the popup waits for the page's
 * report: a stopped service worker starts in parallel with that wait instead of after it. Nothing is awaited.
 */
export function warmBackground(): void {
  void browser.runtime.sendMessage({ type: 'warm' } satisfies WarmRequest).catch(() => undefined);
}
