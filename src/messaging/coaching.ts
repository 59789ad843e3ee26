/**
 * @file The popup's coaching record through the background: the popup asks (look a colleague up, record one after the
 * notice, save a session), the background, which already holds the IndexedDB store open to know whom the history may
 * remember, answers with the real store (src/storage/coaching/store.ts). So `idb` and the store stay out of the popup
 * (35 KB budget), and one context writes the record. A refused write comes back as the store's CoachingStoreError,
 * with its reason. Only the calls the popup needs pass; their arguments are checked before the store sees them.
 */
import type { CoachingStore } from '../storage/coaching/port';
import { CoachingStoreError, type CoachingWriteError } from '../storage/coaching/port';

/** What the popup may ask of the record (the colleague's page and the options page open the store themselves). */
export const POPUP_COACHING_CALLS = ['colleagues', 'colleague', 'colleagueByProfile', 'settings', 'addColleague', 'updateColleague', 'saveSession'] as const;
export type PopupCoachingCall = (typeof POPUP_COACHING_CALLS)[number];
export type PopupCoachingStore = Pick<CoachingStore, PopupCoachingCall>;

export interface CoachingRequest {
  type: 'coaching';
  call: PopupCoachingCall;
  args: unknown[];
}

export type CoachingAnswer = { ok: true; value: unknown } | { ok: false; reason: CoachingWriteError; message: string };

export function isCoachingRequest(message: unknown): message is CoachingRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, call, args } = message as Record<string, unknown>;
  return type === 'coaching' && (POPUP_COACHING_CALLS as readonly unknown[]).includes(call) && Array.isArray(args);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The arguments each call takes, checked in plain code; the store checks what it writes further. */
const ARGUMENTS: Readonly<Record<PopupCoachingCall, (args: unknown[]) => boolean>> = {
  colleagues: (args) => args.length === 0,
  settings: (args) => args.length === 0,
  colleague: ([id, ...rest]) => typeof id === 'string' && rest.length === 0,
  colleagueByProfile: ([key, ...rest]) => typeof key === 'string' && rest.length === 0,
  addColleague: ([colleague, ...rest]) => isObject(colleague) && Array.isArray(colleague.profiles) && rest.length === 0,
  updateColleague: ([colleague, ...rest]) => isObject(colleague) && Array.isArray(colleague.profiles) && rest.length === 0,
  saveSession: ([session, ...rest]) => isObject(session) && rest.length === 0,
};

/**
 * The background's answer to a request from one of the extension's own pages (the caller checks the sender). A
 * session is checked whole (`checkSession`, the hand-written reader of stored sessions) before it is written, so
 * nothing the store would later skip as damaged is kept.
 */
export async function answerCoaching(
  store: PopupCoachingStore,
  request: CoachingRequest,
  checkSession: (value: unknown) => { ok: boolean },
): Promise<CoachingAnswer> {
  const { call, args } = request;
  if (!ARGUMENTS[call](args) || (call === 'saveSession' && !checkSession(args[0]).ok)) {
    return { ok: false, reason: 'failed', message: `coaching: ${call} was asked with arguments it does not take` };
  }
  try {
    const value = await (store[call] as (...given: unknown[]) => Promise<unknown>)(...args);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return error instanceof CoachingStoreError
      ? { ok: false, reason: error.reason, message: error.message }
      : { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

const REASONS: readonly unknown[] = ['full', 'blocked', 'failed'];

/** The popup's side: each call sent to the background, its refusal thrown back as a CoachingStoreError. */
export function coachingThroughBackground(send: (request: CoachingRequest) => Promise<unknown>): PopupCoachingStore {
  const ask =
    <K extends PopupCoachingCall>(call: K) =>
    async (...args: unknown[]): Promise<never> => {
      let answer: unknown;
      try {
        answer = await send({ type: 'coaching', call, args });
      } catch (error) {
        throw new CoachingStoreError('failed', error instanceof Error ? error.message : String(error));
      }
      if (isObject(answer) && answer.ok === true) return answer.value as never;
      const refused = isObject(answer) && REASONS.includes(answer.reason) ? (answer.reason as CoachingWriteError) : 'failed';
      const message = isObject(answer) && typeof answer.message === 'string' ? answer.message : 'the background gave no answer';
      throw new CoachingStoreError(refused, message);
    };
  return Object.fromEntries(POPUP_COACHING_CALLS.map((call) => [call, ask(call)])) as unknown as PopupCoachingStore;
}
