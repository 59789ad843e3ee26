/**
 * @file The guidelines' errors and warnings by id: their English, with {{placeholders}}, and how to word one in a
 * language. The parser, the decoder and the command line's file guard return messages as an id and its values
 * (a `GuidelinesMessage`), never as finished text, so that the options page speaks the browser's language and the
 * command line English (or its --lang). The translations live in assets/_locales/<lang>/messages.json under
 * `guidelines_<id>`; test/guidelines/messages.test.ts keeps the English there equal to this table. It reads no file
 * and no browser API: the caller passes the lookup (`Translate`).
 */
import { formatMessage, type Translate } from '../engine/messages';

export const GUIDELINES_TEXTS = {
  withPath: '{{path}}: {{message}}',
  atLine: '{{message}} (line {{line}})',
  moreErrorsOne: '… and 1 more error',
  moreErrors: '… and {{count}} more errors',
  moreWarningsOne: '… and 1 more warning',
  moreWarnings: '… and {{count}} more warnings',
  megabytes: '{{whole}}.{{tenth}} MB',
  fileTooBig: 'the file is {{size}}; guidelines files are at most {{max}} MB',
  notText: 'the guidelines must be text',
  readFailed: 'the file could not be read ({{detail}})',
  nulCharacters: 'the file holds NUL characters: it is probably saved as UTF-16 (Unicode); save it as UTF-8',
  unreadableCharacters: 'the file holds characters that could not be read (�): it was probably saved in another encoding than UTF-8, such as Latin-1 or Windows-1252; save it as UTF-8',
  fileEmpty: 'the file is empty: write at least {} (for the built-in defaults) or brand: with the company name',
  fileNull: 'the file is just null: write at least {} (for the built-in defaults) or a mapping of sections (version:, brand:, strategy: …)',
  fileOnlyComments: 'the file holds only comments: write at least {} (for the built-in defaults) or brand: with the company name',
  fileNotMapping: 'the file must be a mapping of sections (version:, brand:, strategy: …), not {{kind}}',
  kindList: 'a list',
  kindSingleValue: 'a single value ({{type}})',
  typeText: 'text',
  typeNumber: 'number',
  typeBoolean: 'true or false',
  mergeKey: 'the merge key << is not supported in guidelines: write the keys out (an alias *name can still repeat a single value or a list)',
  reservedKey: 'the key "{{key}}" is not allowed (a reserved name in JavaScript)',
  unknownKeyDidYouMean: 'unknown key "{{key}}" (did you mean "{{suggestion}}"?)',
  unknownKeyAllowed: 'unknown key "{{key}}" (allowed here: {{allowed}})',
  unknownKey: 'unknown key "{{key}}"',
  unknownRuleDidYouMean: 'unknown rule "{{key}}" (did you mean "{{suggestion}}"?)',
  unknownRuleAllowed: 'unknown rule "{{key}}" (allowed here: {{allowed}})',
  unknownRule: 'unknown rule "{{key}}"',
  tooManyRuleEntries: 'has {{count}} entries; at most {{max}} (this version of Profile Coach has {{known}} rules)',
  ruleFromOtherVersion: 'unknown rule "{{id}}": this version of Profile Coach has no such rule, so these settings are ignored',
  campaignEnded: 'the campaign "{{name}}" ended on {{end}}: remove it or give its new dates',
  themeNoKeywords: '"{{name}}" has no keywords, so no profile can ever match it',
  bannedIsBrand: '"{{term}}" is banned but is also how the brand is written ("{{brand}}"): every profile naming the company would be flagged',
  hashtagHint: '{{message}} (in YAML, # starts a comment: put hashtags in quotes, such as "#Example")',
  yamlTabIndent: 'tabs are not allowed for indentation in YAML: indent with spaces',
  yamlBadIndent: 'the indentation is wrong here: the items of one list or mapping must start in the same column, deeper than their key',
  yamlExtraIndent: '"{{key}}" starts in column {{column}}, but "{{sibling}}" above it in column {{siblingColumn}}: the keys of one mapping must start in the same column (remove the extra spaces)',
  yamlMultilineKey: 'a key must fit on one line: is a colon missing after it, or a quote left open above?',
  yamlBlockAsKey: 'a mapping cannot start on the same line as its key: put it on the next line, indented',
  yamlMultipleDocs: 'the file holds several YAML documents (separated by ---): keep only one',
  yamlBadEscape: 'invalid escape in "double-quoted" text (write \\\\ for a backslash, or use single quotes)',
  yamlLongKey: 'a key is longer than 1024 characters',
  yamlBlockInFlow: 'a [ … ] list or { … } mapping is not closed where it should be',
  yamlNonStringKey: 'a key must be a plain word, not a list or a mapping',
  yamlTwoAnchors: 'a value has two anchors (&name); keep one',
  yamlTwoTags: 'a value has two tags; remove them',
  yamlAliasProps: 'an alias (*name) cannot have a tag or an anchor',
  yamlBadAlias: 'this alias (*name) is not written correctly',
  yamlPropOrder: 'an anchor or tag is in the wrong place',
  yamlTooDeep: 'the file is nested too deeply (at most {{max}} levels)',
  nestedTooDeep: 'the file is nested more than {{max}} levels deep; guidelines need far fewer',
  tooManyParts: 'the file has more than {{max}} parts to read (keys, values, punctuation, indentation and line breaks); guidelines need far fewer: the example file has about 800',
  yamlTooManyErrors: 'the file has more than {{max}} syntax errors, so reading stopped; the first are listed: correct them and check again',
  yamlDuplicateKey: 'duplicate key "{{key}}": each key may appear once in a mapping',
  yamlDuplicateKeyUnnamed: 'duplicate key: each key may appear once in a mapping',
  duplicateKeyAtLine: 'duplicate key "{{key}}" (it already appears on line {{line}}): each key may appear once in a mapping',
  yamlHashComment: 'a # written right after text or [ starts a comment in YAML: put hashtags in quotes, such as "#Example"',
  yamlQuoteNotClosed: 'a quote is not closed: the text in quotes runs on to here',
  yamlListNotClosed: 'a [ … ] list is not closed: a ] is missing',
  yamlMappingNotClosed: 'a { … } mapping is not closed: a } is missing',
  yamlListNotClosedOrIndent: 'a [ … ] list is not closed: a ] is missing (or its next line is not indented enough)',
  yamlMappingNotClosedOrIndent: 'a { … } mapping is not closed: a } is missing (or its next line is not indented enough)',
  yamlTabStart: 'text cannot start with a tab: remove it',
  yamlEmptyBetweenCommas: 'an empty item between two commas: remove one comma',
  yamlQuoteStart: 'text that starts with {{char}} must be in quotes, such as "{{char}}example"',
  yamlTagNotAllowed: 'the tag {{tag}} is not allowed: guidelines hold only text, numbers, true/false, lists and mappings',
  yamlAliasNoAnchor: 'the alias *{{name}} refers to no anchor &{{name}} written before it',
  yamlTooManyAliases: 'too many aliases (*name): the file would expand far beyond its size (at most {{max}} uses)',
  yamlCouldNotRead: 'the file could not be read: {{detail}}',
  jsonPrefix: 'JSON: {{message}}',
  jsonQuoteOpenAtLineEnd: 'the text in quotes is not closed before the end of the line (a line break inside quotes is written \\n)',
  jsonControlInQuotes: 'a control character inside quotes must be escaped',
  jsonBadUnicodeEscape: 'invalid escape: \\u must be followed by 4 hexadecimal digits',
  jsonBadEscape: 'invalid escape \\{{char}} (a backslash is written \\\\)',
  jsonQuoteNotClosed: 'the text in quotes is not closed',
  jsonLeadingZero: 'a number may not start with 0',
  jsonFractionDigits: 'a number needs digits after its decimal point',
  jsonExponentDigits: 'a number needs digits after its exponent',
  jsonSingleQuotes: 'JSON text must be in "double quotes", not \'single quotes\'',
  jsonEndsBeforeValue: 'the file ends where a value was expected',
  jsonBareWord: 'words must be in "double quotes" (only true, false and null are written without)',
  jsonExpectedValue: 'expected a value (text in "double quotes", a number, true, false, null, [ or {), found {{found}}',
  jsonTooDeep: 'the file is nested more than {{max}} levels deep',
  jsonEmpty: 'the file is empty',
  jsonAfterEnd: 'unexpected {{found}} after the end of the JSON value',
  jsonObjectNotClosed: 'the file ends before the { … } mapping is closed (a } is missing)',
  jsonArrayNotClosed: 'the file ends before the [ … ] list is closed (a ] is missing)',
  jsonExpectedCommaInList: 'expected a comma or ] after the list item, found {{found}} (is a comma missing?)',
  jsonTrailingCommaInList: 'a trailing comma before ] is not allowed in JSON',
  jsonTrailingCommaInObject: 'a trailing comma before } is not allowed in JSON',
  jsonSingleQuoteKey: 'JSON keys must be in "double quotes", not \'single quotes\'',
  jsonExpectedKey: 'expected a key in "double quotes", found {{found}}',
  jsonDuplicateKey: 'duplicate key "{{key}}" (it already appears on line {{line}})',
  jsonExpectedColon: 'expected a colon after the key, found {{found}}',
  jsonExpectedCommaInObject: 'expected a comma or } after the value, found {{found}} (is a comma missing?)',
  foundEndOfFile: 'the end of the file',
  foundEndOfLine: 'the end of the line',
  foundQuote: 'a quote',
  foundChar: '"{{char}}"',
  required: 'is required',
  emptyGiveOrRemoveKey: 'is empty: give {{noun}}, or remove the key',
  emptyGiveOrRemoveItem: 'is empty: give {{noun}}, or remove the empty item',
  mustBe: 'must be {{noun}}',
  mustBeUnquoted: 'must be {{noun}}: write {{value}} without quotes',
  mustBeWhole: 'must be a whole number',
  mustBeFinite: 'must be a finite number',
  notEmpty: 'must not be empty',
  minCharacters: 'must be at least {{count}} characters',
  maxCharacters: 'must be at most {{count}} characters',
  minItemsOne: 'must list at least 1 item',
  minItems: 'must list at least {{count}} items',
  maxItems: 'must list at most {{count}} items',
  moreThan: 'must be more than {{limit}}',
  atLeast: 'must be at least {{limit}}',
  lessThan: 'must be less than {{limit}}',
  atMost: 'must be at most {{limit}}',
  mustBeValue: 'must be {{value}}',
  mustBeOneOf: 'must be one of: {{values}}',
  mustBeWebAddress: 'must be a web address such as https://example.com/page',
  notWrittenExpectedWay: 'is not written the expected way',
  multipleOf: 'must be a multiple of {{divisor}}',
  keyNotAllowed: 'is not an allowed key',
  keysNotAllowed: 'has keys that are not allowed',
  emptyGiveOneOf: 'is empty: give {{kinds}}',
  or: '{{first}}, or {{second}}',
  orValues: '{{first}} or {{second}}',
  nounText: 'text',
  nounNumber: 'a number',
  nounWholeNumber: 'a whole number',
  nounBoolean: 'true or false',
  nounList: 'a list',
  nounMapping: 'a mapping (key: value lines)',
  nounDate: 'a date',
  nounEmpty: 'empty',
  nounOther: 'a {{name}}',
  nounSomethingElse: 'something else',
  asWritten: '{{detail}}',
  noControls: 'must not contain control characters (such as NUL or escape) or invisible direction marks',
  termTooLong: 'must be at most 120 characters (a word or a short phrase)',
  termNeedsWord: 'must contain a letter or a digit: terms are matched as words, so one made only of symbols can never match',
  termSymbols: 'cannot hold + or # after a word, or . before one (such as C++, C# or .NET): terms are matched as words without their symbols, so it would match every "C" (as in "Plan C") or "net" (as in "Net zero")',
  textTooLong: 'must be at most {{max}} characters',
  dateFormat: 'must be a date written YYYY-MM-DD',
  calendarDate: 'must be a real calendar date',
  handleAt: 'must start with @',
  handleShape: 'must be @ followed by 1 to 15 letters, digits or underscores',
  hashtagHash: 'must start with #',
  hashtagShape: 'must be # followed by letters, digits or underscores',
  domainTooLong: 'must be at most 253 characters (the longest a domain can be)',
  domainBare: 'must be a bare domain such as example.com, without http:// or https://',
  domainShape: 'must be a domain such as example.com',
  linkedinCompanyPage: 'must be a LinkedIn company page address such as https://www.linkedin.com/company/example/',
  wordingsMin: 'must give at least one accepted wording',
  httpAddress: 'must be an http(s) address',
  endAfterStart: 'must end on or after its start',
  kebabId: 'must be kebab-case, such as talk-to-marketing',
  duplicateItemId: 'duplicate id "{{id}}" (item {{item}} has it too): each checklist item needs its own id',
  versionOne: 'must be 1 (the only version so far)',
  ruleIdShape: 'must be a rule id such as headline-keywords',
  tooManyTerms: 'the file lists {{count}} terms (keywords, banned and confidential terms, competitors, wordings…); at most {{max}} in all, so that every check stays quick',
  savedAsUtf16: 'the file is saved as UTF-16 (Unicode); save it as UTF-8 (in most editors: Save as…, Encoding: UTF-8)',
  notUtf8: 'the file is not saved as UTF-8 (probably Latin-1 or Windows-1252, so accented letters would be misread and "résumé" could never match); save it as UTF-8',
  nulByte: 'the file holds a NUL byte: is it a text file? Save it as UTF-8 text',
  cannotReadFile: '{{file}}: cannot read the file ({{code}})',
  notAFile: '{{file}}: not a file ({{kind}})',
  fileKindDirectory: 'a directory',
  fileKindPipe: 'a named pipe',
  fileKindCharDevice: 'a character device',
  fileKindBlockDevice: 'a block device',
  fileKindSocket: 'a socket',
  fileKindOther: 'not a regular file',
  fileTooLarge: '{{file}}: {{reason}}',
  fileChanged: '{{file}}: the file changed while it was read',
  pageTooBig: 'the file is {{size}}; saved pages are at most {{max}} MB',
  storageUnreadable: 'your saved guidelines could not be read from the browser storage; import the file again',
  storedNewer: 'your saved guidelines were written by a newer version of Profile Coach; they are kept as they are',
  storedDamaged: 'your saved guidelines are damaged; their text is kept: export it from the options page, or import the file again',
  policyMalformed: 'the company policy is malformed (locked must be true or false)',
  policyNotText: 'the company policy must give the guidelines as text (YAML or JSON)',
  languageCode: 'must be a language code Profile Coach speaks: {{codes}}',
} as const;

export type GuidelinesTextId = keyof typeof GUIDELINES_TEXTS;

/** A value for a placeholder: as written (a path, a key, a number), or a message of its own, worded in the same language. */
export type MessageValue = string | number | GuidelinesMessage;

export interface GuidelinesMessage {
  id: GuidelinesTextId;
  data?: Readonly<Record<string, MessageValue>>;
}

/** Every key of these messages in messages.json starts with this; test/guidelines/messages.test.ts checks them. */
export const GUIDELINES_KEY_PREFIX = 'guidelines_';

/** The key of a message in messages.json: Chrome allows [A-Za-z0-9_] only. */
export const guidelinesKey = (id: GuidelinesTextId) => `${GUIDELINES_KEY_PREFIX}${id}`;

export function message(id: GuidelinesTextId, data?: Readonly<Record<string, MessageValue>>): GuidelinesMessage {
  return data === undefined ? { id } : { id, data };
}

/**
 * The message in the language `translate` gives, else English. Values are filled after the template is chosen,
 * in one pass, so text from the file (a key such as "{{x}}") is never read as a placeholder.
 */
export function renderMessage(text: GuidelinesMessage, translate?: Translate): string {
  const template = translate?.(guidelinesKey(text.id)) || GUIDELINES_TEXTS[text.id] || text.id;
  if (text.data === undefined) return template;
  const data: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.data)) data[name] = typeof value === 'object' ? renderMessage(value, translate) : value;
  return formatMessage(template, data);
}

/**
 * One guidelines error or warning as a line, in the language `translate` gives (the options page: the browser's;
 * the command line: its --lang), English where it gives none: `brand.handles.x[1]: must start with @ (line 12)`.
 * An error made elsewhere, without an id, keeps its English message.
 */
export function formatErrorIn(
  error: { path: string; line: number | null; message: string; text?: GuidelinesMessage },
  translate: Translate | undefined,
): string {
  let text: GuidelinesMessage = error.text ?? message('asWritten', { detail: error.message });
  if (error.path !== '') text = message('withPath', { path: error.path, message: text });
  if (error.line !== null) text = message('atLine', { message: text, line: error.line });
  return renderMessage(text, translate);
}

/** "2.1 MB" (or "2,1 Mo"), rounded up so that a file just over a cap never reads as the cap. */
export function megabytes(bytes: number): GuidelinesMessage {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10);
  return message('megabytes', { whole: Math.floor(tenths / 10), tenth: tenths % 10 });
}

/** "a, or b, or c" as nested messages, so each language joins them its own way. */
export function orList(items: readonly MessageValue[], id: 'or' | 'orValues' = 'or'): MessageValue | undefined {
  if (items.length === 0) return undefined;
  return items.slice(1).reduce<MessageValue>((joined, item) => message(id, { first: joined, second: item }), items[0] as MessageValue);
}

/** The schema's own messages (schema.ts), by their English: zod carries text only, and the parser finds the id again. */
const schemaTexts = new Map<string, GuidelinesMessage>();

/**
 * A message for the schema (schema.ts), as zod wants it: English text. Called while the schema is built, so the
 * table holds a fixed few dozen entries; a message made while parsing (with a file's values) goes in the issue's
 * `params.text` instead.
 */
export function schemaMessage(id: GuidelinesTextId, data?: Readonly<Record<string, MessageValue>>): string {
  const text = message(id, data);
  const english = renderMessage(text);
  schemaTexts.set(english, text);
  return english;
}

export const schemaText = (english: string): GuidelinesMessage | undefined => schemaTexts.get(english);
