/**
 * @file The findings list: open failures grouped by checklist step, most points first, each with what fixing it would
 * gain, the engine's message (without the title repeated) and its actions (Fix, Show on page, Done, Snooze, and on
 * one's own pages "Doesn't apply to me") first, then the evidence (highlighted as <mark> text nodes, never parsed as
 * HTML, bidi controls shown as visible labels; a text a finding above already quotes is referred to, not quoted
 * again) and why it matters; then the "marked done" failures, and collapsed groups for snoozed, unjudged, passed
 * (each with what made it pass, folded) and not-applicable checks. Finding text comes from the rules as given;
 * everything else through i18n. What goes in which group is decided in popup-model.ts; storing the marks is the
 * caller's business.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Evidence } from '../../engine/define-rule';
import type { Finding } from '../../engine/run-rules';
import type { ShowTarget, Shows } from '../../snapshot/pages/page-type';
import type { PersonalChoice } from '../../engine/personal';
import { addDays, type Day } from '../../storage/finding-state';
import { controlLabel, normalizeRanges, piecesOf } from './highlight';
import { formatDay, plural, t } from '../shared/i18n';
import { STEP_LABELS } from '../shared/labels';
import { NotForMe } from './not-applicable';
import { type CoachModel, type FindingView, type QuotedBefore, quotedBefore, withoutTitle } from './popup-model';

export interface FindingActions {
  fix(url: string): void;
  setDone(ruleId: string, done: boolean): void;
  snooze(ruleId: string, until: Day | null): void;
  /** Scrolls the tab to the target and outlines it; resolves false when the page has no such element. */
  show?(target: ShowTarget): Promise<boolean>;
  /** "Doesn't apply to me": offered on one's own pages only (absent on someone else's profile). */
  notForMe?(ruleId: string, choice: PersonalChoice): void;
  /**
   * On a colleague's profile, instead of Fix (their edit page is theirs alone): copies the suggestion as plain text
   * for the colleague.
   */
  copySuggestion?(text: string): Promise<void>;
}

/** A finding as plain text for the colleague: its title, its message, and where they fix it (instruction and link). */
export function suggestionText(finding: Finding): string {
  const message = finding.message ? withoutTitle(finding.title, finding.message) : '';
  const where =
    finding.fix && /^https:\/\//i.test(finding.fix.url) ? t('suggestionWhere', [finding.fix.label, finding.fix.url]) : '';
  return [finding.title, message, where].filter(Boolean).join('\n');
}

/** "Copy the suggestion", then "Copied" (or that the clipboard refused) beside it. */
function CopySuggestion({
  finding,
  copy,
  describedBy,
}: {
  finding: Finding;
  copy: (text: string) => Promise<void>;
  describedBy: string;
}) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const onClick = () => void copy(suggestionText(finding)).then(() => setCopied(true), () => setCopied(false));
  return (
    <>
      <button type="button" class="primary" aria-describedby={describedBy} onClick={onClick}>
        {t('copySuggestion')}
      </button>
      <span role="status" class="small">
        {copied === null ? '' : copied ? t('suggestionCopied') : t('suggestionCopyFailed')}
      </span>
    </>
  );
}

/**
 * What a finding's "Show on page" shows: the first evidence field this page's locator can show (`shows`, from the
 * reader, src/extract) that was read. Evidence from another field or page (a cross-site finding quoting the X bio
 * on LinkedIn) gets no button: it is not on this page.
 */
export function findingTarget(shows: Shows, evidence: readonly Evidence[], unreadable: readonly string[] = []): ShowTarget | null {
  const field = evidence.find((item) => item.field && shows.fields?.includes(item.field) && !unreadable.includes(item.field))?.field;
  return field ? { field } : null;
}

/** An evidence item's own target: its profile link, on the list page it comes from. */
export function itemTarget(shows: Shows, evidence: Evidence): ShowTarget | null {
  return evidence.url && evidence.field && shows.links === evidence.field ? { url: evidence.url } : null;
}

/** Where the findings are shown, and how to show a target there; absent when nothing can be shown. */
export interface ShowOnPage {
  shows: Shows;
  show(target: ShowTarget): void;
}

/** How many evidence items show before "And N more". */
const EVIDENCE_SHOWN = 3;

export function EvidenceText({ evidence }: { evidence: Evidence }) {
  return (
    <>
      {piecesOf(evidence.text, evidence.highlights).map((piece, index) =>
        'gap' in piece ? (
          <span key={index} class="gap">
            …
          </span>
        ) : piece.control ? (
          // A hidden bidi control, shown by its label as text: it cannot reorder the quote around it.
          <span key={index} class={piece.mark ? 'bidi-control marked' : 'bidi-control'}>
            {controlLabel(piece.text)}
          </span>
        ) : piece.mark ? (
          <mark key={index}>{piece.text}</mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </>
  );
}

function EvidenceItem({ evidence, onShow }: { evidence: Evidence; onShow?: ShowOnPage }) {
  const target = onShow ? itemTarget(onShow.shows, evidence) : null;
  // Only web addresses become links: evidence comes from the page, and a javascript: address must stay text.
  const safeUrl = evidence.url && /^https?:\/\//i.test(evidence.url) ? evidence.url : undefined;
  return (
    <li>
      {safeUrl ? (
        <a href={safeUrl} target="_blank" rel="noreferrer">
          <EvidenceText evidence={evidence} />
        </a>
      ) : (
        <EvidenceText evidence={evidence} />
      )}
      {target && onShow ? (
        <>
          {' '}
          <button type="button" class="link small" onClick={() => onShow.show(target)}>
            {t('showItem')}
          </button>
        </>
      ) : null}
    </li>
  );
}

/**
 * An evidence text a finding above already quotes: a reference to that finding instead of the quote again, and the
 * words this finding marks in it, if any (as text in <mark>, never parsed).
 */
function SameQuote({ evidence, owner }: { evidence: Evidence; owner: QuotedBefore }) {
  const marks = normalizeRanges(evidence.text.length, evidence.highlights);
  return (
    <li class="same-quote">
      {t('evidenceSameQuote', owner.title)}
      {marks.length > 0 ? (
        <>
          {' '}
          {t('evidenceSameQuoteMarks')}{' '}
          {marks.map(([start, end], index) => (
            <span key={index}>
              {index > 0 ? ', ' : null}
              {/* Through EvidenceText, so a bidi control in the marked words shows as its label here too. */}
              <EvidenceText evidence={{ text: evidence.text.slice(start, end), highlights: [[0, end - start]] }} />
            </span>
          ))}
        </>
      ) : null}
    </li>
  );
}

function EvidenceList({
  items,
  onShow,
  quoted,
}: {
  items: readonly Evidence[];
  onShow?: ShowOnPage;
  /** Items (by index) that a finding above already quotes. */
  quoted?: ReadonlyMap<number, QuotedBefore>;
}) {
  if (items.length === 0) return null;
  const item = (evidence: Evidence, index: number) => {
    const owner = quoted?.get(index);
    return owner ? (
      <SameQuote key={index} evidence={evidence} owner={owner} />
    ) : (
      <EvidenceItem key={index} evidence={evidence} onShow={onShow} />
    );
  };
  const rest = items.slice(EVIDENCE_SHOWN);
  return (
    <div class="evidence">
      <ul>{items.slice(0, EVIDENCE_SHOWN).map(item)}</ul>
      {rest.length > 0 ? (
        <details>
          <summary>{t('evidenceMore', rest.length)}</summary>
          <ul>{rest.map((evidence, index) => item(evidence, EVIDENCE_SHOWN + index))}</ul>
        </details>
      ) : null}
    </div>
  );
}

/** What made a passed finding pass (its evidence: the words found, and where), folded under its title. */
export function PassedEvidence({ finding }: { finding: Finding }) {
  if (finding.status !== 'pass' || finding.evidence.length === 0) return null;
  return (
    <details class="passed-evidence">
      <summary class="small">{t('passedEvidence')}</summary>
      <EvidenceList items={finding.evidence} />
    </details>
  );
}

/**
 * What fixing a finding would gain, as a gain ("+6 points", "+1 point"); a finding worth less than half a point says
 * "no points" instead, and its card looks quieter (entrypoints/popup/style.css), so it never passes for a 22.
 */
function PointsBadge({ points }: { points: number }) {
  return points > 0 ? (
    <span class="points gain">{plural(points, 'pointsToGainOne', 'pointsToGain')}</span>
  ) : (
    <span class="points none">{t('pointsNone')}</span>
  );
}

function SnoozePanel({
  today,
  onSnooze,
  onCancel,
}: {
  today: Day;
  onSnooze: (until: Day) => void;
  onCancel: () => void;
}) {
  const tomorrow = addDays(today, 1);
  const [day, setDay] = useState(addDays(today, 7));
  const inputId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= tomorrow;
  return (
    <div class="snooze-panel" role="group" aria-label={t('snooze')}>
      <button type="button" ref={first} onClick={() => onSnooze(addDays(today, 7))}>
        {t('snoozeWeek')}
      </button>
      <span class="snooze-date">
        <label for={inputId}>{t('snoozeDate')}</label>
        <input
          id={inputId}
          type="date"
          min={tomorrow}
          value={day}
          onInput={(event) => setDay((event.target as HTMLInputElement).value)}
        />
        <button type="button" disabled={!valid} onClick={() => valid && onSnooze(day)}>
          {t('snoozeConfirm')}
        </button>
      </span>
      <button type="button" class="link" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

function FindingItem({
  view,
  today,
  actions,
  doneStillShown = false,
  focusMe = false,
  shows,
  quoted,
}: {
  view: FindingView;
  today: Day;
  actions: FindingActions;
  doneStillShown?: boolean;
  focusMe?: boolean;
  /** What the page can show (the content script's report); without it, no "Show on page". */
  shows?: Shows;
  quoted?: ReadonlyMap<number, QuotedBefore>;
}) {
  const { finding, points } = view;
  const titleId = useId();
  const [snoozing, setSnoozing] = useState(false);
  const [notFound, setNotFound] = useState(false);
  const showAction = actions.show;
  const onShow: ShowOnPage | undefined =
    showAction && shows
      ? {
          shows,
          show: (target) => {
            setNotFound(false);
            void showAction(target).then((shown) => setNotFound(!shown), () => setNotFound(true));
          },
        }
      : undefined;
  const target = onShow ? findingTarget(onShow.shows, finding.evidence, finding.unreadable) : null;
  const doneButton = useRef<HTMLButtonElement>(null);
  const snoozeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusMe) doneButton.current?.focus();
  }, [focusMe]);
  const fixUrl = finding.fix && /^https:\/\//i.test(finding.fix.url) ? finding.fix.url : null;
  return (
    // What to do and its buttons come first, then the quote and why it matters: at 400 × 600 px the top finding's
    // Fix button is in view without scrolling (test/e2e/popup.test.ts).
    <li class={points > 0 ? 'finding' : 'finding worth-none'} data-rule={finding.ruleId}>
      <article aria-labelledby={titleId}>
        <div class="finding-head">
          {/* Before the title, floated: the title wraps around it instead of narrowing to a column. */}
          <PointsBadge points={points} />
          <h4 id={titleId}>{finding.title}</h4>
        </div>
        {finding.message ? <p class="message">{withoutTitle(finding.title, finding.message)}</p> : null}
        {doneStillShown ? <p class="note">{t('doneStillShown')}</p> : null}
        <div class="actions">
          {actions.copySuggestion ? (
            <CopySuggestion finding={finding} copy={actions.copySuggestion} describedBy={titleId} />
          ) : fixUrl ? (
            <button
              type="button"
              class="primary"
              aria-describedby={titleId}
              title={finding.fix?.label}
              onClick={() => actions.fix(fixUrl)}
            >
              {t('fix')}
            </button>
          ) : null}
          {target && onShow ? (
            <button type="button" aria-describedby={titleId} onClick={() => onShow.show(target)}>
              {t('showOnPage')}
            </button>
          ) : null}
          <button
            type="button"
            ref={doneButton}
            aria-describedby={titleId}
            onClick={() => actions.setDone(finding.ruleId, !doneStillShown)}
          >
            {doneStillShown ? t('undoDone') : t('markDone')}
          </button>
          <button
            type="button"
            ref={snoozeButton}
            aria-describedby={titleId}
            aria-expanded={snoozing}
            onClick={() => setSnoozing(!snoozing)}
          >
            {t('snooze')}
          </button>
        </div>
        {actions.notForMe ? (
          <NotForMe describedBy={titleId} onChoose={(choice) => actions.notForMe?.(finding.ruleId, choice)} />
        ) : null}
        {notFound ? (
          <p class="note" role="status">
            {t('showNotFound')}
          </p>
        ) : null}
        {snoozing ? (
          <SnoozePanel
            today={today}
            onSnooze={(until) => {
              setSnoozing(false);
              actions.snooze(finding.ruleId, until);
            }}
            onCancel={() => {
              setSnoozing(false);
              snoozeButton.current?.focus();
            }}
          />
        ) : null}
        <EvidenceList items={finding.evidence} onShow={onShow} quoted={quoted} />
        <p class="why">{finding.why}</p>
      </article>
    </li>
  );
}

/** A collapsed group of findings shown by title and the engine's message. */
function Collapsed({
  label,
  views,
  render,
}: {
  label: string;
  views: readonly FindingView[];
  render?: (view: FindingView) => ComponentChildren;
}) {
  if (views.length === 0) return null;
  return (
    <details class="group">
      <summary>{label}</summary>
      <ul class="compact">
        {views.map((view) => (
          <li key={view.finding.ruleId}>
            <span class="compact-title">{view.finding.title}</span>
            {view.finding.message ? (
              <span class="muted small"> — {withoutTitle(view.finding.title, view.finding.message)}</span>
            ) : null}
            {render?.(view)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Findings({
  model,
  today,
  actions,
  shows,
}: {
  model: CoachModel;
  today: Day;
  actions: FindingActions;
  /** The page the findings are about, in the tab: "Show on page" is offered only there. */
  /** What the page can show (the content script's report); without it, no "Show on page". */
  shows?: Shows;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // After Done, focus follows the finding to its new place; after a snooze it goes back to the heading, since
  // the finding is now tucked away. Without this, focus would drop to the top of the popup.
  const [focus, setFocus] = useState<{ ruleId: string } | 'heading' | null>(null);
  useEffect(() => {
    if (focus === 'heading') heading.current?.focus();
  }, [focus]);
  const wrapped: FindingActions = {
    fix: actions.fix,
    show: actions.show,
    ...(actions.copySuggestion ? { copySuggestion: actions.copySuggestion } : {}),
    setDone(ruleId, done) {
      setFocus({ ruleId });
      actions.setDone(ruleId, done);
    },
    snooze(ruleId, until) {
      setFocus(until ? 'heading' : null);
      actions.snooze(ruleId, until);
    },
    // Set aside, the finding leaves the list: focus goes back to the heading, as after a snooze.
    ...(actions.notForMe
      ? {
          notForMe(ruleId: string, choice: PersonalChoice) {
            setFocus('heading');
            actions.notForMe?.(ruleId, choice);
          },
        }
      : {}),
  };
  const focusOf = (view: FindingView) => focus !== null && focus !== 'heading' && focus.ruleId === view.finding.ruleId;
  // A text several findings quote (an About that triggers three rules) is quoted once, by the first shown.
  const quoted = quotedBefore([...model.open.flatMap((group) => group.items), ...model.doneStillShown]);
  const nothingOpen = model.open.length === 0;
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" ref={heading} tabIndex={-1}>
        {t('findingsTitle')}
      </h2>
      {nothingOpen ? <p class="muted">{t('nothingToFix')}</p> : null}
      {model.open.map(({ step, items }) => (
        <section key={step} class="step-group" aria-labelledby={`group-${step}`}>
          <h3 id={`group-${step}`}>{t(STEP_LABELS[step])}</h3>
          <ol>
            {items.map((view) => (
              <FindingItem
                key={view.finding.ruleId}
                view={view}
                today={today}
                actions={wrapped}
                focusMe={focusOf(view)}
                shows={shows}
                quoted={quoted.get(view.finding.ruleId)}
              />
            ))}
          </ol>
        </section>
      ))}
      {model.doneStillShown.length > 0 ? (
        <section class="step-group" aria-labelledby="group-done">
          <h3 id="group-done">{t('doneGroup')}</h3>
          <ol>
            {model.doneStillShown.map((view) => (
              <FindingItem
                key={view.finding.ruleId}
                view={view}
                today={today}
                actions={wrapped}
                doneStillShown
                focusMe={focusOf(view)}
                shows={shows}
                quoted={quoted.get(view.finding.ruleId)}
              />
            ))}
          </ol>
        </section>
      ) : null}
      <Collapsed
        label={t('snoozedGroup', model.snoozed.length)}
        views={model.snoozed}
        render={(view) => (
          <div class="compact-actions">
            <span class="small">{t('snoozedUntil', formatDay(view.mark?.snoozedUntil ?? today))}</span>
            <button type="button" class="link" onClick={() => wrapped.snooze(view.finding.ruleId, null)}>
              {t('wake')}
            </button>
          </div>
        )}
      />
      <Collapsed label={t('incompleteGroup', model.incomplete.length)} views={model.incomplete} />
      <Collapsed
        label={t('passedGroup', model.passed.length)}
        views={model.passed}
        render={(view) => <PassedEvidence finding={view.finding} />}
      />
      <Collapsed label={t('notApplicableGroup', model.notApplicable.length)} views={model.notApplicable} />
    </section>
  );
}
