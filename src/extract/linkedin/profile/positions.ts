/**
 * @file The current positions of a LinkedIn profile's Experience card: single and grouped roles in each generation,
 * jobs without a company page, and 2025 entries found by their date ranges when their hook is renamed. A current
 * entry it cannot read whole makes the field unreadable, never a shorter list.
 */
import type { Field, Position } from '../../../snapshot';
import { isVisibleWithin, normalizeText, parseUrl, q, qa, readText, type Strategy, unreadable } from '../../dom';
import { dateRangeIsCurrent, duration, employmentTypes, foldLabel, selfEmployed, workplace } from '../phrases';
import { isLinkedInHost } from '../../../snapshot/pages/linkedin';
import { archived, mayBe, type Page, wrap } from './scan';
import { ARTDECO_ENTRIES, type EntryMarkup, type Line, ownLines, SDUI_ENTRIES, topLevelItems } from './entries';

/** The element's own text nodes, without its children ("Koffiebrander Van Dijk" before a "Full-time" span). */
export function ownText(el: Element | null | undefined): string {
  if (!el) return '';
  const own = normalizeText(
    Array.from(el.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => node.nodeValue ?? '')
      .join(' '),
  );
  return own || readText(el);
}

/** `https://www.linkedin.com/company/<slug>/` for a company page link, null for anything else (search links). */
function companyPageUrl(href: string | null | undefined, base: string): string | null {
  const url = href ? parseUrl(href, base) : undefined;
  const [first, slug] = url?.pathname.split('/').filter(Boolean) ?? [];
  return url && isLinkedInHost(url) && first === 'company' && slug ? `https://www.linkedin.com/company/${slug}/` : null;
}

/**
 * The entry's company link: the logo link when the entry has one (a search link means no page), else any. The logo
 * link is artdeco's by default; an archived generation names its own (profile/ember.ts).
 */
export function entryCompanyPage(entry: Element, base: string, logoLink = 'a[data-field="experience_company_logo"]'): string | null {
  const logo = q(entry, logoLink);
  return companyPageUrl((logo ?? q(entry, 'a[href*="/company/"]'))?.getAttribute('href'), base);
}

/** "Brightwave Systems · Full-time" gives "Brightwave Systems". */
function companyOf(line: string | undefined): string | undefined {
  return line?.split(' · ')[0]?.trim() || undefined;
}

const isDateLine = (text: string) => dateRangeIsCurrent(text) !== undefined;

/** A text that can be a title or a company: not a date range, a duration, an employment type or a location. */
export function isNameLike(text: string | undefined): text is string {
  if (!text || isDateLine(text) || duration().test(text)) return false;
  const folded = foldLabel(text);
  return !employmentTypes().has(folded) && !workplace().test(folded);
}

/** The entry's logo description ("Brightwave Systems logo", "Logo de Atelier Mistral"), folded, or "". */
function logoAlt(entry: Element): string {
  const img = q(entry, 'a[data-field="experience_company_logo"] img[alt], img[alt]');
  return foldLabel(img?.getAttribute('alt') ?? '');
}

/** "Brightwave Systems · Full-time": a company line, not a title. */
function isCompanyWithType(text: string): boolean {
  const parts = text.split(' · ');
  return parts.length > 1 && employmentTypes().has(foldLabel(parts[parts.length - 1] ?? ''));
}

/** The first line the generation marks as bold, else the first line; undefined when it cannot be a name. */
function titleLine(lines: readonly Line[], markup: EntryMarkup): string | undefined {
  const text = (markup.isBold ? lines.find((line) => markup.isBold?.(line.el)) : undefined)?.text ?? lines[0]?.text;
  return isNameLike(text) && !isCompanyWithType(text) ? text : undefined;
}

/**
 * The company of a single role: the line the generation marks, else the line the logo's description names, else
 * the second line; undefined when what is found cannot be a company name. A company line that is only a
 * self-employment type ("Freelance", "Indépendant", "Zelfstandige · Zelfstandige") names no employer: the type is
 * then the company, as the page prints it. The person HAS a current job, which rules must see (an empty list
 * would tell them to add one), and a company rule comparing it with the brand rightly finds another employer.
 */
function companyLine(lines: readonly Line[], markup: EntryMarkup, alt: string, title: string): string | undefined {
  const rest = lines.filter((line) => line.text !== title && !isDateLine(line.text));
  const marked = markup.isCompanyLine ? rest.find((line) => markup.isCompanyLine?.(line.el)) : undefined;
  const named = alt ? rest.find((line) => alt.includes(foldLabel(companyOf(line.text) ?? '\u0000'))) : undefined;
  const candidate = companyOf(
    (marked ?? named ?? (lines[1] && !isDateLine(lines[1].text) ? lines[1] : undefined))?.text,
  );
  if (candidate && selfEmployed().has(foldLabel(candidate))) return candidate;
  return isNameLike(candidate) && candidate !== title ? candidate : undefined;
}

/**
 * Current roles from the entries of the 2024 and 2025 layouts; undefined when the card holds no entries at all, and
 * null when a current entry could not be read whole: then the field is unreadable, since a shorter list (or an
 * empty one, "no current job") would be a claim the page does not make.
 */
function currentPositionsFrom(items: Element[], markup: EntryMarkup, base: string): Position[] | null | undefined {
  if (items.length === 0) return undefined;
  const positions: Position[] = [];
  for (const item of items) {
    const lines = ownLines(item, markup);
    const companyPage = () => entryCompanyPage(item, base);
    const date = lines.find((line) => isDateLine(line.text));
    if (date) {
      // One role: title, "Company · Employment type", dates.
      if (!dateRangeIsCurrent(date.text)) continue;
      const title = titleLine(lines, markup);
      const company = title && companyLine(lines, markup, logoAlt(item), title);
      if (!company) return null;
      positions.push({ title, company, companyPageUrl: companyPage() });
      continue;
    }
    // Grouped: the company is the header (bold, or named by the logo), the roles are nested under it.
    const alt = logoAlt(item);
    const named = alt ? lines.find((line) => alt.includes(foldLabel(line.text))) : undefined;
    const company = named?.text ?? titleLine(lines, markup);
    let dated = false;
    for (const role of qa(item, markup.role)) {
      if (role === item || !isVisibleWithin(role, item)) continue;
      const roleLines = ownLines(role, markup);
      const roleDate = roleLines.find((line) => isDateLine(line.text));
      dated ||= !!roleDate;
      if (!roleDate || !dateRangeIsCurrent(roleDate.text)) continue;
      const title = titleLine(roleLines, markup);
      if (!title || title === company || !isNameLike(company)) return null;
      positions.push({ title, company, companyPageUrl: companyPage() });
    }
    // An entry with no date anywhere may be a current job the reader cannot place.
    if (!dated) return null;
  }
  return positions;
}

/**
 * 2025 entries by what they are rather than by one hook: each date-range line of the card belongs to the largest
 * block around it that holds no other entry's dates (a grouped company holds its roles' dates, so the group is
 * one entry), or to the card's own child when the card has one entry. The entity-collection hook, where it is still
 * printed, names the entry outright (a card whose only entry is a group needs it).
 */
function sduiEntries(card: Element): Element[] {
  // A date range has a dash: paragraphs without one (descriptions, titles) are not read at all.
  const dates = qa(card, 'p').filter((p) => /[-–—]/.test(p.textContent ?? '') && isDateLine(readText(p)));
  const entries = new Set<Element>();
  for (const date of dates) {
    let entry: Element | undefined;
    let el = date;
    for (let up = el.parentElement; up && up !== card; el = up, up = up.parentElement) {
      const [inner, outer] = [el, up];
      if (inner.matches(SDUI_ENTRIES.item)) break;
      if (dates.some((other) => outer.contains(other) && !inner.contains(other))) entry = inner;
    }
    entries.add(el.matches(SDUI_ENTRIES.item) ? el : (entry ?? el));
  }
  return [...entries];
}

/** Null (a current entry was not read whole) becomes unreadable; no entries at all, undefined. */
export function positionsField(positions: Position[] | null | undefined): Field<Position[]> | undefined {
  return positions === null ? unreadable() : wrap(positions);
}

export function positionStrategies(page: Page): Strategy<Field<Position[]>>[] {
  const card = page.sections.get('experience');
  const read = (items: (card: Element) => Element[], markup: EntryMarkup) =>
    card ? positionsField(currentPositionsFrom(items(card), markup, page.url)) : undefined;
  return [
    // 2025: the blocks around the date ranges, the hook as a hint (2025-06-sdui-nl-self.html: a role without
    // company page, a grouped company; 2025-07-sdui-fr-other-renamed-entries.html: the hook renamed).
    { name: '2025:date-ranges', read: () => (mayBe(page, 'sdui-2025') ? read(sduiEntries, SDUI_ENTRIES) : undefined) },
    // 2024 artdeco (2024-12-artdeco-fr-other.html: grouped roles; 2024-10-artdeco-fr-other-independant.html and
    // 2024-11-artdeco-en-traps.html: current jobs without company page).
    { name: '2024:profile-component-entities', read: () => read((c) => topLevelItems(c, ARTDECO_ENTRIES), ARTDECO_ENTRIES) },
    ...archived(page, 'currentPositions'),
  ];
}
