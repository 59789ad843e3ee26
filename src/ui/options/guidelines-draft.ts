/**
 * @file The guidelines text being edited on the options page, and the edits the form makes to it. There is one
 * source of truth, the text: the form reads values out of it and writes each change back into it, through the
 * `yaml` package's Document API for YAML (so comments, quoting and layout elsewhere in the file are kept) and
 * through JSON.parse/JSON.stringify for JSON (which has no comments to keep). It does not validate (that is
 * parseGuidelines, src/guidelines/parse.ts) and never evaluates anything the text says.
 */
import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { formatOf, formatPath, type GuidelinesError, type GuidelinesFormat } from '../../guidelines/parse';
import { formatOfText } from '../../guidelines/managed-policy';

export type Path = readonly (string | number)[];
/** What the form writes: undefined removes the key (and any mapping it leaves empty). */
export type DraftValue = string | number | boolean | readonly string[] | Readonly<Record<string, unknown>> | undefined;

/** Like the parser's reading (YAML 1.2 core: no dates, no yes/no booleans), so the form sees what the parser sees. */
const YAML_OPTIONS = { schema: 'core', version: '1.2', resolveKnownTags: false, merge: false, uniqueKeys: false } as const;
/** No padding inside [ ] (as people write them), and no folding of long text onto several lines. */
const YAML_OUTPUT = { flowCollectionPadding: false, lineWidth: 0 } as const;

/** A file's name says its format; without one (typed or pasted text) the text does: `{` opens JSON. */
export function formatOfDraft(text: string, fileName: string | undefined): GuidelinesFormat {
  return fileName ? formatOf(fileName) : formatOfText(text);
}

function yamlDoc(text: string): Document.Parsed | null {
  const doc = parseDocument(text, YAML_OPTIONS);
  return doc.errors.length > 0 ? null : doc;
}

function jsonValue(text: string): { value: unknown } | null {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return null;
  }
}

/** The text as plain data (before validation), or undefined when it cannot be read at all (a syntax error). */
export function readDraft(text: string, format: GuidelinesFormat): unknown {
  if (format === 'json') return jsonValue(text)?.value;
  try {
    const doc = yamlDoc(text);
    // Aliases are bounded as in the parser, so a hostile file cannot make the form expand it.
    return doc ? (doc.toJS({ maxAliasCount: 100 }) ?? {}) : undefined;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path of plain data, or undefined. Own properties only. */
export function valueAt(data: unknown, path: Path): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof segment === 'number') current = Array.isArray(current) ? current[segment] : undefined;
    else current = isRecord(current) && Object.hasOwn(current, segment) ? current[segment] : undefined;
    if (current === undefined) return undefined;
  }
  return current;
}

/** Text for an input: numbers and booleans as written, anything else (a list where text belongs) as empty. */
export function textAt(data: unknown, path: Path): string {
  const value = valueAt(data, path);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/** A list of words for a one-per-line box; a lone word where a list belongs counts as a list of one. */
export function listAt(data: unknown, path: Path): string[] {
  const value = valueAt(data, path);
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string' || typeof item === 'number').map(String);
  return typeof value === 'string' ? [value] : [];
}

/** The lines of a one-per-line box, trimmed, empty ones dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// ---------------------------------------------------------------------------------------------------------------
// YAML edits.

/** A list replaced item by item, so unchanged items keep their comments and quoting, and the list its style. */
function setYamlList(doc: Document.Parsed, path: Path, values: readonly string[]) {
  const old = doc.getIn(path, true);
  if (!isSeq(old)) {
    doc.setIn(path, doc.createNode([...values]));
    return;
  }
  const unused = [...old.items];
  const items = values.map((value) => {
    const index = unused.findIndex((item) => isScalar(item) && String(item.value) === value);
    if (index >= 0) return unused.splice(index, 1)[0];
    return doc.createNode(value);
  });
  (old as YAMLSeq<unknown>).items = items;
}

/** Removes the key at `path`, then each enclosing mapping the removal left empty (never the document itself). */
function deleteYaml(doc: Document.Parsed, path: Path) {
  doc.deleteIn(path);
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parent = doc.getIn(path.slice(0, depth), true);
    if (!isMap(parent) || parent.items.length > 0) break;
    doc.deleteIn(path.slice(0, depth));
  }
}

function editYaml(text: string, change: (doc: Document.Parsed) => void): string | null {
  const doc = yamlDoc(text);
  if (!doc) return null;
  const root = doc.contents;
  // A file of comments only has no contents yet; anything but a mapping at the top cannot take a key.
  if (root !== null && !isMap(root)) return null;
  // `{}` written as a start: new keys go in block style, as the rest of a YAML file is written.
  if (isMap(root) && root.flow && root.items.length === 0) root.flow = false;
  try {
    change(doc);
  } catch {
    // The yaml package refuses to go through a value that is not a mapping or list (brand: "Acme" then brand.name).
    return null;
  }
  return doc.toString(YAML_OUTPUT);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON edits.

function containerFor(parent: Record<string, unknown> | unknown[], key: string | number, next: string | number) {
  const existing = Array.isArray(parent) ? parent[key as number] : Object.hasOwn(parent, key) ? parent[key as string] : undefined;
  if (typeof existing === 'object' && existing !== null) return existing as Record<string, unknown> | unknown[];
  if (existing !== undefined) throw new Error('not a container');
  const created = typeof next === 'number' ? [] : {};
  if (Array.isArray(parent)) parent[key as number] = created;
  else parent[key as string] = created;
  return created;
}

function setJson(root: Record<string, unknown>, path: Path, value: unknown) {
  let current: Record<string, unknown> | unknown[] = root;
  for (let index = 0; index < path.length - 1; index++) {
    current = containerFor(current, path[index] as string | number, path[index + 1] as string | number);
  }
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(current)) current[last as number] = value;
  // defineProperty: a plain assignment of "__proto__" would set the prototype (our paths never say it, but still).
  else Object.defineProperty(current, last, { value, enumerable: true, writable: true, configurable: true });
}

function deleteJson(root: Record<string, unknown>, path: Path) {
  const parents: unknown[] = [root];
  for (const segment of path.slice(0, -1)) parents.push(valueAt(parents[parents.length - 1], [segment]));
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = parents[depth];
    const key = path[depth] as string | number;
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else if (isRecord(parent)) delete parent[key as string];
    else return;
    // Only mappings left empty go too; an emptied list stays until the caller removes it.
    if (depth === 0 || !isRecord(parent) || Object.keys(parent).length > 0) return;
  }
}

function editJson(text: string, change: (root: Record<string, unknown>) => void): string | null {
  const read = jsonValue(text);
  if (!read || !isRecord(read.value)) return null;
  try {
    change(read.value);
  } catch {
    return null;
  }
  return `${JSON.stringify(read.value, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// The edits the options page makes. Each returns the new text, or null when the text cannot take the edit (a syntax
// error, or a value of another kind where the path goes): the page then says to fix the text first.

/** Sets (or with undefined removes) the value at `path`. Lists of words are replaced item by item in YAML. */
export function setInDraft(text: string, format: GuidelinesFormat, path: Path, value: DraftValue): string | null {
  if (path.length === 0) return null;
  if (format === 'json') {
    return editJson(text, (root) => (value === undefined ? deleteJson(root, path) : setJson(root, path, structuredClone(value))));
  }
  return editYaml(text, (doc) => {
    if (value === undefined) deleteYaml(doc, path);
    else if (Array.isArray(value)) setYamlList(doc, path, value as readonly string[]);
    else doc.setIn(path, typeof value === 'object' ? doc.createNode(value) : value);
  });
}

/** Appends an item (a campaign, a competitor) to the list at `path`, creating the list when there is none. */
export function addToDraft(text: string, format: GuidelinesFormat, path: Path, item: Readonly<Record<string, unknown>>): string | null {
  if (format === 'json') {
    return editJson(text, (root) => {
      const list = valueAt(root, path);
      if (list !== undefined && !Array.isArray(list)) throw new Error('not a list');
      setJson(root, path, [...((list as unknown[] | undefined) ?? []), structuredClone(item)]);
    });
  }
  return editYaml(text, (doc) => {
    const list = doc.getIn(path, true);
    if (list === undefined) doc.setIn(path, doc.createNode([item]));
    else if (isSeq(list)) list.add(doc.createNode(item));
    else throw new Error('not a list');
  });
}

/** Removes the item at `index` of the list at `path`, and the list when it is left empty. */
export function removeFromDraft(text: string, format: GuidelinesFormat, path: Path, index: number): string | null {
  const list = valueAt(readDraft(text, format), path);
  if (!Array.isArray(list) || index < 0 || index >= list.length) return null;
  return deleteFromDraft(text, format, list.length === 1 ? path : [...path, index]);
}

function deleteFromDraft(text: string, format: GuidelinesFormat, path: Path): string | null {
  if (format === 'json') return editJson(text, (root) => deleteJson(root, path));
  return editYaml(text, (doc) => deleteYaml(doc, path));
}

// ---------------------------------------------------------------------------------------------------------------
// Rules and errors.

/** Whether the text turns a rule off: `rules: { id: off }`, or `off: true` among its settings. */
export function isRuleOff(data: unknown, id: string): boolean {
  const setting = valueAt(data, ['rules', id]);
  return setting === 'off' || (isRecord(setting) && setting.off === true);
}

/**
 * Turns a rule off or on. Off: `id: off`, or `off: true` beside settings the company wrote (weight, why…), which are
 * kept. On: the `off` is removed, and the rule's entry when nothing else is left in it.
 */
export function setRuleOff(text: string, format: GuidelinesFormat, id: string, off: boolean): string | null {
  const setting = valueAt(readDraft(text, format), ['rules', id]);
  const hasOtherSettings = isRecord(setting) && Object.keys(setting).some((key) => key !== 'off');
  if (off) return setInDraft(text, format, hasOtherSettings ? ['rules', id, 'off'] : ['rules', id], hasOtherSettings ? true : 'off');
  return setInDraft(text, format, hasOtherSettings ? ['rules', id, 'off'] : ['rules', id], undefined);
}

/** The errors that concern a field: at its path or inside it ("brand.handles.x" takes "brand.handles.x[1]"). */
export function errorsAt<E extends Pick<GuidelinesError, 'path'>>(errors: readonly E[], path: Path): E[] {
  const at = formatPath(path);
  return errors.filter((error) => error.path === at || error.path.startsWith(`${at}.`) || error.path.startsWith(`${at}[`));
}

/** The character offset where a 1-based line starts, for moving the caret to an error. */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}
