/**
 * @file The dashboard's batch audit: saved profile pages picked or dropped, read and checked by the service the page
 * hands in (entrypoints/dashboard/audit.ts: DOMParser and the readers, which screens never import), with a progress
 * bar; then, per file, either why it gives nothing (nothing is stored for it) or the colleague it is about. A new
 * colleague is recorded only after the ambassador ticks the notice for them (the popup's wording and the retention
 * setting); a colleague already recorded (by page key) gets a new session. Sessions are made as the popup makes them
 * (src/coaching/session.ts: no text of the page).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { BatchFailure, BatchOutcome, SavedFile } from '../../coaching/batch';
import type { Colleague } from '../../coaching/record';
import { sessionOf } from '../../coaching/session';
import { type CoachingStore, CoachingStoreError, type CoachingWriteError } from '../../storage/coaching/port';
import { MAX_PAGE_BYTES } from '../../snapshot/saved-page';
import { plural, t } from '../shared/i18n';

/** Audits the files one after another, telling the progress after each (entrypoints/dashboard/audit.ts). */
export type BatchAuditService = (files: readonly SavedFile[], progress: (done: number, total: number) => void) => Promise<BatchOutcome[]>;

export type BatchStore = Pick<CoachingStore, 'colleagueByProfile' | 'addColleague' | 'saveSession' | 'settings'>;

export interface BatchAuditProps {
  audit: BatchAuditService;
  store: BatchStore;
  now: () => Date;
  /** Called after sessions were saved (the dashboard reads its figures again). */
  onSaved?: () => void;
}

type Audited = Extract<BatchOutcome, { ok: true }>;

/** A file that gives nothing: a reason of the audit, the same profile as an earlier file, or a write that failed. */
type Problem =
  | { file: string; reason: BatchFailure }
  | { file: string; reason: 'duplicate'; of: string }
  | { file: string; reason: 'write'; error: CoachingWriteError };

/** A file that gives a session, with the colleague already recorded for its profile (null: a new colleague). */
interface Ready {
  audited: Audited;
  known: Colleague | null;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'review'; ready: Ready[]; problems: Problem[]; retentionMonths: number | null }
  | { kind: 'saving'; done: number; total: number; problems: Problem[] }
  | { kind: 'done'; saved: number; created: number; problems: Problem[] };

const REASONS = {
  'too-large': 'batchTooLarge',
  empty: 'batchEmpty',
  'not-html': 'batchNotHtml',
  'no-address': 'batchNoAddress',
  'not-a-profile': 'batchNotProfile',
  unreadable: 'batchUnreadable',
} as const;

const WRITE_ERRORS = { full: 'coachingFull', blocked: 'coachingBlocked', failed: 'coachingFailed' } as const;

function problemText(problem: Problem): string {
  if (problem.reason === 'duplicate') return t('batchDuplicate', problem.of);
  if (problem.reason === 'write') return t(WRITE_ERRORS[problem.error]);
  if (problem.reason === 'too-large') return t('batchTooLarge', MAX_PAGE_BYTES / (1024 * 1024));
  return t(REASONS[problem.reason]);
}

/** A picked or dropped file as the audit takes it: its text read only once its size passed. */
export const savedFileOf = (file: File): SavedFile => ({ name: file.name, bytes: file.size, text: () => file.text() });

const reasonOf = (error: unknown): CoachingWriteError => (error instanceof CoachingStoreError ? error.reason : 'failed');


function Problems({ problems }: { problems: readonly Problem[] }) {
  const id = useId();
  if (problems.length === 0) return null;
  return (
    <section class="batch-problems" aria-labelledby={id}>
      <h3 id={id}>{t('batchProblemsTitle')}</h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${index}:${problem.file}`}>
            <bdi class="file">{problem.file}</bdi>: {problemText(problem)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Progress({ label, done, total }: { label: string; done: number; total: number }) {
  const id = useId();
  return (
    <div class="batch-progress">
      <label id={id} for={`${id}-bar`}>
        {label}
      </label>
      <progress id={`${id}-bar`} value={done} max={total} aria-labelledby={id}>
        {done} / {total}
      </progress>
    </div>
  );
}

export function BatchAudit({ audit, store, now, onSaved }: BatchAuditProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  /** New colleagues' page keys whose notice the ambassador ticked. */
  const [notices, setNotices] = useState<ReadonlySet<string>>(new Set());
  const [noticeMissing, setNoticeMissing] = useState(false);
  const [dragging, setDragging] = useState(false);
  const busy = useRef(false);
  const id = useId();

  async function start(list: readonly File[]) {
    if (busy.current || list.length === 0) return;
    busy.current = true;
    setNotices(new Set());
    setNoticeMissing(false);
    try {
      setPhase({ kind: 'reading', done: 0, total: list.length });
      const outcomes = await audit(list.map(savedFileOf), (done, total) => setPhase({ kind: 'reading', done, total }));
      const problems: Problem[] = [];
      const ready: Ready[] = [];
      const seen = new Map<string, string>();
      for (const outcome of outcomes) {
        if (!outcome.ok) {
          problems.push({ file: outcome.file, reason: outcome.reason });
          continue;
        }
        // Two pages of one profile in a batch would be two sessions at the same moment: the first is kept.
        const earlier = seen.get(outcome.key);
        if (earlier !== undefined) {
          problems.push({ file: outcome.file, reason: 'duplicate', of: earlier });
          continue;
        }
        seen.set(outcome.key, outcome.file);
        const known = await store.colleagueByProfile(outcome.key).catch(() => null);
        ready.push({ audited: outcome, known });
      }
      // Without the retention setting the notice cannot say how long: nothing new can be confirmed, and that is said.
      const settings = ready.some((each) => !each.known) ? await store.settings().catch(() => null) : null;
      setPhase({ kind: 'review', ready, problems, retentionMonths: settings?.retentionMonths ?? null });
    } catch {
      setPhase({ kind: 'done', saved: 0, created: 0, problems: list.map((file) => ({ file: file.name, reason: 'unreadable' as const })) });
    } finally {
      busy.current = false;
    }
  }

  async function save(review: Extract<Phase, { kind: 'review' }>) {
    if (busy.current) return;
    const fresh = review.ready.filter((each) => !each.known);
    // Nothing is stored unless every new colleague's notice is ticked.
    if (fresh.length > 0 && (review.retentionMonths === null || fresh.some((each) => !notices.has(each.audited.key)))) {
      setNoticeMissing(true);
      return;
    }
    busy.current = true;
    setNoticeMissing(false);
    const at = now();
    const problems = [...review.problems];
    let saved = 0;
    let created = 0;
    setPhase({ kind: 'saving', done: 0, total: review.ready.length, problems });
    for (const [index, { audited, known }] of review.ready.entries()) {
      try {
        // Looked up again: another tab may have recorded them since the review.
        let colleague = known ?? (await store.colleagueByProfile(audited.key));
        if (!colleague) {
          colleague = {
            id: crypto.randomUUID(),
            name: audited.name,
            profiles: [{ site: audited.site, key: audited.key }],
            noticeConfirmedAt: at.toISOString(),
            noticeRetentionMonths: review.retentionMonths as number,
            createdAt: at.toISOString(),
          };
          await store.addColleague(colleague);
          created += 1;
        }
        await store.saveSession(
          sessionOf({ id: crypto.randomUUID(), colleagueId: colleague.id, site: audited.site, profileKey: audited.key, now: at, result: audited.result }),
        );
        saved += 1;
      } catch (error) {
        problems.push({ file: audited.file, reason: 'write', error: reasonOf(error) });
      }
      setPhase({ kind: 'saving', done: index + 1, total: review.ready.length, problems });
    }
    busy.current = false;
    setPhase({ kind: 'done', saved, created, problems });
    if (saved > 0) onSaved?.();
  }

  // Listened to on the element itself (not through JSX props): the same listeners in every browser and DOM.
  const zone = useRef<HTMLDivElement>(null);
  const startRef = useRef(start);
  startRef.current = start;
  useEffect(() => {
    const element = zone.current;
    if (!element) return;
    const over = (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    };
    const leave = () => setDragging(false);
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      void startRef.current(Array.from(event.dataTransfer?.files ?? []));
    };
    element.addEventListener('dragover', over);
    element.addEventListener('dragleave', leave);
    element.addEventListener('drop', drop);
    return () => {
      element.removeEventListener('dragover', over);
      element.removeEventListener('dragleave', leave);
      element.removeEventListener('drop', drop);
    };
  });

  const pick = (
    <div ref={zone} class={`batch-drop${dragging ? ' dragging' : ''}`}>
      <label>
        {t('batchPick')}
        <input
          type="file"
          multiple
          accept=".html,.htm,text/html"
          disabled={phase.kind === 'reading' || phase.kind === 'saving'}
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            const files = Array.from(input.files ?? []);
            // Emptied, so picking the same files again starts again.
            input.value = '';
            void start(files);
          }}
        />
      </label>
      <p class="muted">{t('batchDrop')}</p>
    </div>
  );

  return (
    <section class="batch-audit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('batchTitle')}</h2>
      <p class="muted">{t('batchIntro')}</p>
      {phase.kind === 'idle' || phase.kind === 'done' ? pick : null}
      {phase.kind === 'reading' ? (
        <Progress label={t('batchReading', [phase.done, phase.total])} done={phase.done} total={phase.total} />
      ) : null}
      {phase.kind === 'saving' ? (
        <Progress label={t('batchSaving', [phase.done, phase.total])} done={phase.done} total={phase.total} />
      ) : null}
      {phase.kind === 'done' ? (
        <p class="note" role="status">
          {t('batchSavedCount', [phase.saved, phase.created])}
        </p>
      ) : null}
      {phase.kind === 'review' ? (
        <form
          class="batch-review"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save(phase);
          }}
        >
          {phase.ready.length === 0 ? (
            <p role="status">{t('batchNothing')}</p>
          ) : (
            <>
              <h3>{t('coachingFormTitle')}</h3>
              <ul class="batch-ready">
                {phase.ready.map(({ audited, known }) => (
                  <li key={audited.key}>
                    {known ? (
                      <span>{t('batchKnown', known.name)}</span>
                    ) : phase.retentionMonths === null ? (
                      <span>{t('batchNew', audited.name)}</span>
                    ) : (
                      <label class="check">
                        <input
                          type="checkbox"
                          required
                          checked={notices.has(audited.key)}
                          onChange={(event) => {
                            const next = new Set(notices);
                            if ((event.target as HTMLInputElement).checked) next.add(audited.key);
                            else next.delete(audited.key);
                            setNotices(next);
                          }}
                        />
                        <span>{plural(phase.retentionMonths, 'coachingNoticeOne', 'coachingNotice', [audited.name])}</span>
                      </label>
                    )}{' '}
                    <bdi class="file muted">({audited.file})</bdi>
                  </li>
                ))}
              </ul>
            </>
          )}
          {phase.retentionMonths === null && phase.ready.some((each) => !each.known) ? (
            <p class="alert" role="alert">
              {t('coachingFailed')}
            </p>
          ) : null}
          {noticeMissing ? (
            <p class="alert" role="alert">
              {t('coachingNoticeNeeded')}
            </p>
          ) : null}
          <div class="actions">
            {phase.ready.length > 0 ? (
              <button type="submit" class="primary" disabled={phase.retentionMonths === null && phase.ready.some((each) => !each.known)}>
                {plural(phase.ready.length, 'batchSaveOne', 'batchSave')}
              </button>
            ) : null}
            <button type="button" class="link" onClick={() => setPhase({ kind: 'idle' })}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {phase.kind === 'review' || phase.kind === 'saving' || phase.kind === 'done' ? <Problems problems={phase.problems} /> : null}
    </section>
  );
}
