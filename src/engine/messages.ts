/**
 * @file Fills a rule message's {{placeholders}}. The one place finding text is built, so that the interface never
 * assembles it and translations (a later issue) only swap the templates. A missing value stays visible as-is.
 */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}
