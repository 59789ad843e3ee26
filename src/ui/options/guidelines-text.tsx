/**
 * @file The guidelines file as text: a plain textarea with line numbers beside it, the lines with an error marked in
 * that gutter, and below it the parser's errors and warnings, each with its line as a button that puts the caret
 * on that line. It accepts a dropped .yaml/.yml/.json file (the page reads it). It shows the text as text, never as
 * markup, and does not parse (the page passes the parser's answer in).
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { GuidelinesError, GuidelinesWarning } from '../../guidelines/parse';
import { offsetOfLine } from './guidelines-draft';
import { t } from '../shared/i18n';
import { errorLine } from '../shared/rule-texts';

/** The textarea's line height in CSS pixels (entrypoints/options/style.css), to scroll a line into view. */
const LINE_HEIGHT = 20;

/** The gutter's numbers as few text runs as possible: only lines with an error get an element of their own. */
function gutterRuns(lineCount: number, errorLines: ReadonlySet<number>): ComponentChildren[] {
  const runs: ComponentChildren[] = [];
  let plain: string[] = [];
  for (let line = 1; line <= lineCount; line++) {
    if (!errorLines.has(line)) {
      plain.push(String(line));
      continue;
    }
    if (plain.length) runs.push(`${plain.join('\n')}\n`);
    plain = [];
    runs.push(
      <span key={line} class="gutter-error">
        {line}
        {'\n'}
      </span>,
    );
  }
  if (plain.length) runs.push(plain.join('\n'));
  return runs;
}

function ProblemList({
  id,
  title,
  problems,
  omitted,
  kind,
  goTo,
}: {
  id: string;
  title: string;
  problems: readonly GuidelinesError[];
  omitted: number;
  kind: 'error' | 'warning';
  goTo: (line: number) => void;
}) {
  if (problems.length === 0) return null;
  return (
    <div id={id} class={`problems ${kind}`}>
      <h3>{title}</h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.line === null ? null : (
              <>
                <button type="button" class="link line-link" onClick={() => goTo(problem.line as number)}>
                  {t('lineN', problem.line)}
                </button>{' '}
              </>
            )}
            {/* The line is the button's; the rest as the check command prints it, without "(line N)" again. */}
            {errorLine({ ...problem, line: null })}
          </li>
        ))}
        {omitted > 0 ? <li>{t('evidenceMore', omitted)}</li> : null}
      </ul>
    </div>
  );
}

export function GuidelinesText({
  text,
  errors,
  omitted,
  warnings,
  readOnly,
  onText,
  onDropFile,
}: {
  text: string;
  errors: readonly GuidelinesError[];
  omitted: number;
  warnings: readonly GuidelinesWarning[];
  readOnly: boolean;
  onText: (text: string) => void;
  onDropFile: (file: File) => void;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  const [dragging, setDragging] = useState(false);
  const lineCount = text.split('\n').length;
  const errorLines = new Set(errors.map((error) => error.line).filter((line): line is number => line !== null));

  function goTo(line: number) {
    const textarea = area.current;
    if (!textarea) return;
    const offset = offsetOfLine(textarea.value, line);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
    // A few lines of context above the error.
    textarea.scrollTop = Math.max(0, (line - 4) * LINE_HEIGHT);
    if (gutter.current) gutter.current.scrollTop = textarea.scrollTop;
  }

  const described = [errors.length ? 'guidelines-errors' : '', warnings.length ? 'guidelines-warnings' : ''].filter(Boolean).join(' ');
  const dropHandlers = readOnly
    ? {}
    : {
        onDragOver: (event: DragEvent) => {
          // Without preventDefault the browser opens the dropped file instead.
          event.preventDefault();
          setDragging(true);
        },
        onDragLeave: (event: DragEvent) => {
          // Moving over the label or the gutter inside the zone is not leaving it.
          const into = event.relatedTarget;
          if (!(into instanceof Node && (event.currentTarget as HTMLElement).contains(into))) setDragging(false);
        },
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer?.files?.[0];
          if (file) onDropFile(file);
        },
      };

  return (
    <div class="text-editor">
      <div class={`drop-zone${dragging ? ' dragging' : ''}`} data-testid="drop-zone" {...dropHandlers}>
        <label for="guidelines-text" class="editor-label">
          {t('textLabel')}
        </label>
        {readOnly ? null : <p class="hint">{t('textHint')}</p>}
        <div class={`editor${errors.length ? ' invalid' : ''}`}>
          <pre class="gutter" ref={gutter} aria-hidden="true">
            {gutterRuns(lineCount, errorLines)}
          </pre>
          <textarea
            id="guidelines-text"
            ref={area}
            value={text}
            readOnly={readOnly}
            spellcheck={false}
            wrap="off"
            autocomplete="off"
            autocapitalize="off"
            aria-invalid={errors.length > 0}
            aria-describedby={described || undefined}
            onInput={(event) => onText((event.currentTarget as HTMLTextAreaElement).value)}
            onScroll={(event) => {
              if (gutter.current) gutter.current.scrollTop = (event.currentTarget as HTMLTextAreaElement).scrollTop;
            }}
          />
        </div>
      </div>
      <ProblemList
        id="guidelines-errors"
        title={t('errorsTitle', errors.length + omitted)}
        problems={errors}
        omitted={omitted}
        kind="error"
        goTo={goTo}
      />
      <ProblemList id="guidelines-warnings" title={t('warningsTitle', warnings.length)} problems={warnings} omitted={0} kind="warning" goTo={goTo} />
    </div>
  );
}
