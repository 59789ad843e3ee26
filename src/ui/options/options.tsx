/**
 * @file The options page: which guidelines are in force (the company's, the person's own file or the built-in
 * defaults) and why any copy was passed over; importing a YAML or JSON file (picker or drag and drop), the example
 * company, the text with its errors by line, a form for the common fields, the checklist thresholds and rule
 * switches, all editing one text that is saved only when valid; a preview on the last page checked; exporting the
 * file; resetting to the defaults; and the person's stored data. Company guidelines pushed by policy are shown
 * read-only. Its services (clock, policy reader, download, last check) are injected so tests can fake them. It
 * renders file text as text only, and sends nothing anywhere.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeGuidelinesBytes } from '../../guidelines/decode';
import { type GuidelinesFormat, type ParseResult, parseGuidelines, sizeError } from '../../guidelines/parse';
import EXAMPLE_YAML from '../../guidelines/presets/example-company.yaml?raw';
import {
  type ActiveGuidelines,
  type KeptGuidelines,
  type ManagedReader,
  loadActiveGuidelines,
  readManagedPolicy,
  readUserGuidelines,
  removeUserGuidelines,
  saveUserGuidelines,
  type StoredGuidelines,
} from '../../storage/guidelines';
import { type LastCheck, loadLastCheck } from '../../storage/last-check';
import { NewerDataError } from '../../storage/versioned-item';
import { browserCoaching, type CoachingServices } from './coaching-data';
import { DataSection } from './data-section';
import { blobDownload, type Download } from '../shared/download';
import type { DraftApi } from './form-fields';
import {
  addToDraft,
  type DraftValue,
  formatOfDraft,
  type Path,
  readDraft,
  removeFromDraft,
  setInDraft,
  setRuleOff,
} from './guidelines-draft';
import { GuidelinesForm } from './guidelines-form';
import { GuidelinesPreview } from './guidelines-preview';
import { GuidelinesText } from './guidelines-text';
import { messageLanguage, t } from '../shared/i18n';
import { errorLine } from '../shared/rule-texts';
import { RuleSwitches, Thresholds } from './rules-settings';
import { RULES } from '../../rules';

export interface OptionsServices {
  now: () => Date;
  /** The company policy (managed storage), for the text of the company's copy. */
  readManaged: ManagedReader;
  download: Download;
  loadLastCheck: () => Promise<LastCheck | null>;
  /** The coaching record (IndexedDB), for "Your data". */
  coaching: CoachingServices;
}

const DEFAULT_SERVICES: OptionsServices = {
  now: () => new Date(),
  readManaged: readManagedPolicy,
  download: blobDownload,
  loadLastCheck,
  // Opened at its first use (the "Your data" section).
  coaching: browserCoaching(),
};

export const EXAMPLE_FILE_NAME = 'example-company.yaml';
const ACCEPTED = /\.(ya?ml|json)$/i;

interface Loaded {
  active: ActiveGuidelines;
  stored: StoredGuidelines | null;
  /** A stored copy kept as it is (damaged, or from a newer version): shown, exportable, never written over silently. */
  kept: KeptGuidelines | null;
  /** The company's text from the policy, when there is one. */
  managedText: string | null;
  last: LastCheck | null;
}

interface Draft {
  text: string;
  fileName?: string;
}

type Status = { kind: 'info' | 'error'; text: string } | null;

/** What a person without a file starts from: valid (the built-in defaults), with a pointer to the example. */
function starterText(): string {
  return `# ${t('starterComment')}\nversion: 1\n`;
}

const isReadOnly = (active: ActiveGuidelines) => active.locked || active.source === 'managed';

async function managedText(read: ManagedReader): Promise<string | null> {
  try {
    const policy = (await read()) as { guidelines?: unknown } | null;
    return typeof policy?.guidelines === 'string' && policy.guidelines.trim() !== '' ? policy.guidelines : null;
  } catch {
    return null;
  }
}

function initialDraft(loaded: Loaded): Draft {
  if (isReadOnly(loaded.active)) return { text: loaded.managedText ?? starterText() };
  const copy = loaded.stored ?? loaded.kept;
  return copy ? { text: copy.text, ...(copy.fileName ? { fileName: copy.fileName } : {}) } : { text: starterText() };
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(messageLanguage(), { dateStyle: 'medium' });
}

function InForce({ loaded, download }: { loaded: Loaded; download: Download }) {
  const { active, stored, kept } = loaded;
  const errors = active.errors ?? [];
  const bySource = (source: 'managed' | 'user') => errors.filter((error) => error.source === source);
  return (
    <div class="in-force">
      <p data-testid="in-force">
        {active.source === 'managed'
          ? t('inForceManaged')
          : active.source === 'user'
            ? t('inForceUser', [stored?.fileName ?? t('inForceUnnamed'), formatDate(stored?.savedAt ?? '')])
            : t('inForceDefault')}
      </p>
      {isReadOnly(active) ? <p class="note">{t('managedNote')}</p> : null}
      {kept ? (
        <div class="alert" data-testid="kept-guidelines">
          <p>{kept.reason === 'newer' ? t('keptNewer') : t('keptDamaged')}</p>
          <button type="button" onClick={() => download(kept.fileName ?? 'saved-guidelines.txt', kept.text, 'text/plain')}>
            {t('keptExport')}
          </button>
        </div>
      ) : null}
      {(['managed', 'user'] as const).map((source) =>
        bySource(source).length ? (
          <div key={source} class="alert">
            <p>{source === 'managed' ? t('passedOverManaged') : t('passedOverUser')}</p>
            <ul>
              {bySource(source).map((error, index) => (
                <li key={index}>{errorLine(error)}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </div>
  );
}

export function Options(props: Partial<OptionsServices>) {
  const services = useMemo<OptionsServices>(() => ({ ...DEFAULT_SERVICES, ...props }), []);
  // One "today" for the page's life: the preview and the campaign warnings do not shift while someone types.
  const now = useMemo(() => services.now(), [services]);
  const today = useMemo(() => {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }, [now]);

  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraftState] = useState<Draft>({ text: '' });
  // The newest draft, for edits that follow each other before a render (a box committed as Save is clicked).
  const latest = useRef<Draft>(draft);
  const [status, setStatus] = useState<Status>(null);
  const [confirmingReset, setConfirmingReset] = useState(false);
  // A save over a damaged stored copy, waiting for the person to confirm it.
  const [pendingOverwrite, setPendingOverwrite] = useState<(() => Promise<void>) | null>(null);
  const [busy, setBusy] = useState(false);
  // Why the last import was refused (too big, not YAML or JSON, not UTF-8…), shown beside the import button.
  const [importError, setImportError] = useState<string | null>(null);
  // A file (or the example) that would replace unsaved edits, waiting for the person to say so.
  const [pendingReplace, setPendingReplace] = useState<{ name: string; apply: () => void } | null>(null);
  const confirmResetButton = useRef<HTMLButtonElement>(null);
  const keepEditsButton = useRef<HTMLButtonElement>(null);

  function setDraft(next: Draft) {
    latest.current = next;
    setDraftState(next);
  }

  async function load(resetDraft: boolean) {
    const [active, user, company, last] = await Promise.all([
      loadActiveGuidelines({ rules: RULES, readManaged: services.readManaged, now }),
      readUserGuidelines(),
      managedText(services.readManaged),
      services.loadLastCheck().catch(() => null),
    ]);
    const next: Loaded = { active, stored: user.stored, kept: user.kept ?? null, managedText: company, last };
    setLoaded(next);
    if (resetDraft) setDraft(initialDraft(next));
  }

  useEffect(() => void load(true), []);
  useEffect(() => {
    if (confirmingReset) confirmResetButton.current?.focus();
  }, [confirmingReset]);
  // The safe answer has the focus, so Enter or Space by habit loses nothing.
  useEffect(() => {
    if (pendingReplace) keepEditsButton.current?.focus();
  }, [pendingReplace]);

  const format: GuidelinesFormat = formatOfDraft(draft.text, draft.fileName);
  // Nothing is parsed before the stored text is in: an empty editor would read as "the file is empty" meanwhile.
  const parsed: ParseResult | null = useMemo(
    () => (loaded ? parseGuidelines(draft.text, { rules: RULES, format, now }) : null),
    [loaded !== null, draft.text, format, now],
  );
  const data = useMemo(() => readDraft(draft.text, format), [draft.text, format]);
  const readOnly = loaded ? isReadOnly(loaded.active) : true;
  const savedText = loaded ? (readOnly ? draft.text : (loaded.stored?.text ?? loaded.kept?.text ?? starterText())) : draft.text;
  const dirty = draft.text !== savedText;
  const errors = parsed && !parsed.ok ? parsed.errors : [];

  // A file dropped beside the text would make the browser open it in this tab, edits and all: only the text's own
  // drop zone (guidelines-text.tsx) takes files; anywhere else a drop does nothing.
  useEffect(() => {
    const ignore = (event: DragEvent) => {
      if (Array.from(event.dataTransfer?.types ?? []).includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);

  // Leaving with unsaved edits asks first (the browser's own dialog).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function edit(change: (text: string, format: GuidelinesFormat) => string | null) {
    const current = latest.current;
    const next = change(current.text, formatOfDraft(current.text, current.fileName));
    if (next === null) return setStatus({ kind: 'error', text: t('formCannotEdit') });
    if (next !== current.text) setDraft({ ...current, text: next });
  }

  const api: DraftApi = {
    data,
    errors,
    disabled: readOnly || data === undefined,
    set: (path: Path, value: DraftValue) => edit((text, f) => setInDraft(text, f, path, value)),
    add: (path, item) => edit((text, f) => addToDraft(text, f, path, item)),
    remove: (path, index) => edit((text, f) => removeFromDraft(text, f, path, index)),
    setRuleOff: (id, off) => edit((text, f) => setRuleOff(text, f, id, off)),
  };

  /** Null when nothing was saved (storage failed, or the person is asked first); the parser's answer otherwise. */
  async function save(text: string, fileName: string | undefined, retry: () => Promise<void>, confirmed: boolean): Promise<ParseResult | null> {
    // A damaged stored copy is replaced only once the person said so: it may be all that is left of their file.
    if (loaded?.kept?.reason === 'damaged' && !loaded.stored && !confirmed) {
      setPendingOverwrite(() => retry);
      return null;
    }
    setPendingOverwrite(null);
    setBusy(true);
    try {
      return await saveUserGuidelines(text, { rules: RULES, ...(fileName ? { fileName } : {}), format: formatOfDraft(text, fileName), now });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof NewerDataError ? t('saveNewerRefused') : t('saveStorageFailed') });
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function saveDraft(confirmed = false) {
    const { text, fileName } = latest.current;
    const result = await save(text, fileName, () => saveDraft(true), confirmed);
    if (!result) return;
    if (!result.ok) return setStatus({ kind: 'error', text: t('saveHasErrors', result.errors.length + result.omitted) });
    await load(false);
    setStatus({ kind: 'info', text: t('savedInForce') });
  }

  /** Replaces the editor's text, after asking when that would lose unsaved edits. */
  function replaceDraft(name: string, apply: () => void) {
    const current = latest.current.text;
    const saved = loaded && !readOnly ? (loaded.stored?.text ?? loaded.kept?.text ?? starterText()) : current;
    if (current === saved) return apply();
    setPendingReplace({ name, apply });
  }

  /** A refused import changes nothing: the editor keeps its text, and the reason stays beside the import button. */
  function refuse(text: string) {
    setImportError(`${text} ${t('importNothingChanged')}`);
  }

  async function importFile(file: File) {
    if (readOnly) return;
    setImportError(null);
    setPendingReplace(null);
    if (!ACCEPTED.test(file.name)) return refuse(t('importWrongType', file.name));
    // Refused before reading: a huge file is not loaded into the page at all.
    const tooBig = sizeError(file.size);
    if (tooBig) return refuse(t('importFailed', [file.name, errorLine(tooBig)]));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return refuse(t('importUnreadable', file.name));
    }
    // Bytes, not file.text(): that would turn a UTF-16 or Latin-1 file into text full of � without a word.
    const decoded = decodeGuidelinesBytes(bytes);
    if (!decoded.ok) return refuse(t('importFailed', [file.name, errorLine(decoded.error)]));
    const { text } = decoded;
    replaceDraft(file.name, () => {
      setPendingReplace(null);
      setDraft({ text, fileName: file.name });
      void storeImport(text, file.name, false);
    });
  }

  async function storeImport(text: string, fileName: string, confirmed: boolean) {
    const result = await save(text, fileName, () => storeImport(text, fileName, true), confirmed);
    if (!result) return;
    if (!result.ok) {
      return setStatus({ kind: 'error', text: t('importHasErrors', [fileName, result.errors.length + result.omitted]) });
    }
    await load(false);
    setStatus({ kind: 'info', text: t('importSaved', fileName) });
  }

  async function reset() {
    setConfirmingReset(false);
    try {
      await removeUserGuidelines();
    } catch {
      return setStatus({ kind: 'error', text: t('saveStorageFailed') });
    }
    await load(true);
    setStatus({ kind: 'info', text: t('resetDone') });
  }

  function exportFile() {
    const { text, fileName } = latest.current;
    const json = formatOfDraft(text, fileName) === 'json';
    services.download(fileName ?? (json ? 'guidelines.json' : 'guidelines.yaml'), text, json ? 'application/json' : 'application/yaml');
  }

  const errorCount = parsed && !parsed.ok ? parsed.errors.length + parsed.omitted : 0;

  return (
    <main aria-busy={!loaded}>
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsPrivacy')}</p>
        <nav aria-label={t('optionsSections')}>
          <ul>
            <li>
              <a href="#guidelines">{t('guidelinesTitle')}</a>
            </li>
            <li>
              <a href="#common-fields">{t('formTitle')}</a>
            </li>
            <li>
              <a href="#checklist-rules">{t('checklistRulesTitle')}</a>
            </li>
            <li>
              <a href="#preview">{t('previewTitle')}</a>
            </li>
            <li>
              <a href="#data">{t('dataTitle')}</a>
            </li>
          </ul>
        </nav>
      </header>

      <section id="guidelines" aria-labelledby="guidelines-title">
        <h2 id="guidelines-title">{t('guidelinesTitle')}</h2>
        {loaded ? <InForce loaded={loaded} download={services.download} /> : <p class="muted">{t('optionsLoading')}</p>}
        <div class="actions">
          {readOnly ? null : (
            <>
              <label class="button">
                <input
                  type="file"
                  class="visually-hidden"
                  aria-describedby={importError ? 'import-error' : undefined}
                  accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
                  onChange={(event) => {
                    const input = event.currentTarget as HTMLInputElement;
                    const file = input.files?.[0];
                    // Cleared, so choosing the same file again (after fixing it elsewhere) imports it again.
                    input.value = '';
                    if (file) void importFile(file);
                  }}
                />
                {t('importFile')}
              </label>
              <button
                type="button"
                onClick={() =>
                  replaceDraft(EXAMPLE_FILE_NAME, () => {
                    setPendingReplace(null);
                    setDraft({ text: EXAMPLE_YAML, fileName: EXAMPLE_FILE_NAME });
                  })
                }
              >
                {t('loadExample')}
              </button>
            </>
          )}
          <button type="button" onClick={exportFile}>
            {t('exportFile')}
          </button>
          {readOnly || !(loaded?.stored || loaded?.kept) ? null : (
            <button type="button" class="danger" aria-expanded={confirmingReset} onClick={() => setConfirmingReset(true)}>
              {t('resetToDefault')}
            </button>
          )}
        </div>
        {importError ? (
          <p id="import-error" role="alert" class="alert">
            {importError}
          </p>
        ) : null}
        {pendingReplace ? (
          <div class="confirm" role="group" aria-labelledby="replace-question">
            <p id="replace-question">{t('importOverEditsQuestion', pendingReplace.name)}</p>
            <div class="actions">
              <button type="button" class="danger" onClick={pendingReplace.apply}>
                {t('importOverEditsConfirm')}
              </button>
              <button type="button" ref={keepEditsButton} onClick={() => setPendingReplace(null)}>
                {t('importOverEditsCancel')}
              </button>
            </div>
          </div>
        ) : null}
        {confirmingReset ? (
          <div class="confirm" role="group" aria-labelledby="reset-question">
            <p id="reset-question">{t('resetQuestion')}</p>
            <div class="actions">
              <button type="button" class="danger" ref={confirmResetButton} onClick={() => void reset()}>
                {t('resetConfirm')}
              </button>
              <button type="button" onClick={() => setConfirmingReset(false)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : null}
        {pendingOverwrite ? (
          <div class="confirm" role="group" aria-labelledby="overwrite-question">
            <p id="overwrite-question">{t('keptOverwriteQuestion')}</p>
            <div class="actions">
              <button type="button" class="danger" onClick={() => void pendingOverwrite()}>
                {t('keptOverwriteConfirm')}
              </button>
              <button type="button" onClick={() => setPendingOverwrite(null)}>
                {t('cancel')}
              </button>
            </div>
          </div>
        ) : null}
        {/* Always present, so what appears in it is announced. */}
        <p role="status" class={status ? (status.kind === 'error' ? 'alert' : 'note') : undefined} data-testid="status">
          {status?.text}
        </p>
        {parsed ? (
          <GuidelinesText
            text={draft.text}
            errors={errors}
            omitted={parsed.ok ? 0 : parsed.omitted}
            warnings={parsed.ok ? parsed.warnings : []}
            readOnly={readOnly}
            onText={(text) => setDraft({ ...latest.current, text })}
            onDropFile={(file) => void importFile(file)}
          />
        ) : null}
      </section>

      <section id="common-fields" aria-labelledby="common-fields-title">
        <h2 id="common-fields-title">{t('formTitle')}</h2>
        <p class="hint">{t('formHint')}</p>
        <GuidelinesForm api={api} today={today} />
      </section>

      <section id="checklist-rules" aria-labelledby="checklist-rules-title">
        <h2 id="checklist-rules-title">{t('checklistRulesTitle')}</h2>
        <Thresholds api={api} />
        <RuleSwitches api={api} />
      </section>

      <section id="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">{t('previewTitle')}</h2>
        {loaded ? (
          <GuidelinesPreview last={loaded.last} inForce={loaded.active.guidelines} edited={parsed?.ok ? parsed.guidelines : null} now={now} />
        ) : null}
      </section>

      <section id="data" aria-labelledby="data-title">
        <h2 id="data-title">{t('dataTitle')}</h2>
        <DataSection download={services.download} onCleared={() => void load(true)} coaching={services.coaching} now={services.now} />
      </section>

      {readOnly || !loaded ? null : (
        <div class="save-bar" role="region" aria-label={t('saveBarLabel')}>
          <p class={errorCount ? 'save-state invalid' : 'save-state'}>
            {errorCount ? (
              <a href="#guidelines-errors">{t('saveBarErrors', errorCount)}</a>
            ) : dirty ? (
              t('saveBarUnsaved')
            ) : (
              t('saveBarSaved')
            )}
          </p>
          <button type="button" class="primary" disabled={!dirty || errorCount > 0 || busy} onClick={() => void saveDraft()}>
            {t('save')}
          </button>
          <button type="button" disabled={!dirty || busy} onClick={() => setDraft(initialDraft(loaded as Loaded))}>
            {t('discard')}
          </button>
        </div>
      )}
    </main>
  );
}
