/**
 * @file Fills a text's {{placeholders}} and picks the text in the active language. The one place finding text is
 * built, so that the interface never assembles it and a language only swaps the templates. The lookup of a
 * translation is injected (`Translate`): the engine never reads the browser's i18n or a file itself. A missing
 * value stays visible as-is.
 */

/** Values for a template's {{placeholders}}. */
export type MessageData = Readonly<Record<string, string | number>>;

/**
 * Looks a text up by its messages.json key in the active language; undefined (or '') when there is none, and the
 * English written in the code applies. The background passes `browser.i18n.getMessage`, the audit a locale file.
 */
export type Translate = (key: string) => string | undefined;

export function formatMessage(template: string, data: MessageData): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, key: string) => {
    const value = Object.hasOwn(data, key) ? data[key] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/**
 * The text under `key` in the active language, else `english`, with `data` filled in. Without data the text is
 * returned as it is (titles and reasons have no placeholders), which spares a scan on the engine's hot path.
 */
export function localize(translate: Translate | undefined, key: string, english: string, data?: MessageData): string {
  const template = translate?.(key) || english;
  return data === undefined ? template : formatMessage(template, data);
}
