/**
 * @file The options page's form controls over the guidelines text: a text box, a one-per-line list, a number and a
 * checkbox, each bound to a path of the draft (guidelines-draft.ts), each with its label, hint and the parser's
 * errors for that path beside it (read out with the field by screen readers). A box keeps what is being typed
 * and writes it into the text when the change is committed (leaving the box), so the text's rewriting never moves
 * the caret. It knows nothing of which fields the guidelines have (guidelines-form.tsx says that).
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { GuidelinesError } from '../../guidelines/parse';
import { type DraftValue, errorsAt, linesOf, listAt, type Path, textAt, valueAt } from './guidelines-draft';
import { errorLine } from '../shared/rule-texts';

/** What a field needs of the page: the text's data, its errors, and the way to change it. */
export interface DraftApi {
  /** The text as plain data; undefined when it cannot be read (a syntax error): the form is then disabled. */
  data: unknown;
  errors: readonly GuidelinesError[];
  /** Read-only (company policy) or unreadable text. */
  disabled: boolean;
  set(path: Path, value: DraftValue): void;
  add(path: Path, item: Readonly<Record<string, unknown>>): void;
  remove(path: Path, index: number): void;
  setRuleOff(id: string, off: boolean): void;
}

export function FieldErrors({ id, errors }: { id: string; errors: readonly GuidelinesError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} class="field-errors">
      {errors.map((error, index) => (
        <li key={index}>{errorLine(error)}</li>
      ))}
    </ul>
  );
}

/** The ids a control points to with aria-describedby: its hint and its errors, when shown. */
function describedBy(id: string, hint: unknown, errors: readonly unknown[]): string | undefined {
  const ids = [hint ? `${id}-hint` : '', errors.length ? `${id}-errors` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/**
 * What a box shows: while it has focus, what is being typed; otherwise the text's value. Typing stays in the box
 * until the change is committed, so an edit of the text elsewhere never jumps the caret.
 */
function useEditing(external: string) {
  const [editing, setEditing] = useState<string | null>(null);
  return {
    value: editing ?? external,
    onFocus: () => setEditing(external),
    onInput: (event: Event) => setEditing((event.currentTarget as HTMLInputElement).value),
    onBlur: () => setEditing(null),
  };
}

interface FieldProps {
  api: DraftApi;
  path: Path;
  label: string;
  hint?: ComponentChildren;
}

function Field({
  id,
  label,
  hint,
  errors,
  children,
  wide,
}: {
  id: string;
  label: string;
  hint?: ComponentChildren;
  errors: readonly GuidelinesError[];
  children: ComponentChildren;
  wide?: boolean;
}) {
  return (
    <div class={`field${wide ? ' wide' : ''}${errors.length ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function TextField({ api, path, label, hint, type = 'text', placeholder }: FieldProps & { type?: 'text' | 'url' | 'date'; placeholder?: string }) {
  const id = useId();
  const errors = errorsAt(api.errors, path);
  const editing = useEditing(textAt(api.data, path));
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        // Preact types each input type apart; the three taken here share every attribute used below.
        type={type as 'text'}
        {...editing}
        placeholder={placeholder}
        disabled={api.disabled}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(event) => {
          const value = (event.currentTarget as HTMLInputElement).value.trim();
          api.set(path, value === '' ? undefined : value);
        }}
      />
    </Field>
  );
}

/** Words or phrases, one per line. An emptied box removes the key (the default, an empty list, applies). */
export function ListField({ api, path, label, hint }: FieldProps) {
  const id = useId();
  const errors = errorsAt(api.errors, path);
  const items = listAt(api.data, path);
  const editing = useEditing(items.join('\n'));
  return (
    <Field id={id} label={label} hint={hint} errors={errors} wide>
      <textarea
        id={id}
        {...editing}
        rows={Math.min(8, Math.max(2, editing.value.split('\n').length + 1))}
        spellcheck={false}
        disabled={api.disabled}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(event) => {
          const lines = linesOf((event.currentTarget as HTMLTextAreaElement).value);
          api.set(path, lines.length === 0 ? undefined : lines);
        }}
      />
    </Field>
  );
}

/** A whole number; an emptied box removes the key, so the default (shown as the placeholder) applies. */
export function NumberField({ api, path, label, hint, min, max, placeholder }: FieldProps & { min: number; max: number; placeholder: string }) {
  const id = useId();
  const errors = errorsAt(api.errors, path);
  const editing = useEditing(textAt(api.data, path));
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        {...editing}
        placeholder={placeholder}
        disabled={api.disabled}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(event) => {
          const raw = (event.currentTarget as HTMLInputElement).value.trim();
          const value = Number(raw);
          // A number the box could not read comes as "": the key goes, and the default applies.
          api.set(path, raw === '' || !Number.isFinite(value) ? undefined : value);
        }}
      />
    </Field>
  );
}

/** true or false, with the schema's default shown when the key is not written. */
export function CheckboxField({
  api,
  path,
  label,
  hint,
  fallback,
  onToggle,
}: FieldProps & { fallback: boolean; onToggle?: (checked: boolean) => void }) {
  const id = useId();
  const errors = errorsAt(api.errors, path);
  const value = valueAt(api.data, path);
  return (
    <div class={`field checkbox${errors.length ? ' invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={typeof value === 'boolean' ? value : fallback}
        disabled={api.disabled}
        aria-describedby={describedBy(id, hint, errors)}
        onChange={(event) => {
          const checked = (event.currentTarget as HTMLInputElement).checked;
          if (onToggle) onToggle(checked);
          else api.set(path, checked);
        }}
      />
      <label for={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
