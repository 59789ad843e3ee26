/**
 * @file The options page, as a person uses it: importing a file (picker, drag and drop) saves it only when valid and
 * shows errors by line otherwise; the form, thresholds and rule switches edit the same text, keeping its comments;
 * company guidelines pushed by policy are read-only; export, reset, the example company, the preview on the last
 * page checked, and the stored data (list, export, delete). WXT's fake browser stands in for storage, managed area
 * included, reset before each test.
 */
// The "Your data" section lists the coaching records (IndexedDB).
import 'fake-indexeddb/auto';
import { createEvent, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveUserGuidelines, userGuidelinesItem } from '../../../src/storage/guidelines';
import { saveLastCheck } from '../../../src/storage/last-check';
import { recordProgress } from '../../../src/storage/progress';
import { browserFindingStore } from '../../../src/storage/finding-state';
import { Options, type OptionsServices } from '../../../src/ui/options/options';
import { EXAMPLE_GUIDELINES_PATH, NOW } from '../../helpers/guidelines';
import { useLocale } from '../../helpers/i18n';
import { makeLinkedInProfile, present } from '../../helpers/snapshots';
import { RULES } from '../../../src/rules';

const EXAMPLE = readFileSync(EXAMPLE_GUIDELINES_PATH, 'utf8');
const MINE = '# Our guidelines: keep this comment\nbrand:\n  name: Brightwave Systems # the legal name\n';
/** Two mistakes, on lines 3 and 5. */
const BROKEN = 'brand:\n  name: Brightwave\n  handles: { x: [Brightwave] }\nchecklist:\n  backlogSize: -3\n';

function renderOptions(services: Partial<OptionsServices> = {}) {
  const download = vi.fn<OptionsServices['download']>();
  render(<Options now={() => NOW} download={download} {...services} />);
  return { download };
}

const textarea = () => screen.getByLabelText('The guidelines file (YAML or JSON)') as HTMLTextAreaElement;
const inForce = () => screen.getByTestId('in-force').textContent;
const stored = async () => (await userGuidelinesItem.getValue())?.text;

async function ready() {
  await waitFor(() => expect(screen.getByTestId('in-force')).toBeTruthy());
}

function pick(file: File, label = 'Import a file…') {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe('which guidelines are in force', () => {
  it('says the built-in defaults apply when there is no file, and starts the editor from a valid text', async () => {
    renderOptions();
    await ready();
    expect(inForce()).toMatch(/^In force: the built-in defaults/);
    expect(textarea().value).toContain('version: 1');
    expect(screen.queryByRole('heading', { name: /^Errors/ })).toBeNull();
    expect(screen.getByText('No unsaved changes')).toBeTruthy();
  });

  it('names the person’s file, and shows the errors of a stored copy that is passed over', async () => {
    await userGuidelinesItem.setValue({ text: BROKEN, format: 'yaml', fileName: 'old.yaml', savedAt: NOW.toISOString() });
    renderOptions();
    await ready();
    expect(inForce()).toMatch(/^In force: the built-in defaults/);
    const alert = screen.getByText('Your saved file has errors, so it is not used:').parentElement as HTMLElement;
    expect(within(alert).getByText(/must start with @ \(line 3\)/)).toBeTruthy();
    // The stored text is in the editor to be fixed, errors and all.
    expect(textarea().value).toBe(BROKEN);
  });
});

describe('opening the page', () => {
  it('shows no errors and no editor while the stored text is still loading, then the stored text', async () => {
    await saveUserGuidelines(MINE, { rules: RULES, fileName: 'mine.yaml', now: NOW });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // A slow store: the company policy answers only when the test says so.
    renderOptions({ readManaged: async () => (await gate, null) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByText('Loading your settings…')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Errors/ })).toBeNull();
    expect(screen.queryByText(/the file is empty/)).toBeNull();
    expect(screen.queryByText(/Errors to fix/)).toBeNull();
    release();
    await waitFor(() => expect(textarea().value).toBe(MINE));
    expect(screen.queryByRole('heading', { name: /^Errors/ })).toBeNull();
  });
});

describe('a stored copy that is damaged or from a newer version', () => {
  const DAMAGED = { text: MINE, format: 'toml', fileName: 'ours.yaml', savedAt: 20260101 };

  it('keeps a damaged copy: shows its text, exports it, and replaces it only once the person confirms', async () => {
    await fakeBrowser.storage.local.set({ guidelines: DAMAGED });
    const { download } = renderOptions();
    await ready();
    const kept = screen.getByTestId('kept-guidelines');
    expect(kept.textContent).toContain('Your saved guidelines are damaged and were not used.');
    // Shown in the editor, not replaced by the starter text.
    expect(textarea().value).toBe(MINE);
    fireEvent.click(within(kept).getByRole('button', { name: 'Export the saved copy' }));
    expect(download).toHaveBeenCalledWith('ours.yaml', MINE, 'text/plain');

    pick(new File([EXAMPLE], 'brightwave-2026.yaml', { type: 'application/yaml' }));
    const question = await screen.findByRole('group', { name: /replaces your damaged saved guidelines/ });
    expect((await fakeBrowser.storage.local.get('guidelines')).guidelines).toEqual(DAMAGED);
    fireEvent.click(within(question).getByRole('button', { name: 'Replace them' }));
    await waitFor(() => expect(stored()).resolves.toBe(EXAMPLE));
  });

  it('leaves a copy written by a newer version as it is: read, named, never saved over', async () => {
    await fakeBrowser.storage.local.set({ guidelines: { text: MINE, format: 'yaml', savedAt: NOW.toISOString() }, guidelines$: { v: 2 } });
    renderOptions();
    await ready();
    expect(screen.getByTestId('kept-guidelines').textContent).toContain('written by a newer version of Profile Coach');
    pick(new File([EXAMPLE], 'brightwave-2026.yaml', { type: 'application/yaml' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/^Not saved: your saved guidelines were written by a newer version/));
    expect(await fakeBrowser.storage.local.get(['guidelines', 'guidelines$'])).toEqual({
      guidelines: { text: MINE, format: 'yaml', savedAt: NOW.toISOString() },
      guidelines$: { v: 2 },
    });
  });
});

describe('importing a file', () => {
  it('saves a valid file at once and says it is in force', async () => {
    renderOptions();
    await ready();
    pick(new File([EXAMPLE], 'brightwave-2026.yaml', { type: 'application/yaml' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('brightwave-2026.yaml imported and saved: these guidelines are now in force.'));
    expect(await stored()).toBe(EXAMPLE);
    expect(inForce()).toMatch(/^In force: your file brightwave-2026\.yaml, saved on /);
    expect(textarea().value).toBe(EXAMPLE);
  });

  it('saves nothing from a broken file, and lists its errors by line; a line button puts the caret there', async () => {
    renderOptions();
    await ready();
    pick(new File([BROKEN], 'broken.yaml'));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/^broken\.yaml was not saved: it has errors \(2\)/));
    expect(await stored()).toBeUndefined();
    expect(textarea().value).toBe(BROKEN);
    expect(textarea().getAttribute('aria-invalid')).toBe('true');
    const errors = screen.getByRole('heading', { name: 'Errors (2)' }).parentElement as HTMLElement;
    expect(within(errors).getByText(/brand\.handles\.x\[0\]: must start with @/)).toBeTruthy();
    expect(within(errors).getByText(/checklist\.backlogSize: must be more than 0|checklist\.backlogSize: must be at least/)).toBeTruthy();
    fireEvent.click(within(errors).getByRole('button', { name: 'Line 5' }));
    expect(document.activeElement).toBe(textarea());
    expect(textarea().selectionStart).toBe(BROKEN.indexOf('  backlogSize'));
    // The save bar points at the errors, and Save stays off.
    expect(screen.getByRole('link', { name: 'Errors to fix before saving: 2' }).getAttribute('href')).toBe('#guidelines-errors');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    // Nothing is lost: the text in force comes back with Discard changes.
    expect(screen.getByTestId('status').textContent).toContain('“Discard changes” brings their text back.');
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(textarea().value).toContain('version: 1');
    expect(screen.queryByRole('heading', { name: /^Errors/ })).toBeNull();
  });

  it('imports a file dropped on the editor', async () => {
    renderOptions();
    await ready();
    const zone = screen.getByTestId('drop-zone');
    // fireEvent.drop would fire "Drop" in happy-dom (no ondrop property): build the event by its DOM name.
    fireEvent(zone, createEvent.dragOver(zone, {}));
    expect(zone.className).toContain('dragging');
    fireEvent(zone, createEvent.drop(zone, { dataTransfer: { files: [new File([MINE], 'mine.yml')] } }));
    await waitFor(() => expect(inForce()).toMatch(/^In force: your file mine\.yml/));
    expect(await stored()).toBe(MINE);
  });

  it('reads JSON files as JSON', async () => {
    renderOptions();
    await ready();
    pick(new File(['{"brand": {"name": "Acme",}}'], 'acme.json'));
    await waitFor(() => expect(screen.getByText(/JSON: a trailing comma before \} is not allowed in JSON/)).toBeTruthy());
    expect(await stored()).toBeUndefined();
  });

  it('refuses a file saved as UTF-16, saying to save it as UTF-8, and stores nothing', async () => {
    renderOptions();
    await ready();
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('brand:\n  name: Acme\n').flatMap((char) => [char.charCodeAt(0), 0])]);
    pick(new File([utf16], 'acme.yaml'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('save it as UTF-8'));
    expect(await stored()).toBeUndefined();
  });

  it('after a refused import, says why beside the import button and keeps the previous text and edits', async () => {
    await saveUserGuidelines(MINE, { rules: RULES, fileName: 'mine.yaml', now: NOW });
    renderOptions();
    await waitFor(() => expect(textarea().value).toBe(MINE));
    pick(new File([new Uint8Array([0x62, 0x72, 0x61, 0x6e, 0x64, 0x3a, 0x20, 0xe9, 0x0a])], 'latin1.yaml'));
    const reason = await screen.findByRole('alert');
    expect(reason.textContent).toMatch(/^Couldn't import latin1\.yaml: .*not saved as UTF-8/);
    expect(reason.textContent).toContain('Nothing was changed');
    // Near the control: the import button is described by it.
    const describedBy = (screen.getByLabelText('Import a file…').getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy).toContain(reason.id);
    expect(textarea().value).toBe(MINE);
    expect(await stored()).toBe(MINE);
    // Too big: refused before reading, the same way.
    const big = new File(['x'], 'huge.yaml');
    Object.defineProperty(big, 'size', { value: 2.1 * 1024 * 1024 });
    pick(big);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Couldn't import huge\.yaml: the file is 2\.\d MB/));
    expect(textarea().value).toBe(MINE);
  });

  it('asks before an import replaces unsaved edits; cancelling keeps them, confirming imports', async () => {
    await saveUserGuidelines(MINE, { rules: RULES, fileName: 'mine.yaml', now: NOW });
    renderOptions();
    await waitFor(() => expect(textarea().value).toBe(MINE));
    const edited = `${MINE}# my unsaved note\n`;
    fireEvent.input(textarea(), { target: { value: edited } });
    pick(new File([EXAMPLE], 'brightwave-2026.yaml'));
    const question = await screen.findByRole('group', { name: /brightwave-2026\.yaml replaces your unsaved changes/ });
    // Keyboard first: the safe choice has the focus.
    await waitFor(() => expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep my changes' })));
    fireEvent.click(within(question).getByRole('button', { name: 'Keep my changes' }));
    expect(screen.queryByRole('group', { name: /replaces your unsaved changes/ })).toBeNull();
    expect(textarea().value).toBe(edited);
    expect(await stored()).toBe(MINE);

    pick(new File([EXAMPLE], 'brightwave-2026.yaml'));
    const again = await screen.findByRole('group', { name: /replaces your unsaved changes/ });
    fireEvent.click(within(again).getByRole('button', { name: 'Import it' }));
    await waitFor(() => expect(stored()).resolves.toBe(EXAMPLE));
    expect(textarea().value).toBe(EXAMPLE);
  });

  it('refuses a file that is neither YAML nor JSON without reading it', async () => {
    renderOptions();
    await ready();
    pick(new File(['hello'], 'notes.txt'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'notes.txt is not a guidelines file: choose a .yaml, .yml or .json file. Nothing was changed: the editor keeps the text it had.',
      ),
    );
    expect(textarea().value).not.toContain('hello');
  });
});

describe('editing', () => {
  it('saves typed text only when valid', async () => {
    renderOptions();
    await ready();
    fireEvent.input(textarea(), { target: { value: 'brand:\n  nmae: Acme\n' } });
    expect(screen.getByText(/unknown key "nmae" \(did you mean "name"\?\)/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(textarea(), { target: { value: MINE } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Saved: these guidelines are now in force.'));
    expect(await stored()).toBe(MINE);
    expect(inForce()).toMatch(/^In force: your file \(written here\)/);
  });

  it('a form edit changes the text and keeps its comments', async () => {
    await saveUserGuidelines(MINE, { rules: RULES, fileName: 'mine.yaml', now: NOW });
    renderOptions();
    await waitFor(() => expect(textarea().value).toBe(MINE));
    fireEvent.change(screen.getByLabelText('Company name'), { target: { value: 'Brightwave Group' } });
    expect(textarea().value).toBe(MINE.replace('Brightwave Systems', 'Brightwave Group'));
    fireEvent.change(screen.getByLabelText('Web domains'), { target: { value: 'brightwave.example\n\nbrightwave.test\n' } });
    expect(textarea().value).toContain('  domains:\n    - brightwave.example\n    - brightwave.test\n');
    expect(textarea().value).toMatch(/^# Our guidelines: keep this comment\n/);
    expect(textarea().value).toContain('# the legal name');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await stored()).toBe(textarea().value));
  });

  it('shows a field’s errors beside it', async () => {
    renderOptions();
    await ready();
    const handles = screen.getByLabelText('X handles');
    fireEvent.change(handles, { target: { value: '@Brightwave\nBrightwaveSys' } });
    expect(handles.getAttribute('aria-invalid')).toBe('true');
    const described = (handles.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(described).toMatch(/brand\.handles\.x\[1\]: must start with @ \(line \d+\)/);
    // A brand needs its name: said beside the name.
    expect((screen.getByLabelText('Company name').getAttribute('aria-invalid'))).toBe('true');
  });

  it('adds a campaign with dates and edits it in its own group', async () => {
    renderOptions();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Add a campaign' }));
    const campaign = screen.getByRole('group', { name: 'Campaign 1: New campaign' });
    fireEvent.change(within(campaign).getByLabelText('Name'), { target: { value: 'Grid Data Summit' } });
    fireEvent.change(within(campaign).getByLabelText('Ends on'), { target: { value: '2026-11-01' } });
    expect(textarea().value).toContain('campaigns:\n  - name: Grid Data Summit\n    start: 2026-11-23\n    end: 2026-11-01\n');
    expect(within(screen.getByRole('group', { name: 'Campaign 1: Grid Data Summit' })).getByText(/campaigns\[0\]\.end: must end on or after its start/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove campaign 1' }));
    expect(textarea().value).not.toContain('campaigns');
  });

  it('turning a rule off writes rules: { id: off }, and on again removes it', async () => {
    renderOptions();
    await ready();
    const photo = screen.getByRole('switch', { name: 'The profile shows a photo' });
    expect((photo as HTMLInputElement).checked).toBe(true);
    fireEvent.click(photo);
    expect(textarea().value).toContain('rules:\n  profile-photo: off\n');
    expect((screen.getByRole('switch', { name: 'The profile shows a photo' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('switch', { name: 'The profile shows a photo' }));
    expect(textarea().value).not.toContain('rules:');
  });

  it('writes checklist thresholds, and an emptied box goes back to the default', async () => {
    renderOptions();
    await ready();
    const backlog = screen.getByLabelText('Most pending invitations') as HTMLInputElement;
    expect(backlog.placeholder).toBe('30');
    fireEvent.change(backlog, { target: { value: '25' } });
    expect(textarea().value).toContain('checklist:\n  backlogSize: 25\n');
    fireEvent.change(screen.getByLabelText('Onboarding score'), { target: { value: '120' } });
    expect(screen.getByText(/^checklist\.onboardingScore: must be at most 100 \(line \d+\)$/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Onboarding score'), { target: { value: '' } });
    fireEvent.change(backlog, { target: { value: '' } });
    expect(textarea().value).not.toContain('checklist');
  });

  it('loads the example company for review; saving makes it the file in force', async () => {
    renderOptions();
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Load the example company' }));
    expect(textarea().value).toBe(EXAMPLE);
    expect(await stored()).toBeUndefined();
    expect((screen.getByLabelText('Company name') as HTMLInputElement).value).toBe('Brightwave Systems');
    // Keywords written per language get a box per language.
    const theme = screen.getByRole('group', { name: 'Theme 1: Energy transition' });
    expect((within(theme).getByLabelText('Keywords (fr)') as HTMLTextAreaElement).value).toBe('transition énergétique\nréseau électrique');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(inForce()).toMatch(/^In force: your file example-company\.yaml/));
    expect(await stored()).toBe(EXAMPLE);
  });

  it('discards unsaved edits', async () => {
    await saveUserGuidelines(MINE, { rules: RULES, now: NOW });
    renderOptions();
    await waitFor(() => expect(textarea().value).toBe(MINE));
    fireEvent.input(textarea(), { target: { value: 'version: 1\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    expect(textarea().value).toBe(MINE);
  });
});

describe('export and reset', () => {
  it('exports the text as written, under its file name', async () => {
    await saveUserGuidelines(MINE, { rules: RULES, fileName: 'mine.yaml', now: NOW });
    const { download } = renderOptions();
    await waitFor(() => expect(textarea().value).toBe(MINE));
    fireEvent.click(screen.getByRole('button', { name: 'Export the file' }));
    expect(download).toHaveBeenCalledWith('mine.yaml', MINE, 'application/yaml');
  });

  it('resets to the default after a confirmation, and not before', async () => {
    await saveUserGuidelines(MINE, { rules: RULES, fileName: 'mine.yaml', now: NOW });
    renderOptions();
    await waitFor(() => expect(inForce()).toMatch(/your file mine\.yaml/));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the default…' }));
    expect(await stored()).toBe(MINE);
    const confirm = screen.getByRole('button', { name: 'Remove my file' });
    await waitFor(() => expect(document.activeElement).toBe(confirm));
    fireEvent.click(confirm);
    await waitFor(() => expect(inForce()).toMatch(/^In force: the built-in defaults/));
    expect(await userGuidelinesItem.getValue()).toBeNull();
    expect(textarea().value).not.toContain('Brightwave');
    expect(screen.queryByRole('button', { name: 'Reset to the default…' })).toBeNull();
  });
});

describe('company policy', () => {
  it('shows locked company guidelines read-only, with a note, and offers no way to change them', async () => {
    await fakeBrowser.storage.managed.set({ guidelines: EXAMPLE, locked: true });
    await saveUserGuidelines(MINE, { rules: RULES, now: NOW });
    renderOptions();
    await waitFor(() => expect(inForce()).toBe("In force: your company's guidelines, set by its IT department."));
    expect(screen.getByText('Your company manages these guidelines: you can read them here, but not change them.')).toBeTruthy();
    expect(textarea().value).toBe(EXAMPLE);
    expect(textarea().readOnly).toBe(true);
    expect((screen.getByLabelText('Company name') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('switch', { name: 'The profile shows a photo' }) as HTMLInputElement).disabled).toBe(true);
    for (const name of ['Load the example company', 'Reset to the default…', 'Save']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByLabelText('Import a file…')).toBeNull();
    // Reading is allowed: the company's text can be exported.
    expect(screen.getByRole('button', { name: 'Export the file' })).toBeTruthy();
  });

  it('shows why a locked company copy with errors is passed over', async () => {
    await fakeBrowser.storage.managed.set({ guidelines: BROKEN, locked: true });
    renderOptions();
    await waitFor(() => expect(inForce()).toMatch(/^In force: the built-in defaults/));
    expect(screen.getByText("Your company's copy has errors, so it is not used:")).toBeTruthy();
    expect(textarea().readOnly).toBe(true);
  });
});

describe('preview', () => {
  it('shows the score of the last page checked with the guidelines in force and with the edits', async () => {
    const profile = makeLinkedInProfile({ headline: present('Insider tips and guaranteed returns at Brightwave Systems') });
    await saveLastCheck(profile, {}, NOW);
    renderOptions();
    await ready();
    await waitFor(() => expect(screen.getByTestId('preview-before')).toBeTruthy());
    const before = screen.getByTestId('preview-before').textContent;
    expect(before).toMatch(/^\d+ of 100$/);
    expect(screen.getByTestId('preview-after').textContent).toBe(before);
    expect(screen.getByText(/The last of your own pages checked: LinkedIn profile, https:\/\/www\.linkedin\.com\/in\/ada-vermeulen\//)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Load the example company' }));
    await waitFor(() => expect(screen.getByTestId('preview-after').textContent).not.toBe(before));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('What to fix first, with your edits')).toBeTruthy();
    expect(within(preview).getByText(/insider/i, { selector: 'span' })).toBeTruthy();

    // While the text has errors, only the score in force is shown.
    fireEvent.input(textarea(), { target: { value: BROKEN } });
    expect(within(preview).getByText('Fix the errors in the file to see the effect of your edits.')).toBeTruthy();
  });

  it('says how to get a preview when no page has been checked yet', async () => {
    renderOptions();
    await ready();
    expect(screen.getByText(/^Nothing to preview yet/)).toBeTruthy();
  });
});

describe('your data', () => {
  async function seed() {
    await saveUserGuidelines(MINE, { rules: RULES, fileName: 'mine.yaml', now: NOW });
    await saveLastCheck(makeLinkedInProfile(), { 'book-manager-time': true }, NOW);
    await fakeBrowser.storage.local.set({ 'findingState:linkedin:in/ada-vermeulen': { findings: {} } });
    await browserFindingStore().savePerson({ answers: { 'editorial-plan': true }, notApplicable: { 'about-keywords': { reason: 'themes' } } });
    await recordProgress('linkedin:in/ada-vermeulen', {
      day: '2026-06-14',
      overall: 60,
      steps: { 'clean-up': null, 'plan-ahead': 60, 'team-up': null, guidelines: null },
      rules: { 'profile-banner': 'fail' },
    });
  }

  it('lists what is stored, in plain words, with sizes', async () => {
    await seed();
    renderOptions();
    const table = await screen.findByRole('table', { name: 'What is stored' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows.map(([what, key]) => [what, key])).toEqual([
      ['Your marks (done, snoozed) for linkedin:in/ada-vermeulen', 'findingState:linkedin:in/ada-vermeulen'],
      ['Your guidelines file, as written', 'guidelines'],
      ["The last of your own pages the popup checked, for the preview (never a colleague's)", 'lastSnapshot'],
      [
        "Your own checklist answers and the checks you said don't apply to you, shared by your LinkedIn and X profiles",
        'person',
      ],
      [
        'Your own pages\' scores and check outcomes, one entry per day for the last 12 days you visited, for "since last time" (no profile text)',
        'progress',
      ],
    ]);
    for (const [, , size] of rows) expect(size).toMatch(/^\d+(\.\d)? (bytes|kB)$/);
  });

  it('says which entries a newer version of Profile Coach wrote, and that they are kept as they are', async () => {
    await seed();
    await fakeBrowser.storage.local.set({ 'findingState:linkedin:in/ada-vermeulen$': { v: 7 } });
    renderOptions();
    const table = await screen.findByRole('table', { name: 'What is stored' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Written by a newer version of Profile Coach: kept as it is');
    expect(rows.slice(1).some((row) => row.textContent?.includes('newer version'))).toBe(false);
  });

  it('exports everything as one JSON file', async () => {
    await seed();
    const { download } = renderOptions();
    await screen.findByRole('table', { name: 'What is stored' });
    fireEvent.click(screen.getByRole('button', { name: 'Export browser storage (JSON)' }));
    await waitFor(() => expect(download).toHaveBeenCalled());
    const [name, text, type] = download.mock.calls[0] as [string, string, string];
    expect([name, type]).toEqual(['profile-coach-data.json', 'application/json']);
    expect(JSON.parse(text)).toEqual(await fakeBrowser.storage.local.get(null));
    expect(Object.keys(JSON.parse(text))).toEqual(
      expect.arrayContaining(['guidelines', 'lastSnapshot', 'findingState:linkedin:in/ada-vermeulen', 'person', 'progress']),
    );
  });

  it('deletes everything after a confirmation, and the page goes back to the defaults', async () => {
    await seed();
    renderOptions();
    await waitFor(() => expect(inForce()).toMatch(/your file mine\.yaml/));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(screen.getByText('Everything was deleted.')).toBeTruthy());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await waitFor(() => expect(inForce()).toMatch(/^In force: the built-in defaults/));
    expect(screen.getByText('Nothing is stored.')).toBeTruthy();
  });
});

describe('languages', () => {
  it('speaks French when the browser does', async () => {
    useLocale('fr');
    renderOptions();
    await ready();
    expect(screen.getByRole('heading', { name: 'Options de Profile Coach' })).toBeTruthy();
    expect(screen.getByLabelText('Nom de l’entreprise')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tout supprimer…' })).toBeTruthy();
    // The rules' own words too, from the same messages.json.
    expect(screen.getByRole('switch', { name: 'Le profil affiche une photo' })).toBeTruthy();
  });

  const IMPORTER = 'Importer un fichier…';

  it('lists a broken file’s errors in French, line buttons included, and says why an import was refused in French', async () => {
    useLocale('fr');
    renderOptions();
    await ready();
    pick(new File([BROKEN], 'broken.yaml'), IMPORTER);
    const errors = (await screen.findByRole('heading', { name: 'Erreurs (2)' })).parentElement as HTMLElement;
    const items = within(errors).getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toBe('Ligne 3 brand.handles.x[0] : doit commencer par @');
    expect(items[1]).toMatch(/^Ligne 5 checklist\.backlogSize : doit être (supérieur à 0|au moins 1)$/);
    // The same errors beside their field in the form.
    expect(screen.getAllByText('brand.handles.x[0] : doit commencer par @ (ligne 3)').length).toBeGreaterThan(0);

    const big = new File(['x'], 'huge.yaml');
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 });
    pick(big, IMPORTER);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Impossible d’importer huge.yaml : le fichier fait 5,0 Mo ; un fichier de règles fait au plus 1 Mo Rien n’a changé : l’éditeur garde le texte qu’il avait.',
      ),
    );
  });
});
