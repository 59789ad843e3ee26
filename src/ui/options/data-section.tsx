/**
 * @file "Your data": what Profile Coach keeps in the browser's local extension storage (each entry in plain words,
 * with its size), a download of all of it as one JSON file, and deleting all of it after a confirmation. It reads
 * and clears `storage.local` only: company policy (managed storage) is the IT department's and is left alone.
 * Nothing is sent anywhere.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { knownVersionOf } from '../../storage/versioned-item';
import type { Download } from '../shared/download';
import { messageLanguage, t } from '../shared/i18n';

export interface StoredEntry {
  key: string;
  /** UTF-8 bytes of the value as JSON, its version record (WXT's `key$`) included. */
  bytes: number;
  /** Written by a newer version of Profile Coach than this one: kept as it is, read-only here. */
  newer: boolean;
}

/** WXT keeps each versioned item's version under `<key>$`: counted with its item, not listed on its own. */
const META_SUFFIX = '$';

export function storedEntries(all: Readonly<Record<string, unknown>>): StoredEntry[] {
  const size = (value: unknown) => new TextEncoder().encode(JSON.stringify(value) ?? '').length;
  const entries = new Map<string, number>();
  for (const [key, value] of Object.entries(all)) {
    const item = key.endsWith(META_SUFFIX) && Object.hasOwn(all, key.slice(0, -1)) ? key.slice(0, -1) : key;
    entries.set(item, (entries.get(item) ?? 0) + size(key) + size(value));
  }
  const newer = (key: string) => {
    const stored = (all[`${key}${META_SUFFIX}`] as { v?: unknown } | undefined)?.v;
    const known = knownVersionOf(key);
    return typeof stored === 'number' && known !== null && stored > known;
  };
  return [...entries].map(([key, bytes]) => ({ key, bytes, newer: newer(key) })).sort((a, b) => a.key.localeCompare(b.key));
}

function describe(key: string): string {
  if (key === 'guidelines') return t('dataGuidelines');
  if (key === 'lastSnapshot') return t('dataLastSnapshot');
  if (key === 'ownProfiles') return t('dataOwnProfiles');
  if (key === 'summarySeen') return t('dataSummarySeen');
  if (key === 'person') return t('dataPerson');
  if (key === 'progress') return t('dataProgress');
  if (key.startsWith('findingState:')) return t('dataMarks', key.slice('findingState:'.length));
  return t('dataOther');
}

function formatBytes(bytes: number): string {
  const language = messageLanguage();
  return bytes < 1024
    ? new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes)
    : new Intl.NumberFormat(language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1024);
}

export function DataSection({ download, onCleared }: { download: Download; onCleared: () => void }) {
  const [entries, setEntries] = useState<StoredEntry[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  async function refresh() {
    try {
      setEntries(storedEntries(await browser.storage.local.get(null)));
    } catch {
      setEntries([]);
      setMessage(t('dataReadFailed'));
    }
  }
  // The list follows every change: this page saving a file, the popup saving marks in another window.
  useEffect(() => {
    void refresh();
    const listener = (_changes: unknown, area: string) => {
      if (area === 'local') void refresh();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function exportAll() {
    try {
      const all = await browser.storage.local.get(null);
      download('profile-coach-data.json', `${JSON.stringify(all, null, 2)}\n`, 'application/json');
    } catch {
      setMessage(t('dataReadFailed'));
    }
  }

  async function deleteAll() {
    setConfirming(false);
    try {
      await browser.storage.local.clear();
      setMessage(t('dataDeleted'));
    } catch {
      setMessage(t('dataDeleteFailed'));
    }
    await refresh();
    onCleared();
  }

  return (
    <>
      <p>{t('dataLocal')}</p>
      {entries === null ? null : entries.length === 0 ? (
        <p class="muted">{t('dataNothing')}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t('dataTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dataWhat')}</th>
              <th scope="col">{t('dataKey')}</th>
              <th scope="col">{t('dataSize')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.key}>
                <td>
                  {describe(entry.key)}
                  {entry.newer ? <p class="note">{t('dataNewer')}</p> : null}
                </td>
                <td>
                  <code>{entry.key}</code>
                </td>
                <td class="number">{formatBytes(entry.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('dataExport')}
        </button>
        <button type="button" class="danger" onClick={() => setConfirming(true)} aria-expanded={confirming}>
          {t('dataDelete')}
        </button>
      </div>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question">{t('dataDeleteQuestion')}</p>
          <div class="actions">
            <button type="button" class="danger" ref={confirmButton} onClick={() => void deleteAll()}>
              {t('dataDeleteConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {/* Always there, so screen readers announce what appears in it. */}
      <p role="status" class={message ? 'note' : undefined}>
        {message}
      </p>
    </>
  );
}
