/**
 * @file Checks on the read value beyond the schema: keys that could reach a prototype, rule ids and their options
 * against the registry the caller passes, and warnings for valid files that are probably not meant.
 */
import { fold } from '../engine/text';
import { didYouMean } from './did-you-mean';
import { message } from './messages';
import { formatPath, isPlainObject, type Problem, problemAt } from './parse-problems';
import { FORBIDDEN_KEYS, MAX_RULE_ENTRIES, type RuleRegistry } from './parse-types';
import { issuesToProblems, unknownKeyMessage, type ZodIssueLike, type ZodWords } from './parse-zod';
import type { Guidelines } from './schema';

/** Refuses __proto__, constructor and prototype as keys anywhere, before any other code sees the object. */
export function forbiddenKeyProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<object>();
  const stack: Array<[unknown, PropertyKey[]]> = [[value, []]];
  while (stack.length > 0) {
    const [current, path] = stack.pop() as [unknown, PropertyKey[]];
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push([item, [...path, index]]));
      continue;
    }
    for (const key of Object.keys(current)) {
      if (key === '<<') {
        // With merges off (they would let one alias multiply the file), << is an ordinary key: say what it is.
        problems.push({
          at: [...path, key],
          path,
          text: message('mergeKey'),
          dedupe: `${formatPath(path)}#<<`,
        });
      } else if (FORBIDDEN_KEYS.has(key)) {
        problems.push({
          at: [...path, key],
          path,
          text: message('reservedKey', { key }),
          dedupe: `${formatPath(path)}#${key}`,
        });
      } else stack.push([(current as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules: ids against the registry, options against each rule's own schema.

export function ruleProblems(value: Record<string, unknown>, registry: RuleRegistry, words: ZodWords): { errors: Problem[]; warnings: Problem[]; typos: Set<string> } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const typos = new Set<string>();
  const rules = value.rules;
  if (!isPlainObject(rules)) return { errors, warnings, typos };
  const known = Object.keys(registry);
  const entries = Object.keys(rules).length;
  if (entries > MAX_RULE_ENTRIES) {
    errors.push(problemAt(['rules'], message('tooManyRuleEntries', { count: entries, max: MAX_RULE_ENTRIES, known: known.length })));
    return { errors, warnings, typos };
  }
  for (const [id, setting] of Object.entries(rules)) {
    const rule = Object.hasOwn(registry, id) ? registry[id] : undefined;
    if (!rule) {
      const suggestion = didYouMean(id, known);
      if (suggestion) {
        // Close to a real id: almost surely a typo, and a typo would silently leave the rule as it was.
        typos.add(id);
        errors.push({ at: ['rules', id], path: ['rules'], text: unknownKeyMessage(id, known, 'rule'), dedupe: `rules#${id}` });
      } else {
        // Far from every id: more likely a rule of another version of Profile Coach. Refusing the whole file for
        // it would make a company file pushed to every browser fail on the ones not yet updated.
        warnings.push(problemAt(['rules', id], message('ruleFromOtherVersion', { id })));
      }
      continue;
    }
    if (!isPlainObject(setting) || !isPlainObject(setting.options)) continue;
    const schema = rule.meta.options;
    const merged = { ...(isPlainObject(rule.meta.defaultOptions) ? rule.meta.defaultOptions : {}), ...setting.options };
    const parsed = schema.safeParse(merged, { error: words.errorMap });
    if (!parsed.success) errors.push(...issuesToProblems(parsed.error.issues as unknown as ZodIssueLike[], schema, ['rules', id, 'options'], words));
  }
  return { errors, warnings, typos };
}

/**
 * Rule ids under `stages:` against the registry: an unknown one is an error (with its did-you-mean), not a warning as
 * under `rules:`: a stage asking for a rule that never runs would be reached by everyone, silently.
 */
export function stageProblems(value: Record<string, unknown>, registry: RuleRegistry): Problem[] {
  const problems: Problem[] = [];
  const stages = value.stages;
  if (!isPlainObject(stages)) return problems;
  const known = Object.keys(registry);
  for (const [stage, override] of Object.entries(stages)) {
    if (!isPlainObject(override) || !Array.isArray(override.rules)) continue;
    override.rules.forEach((id: unknown, index) => {
      // Not text, or not shaped like an id: the schema says so.
      if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) || Object.hasOwn(registry, id)) return;
      problems.push(problemAt(['stages', stage, 'rules', index], unknownKeyMessage(id, known, 'rule')));
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Warnings: valid, but probably not what the company meant. Kept to a few that cost a coaching session if missed.

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function guidelinesWarnings(guidelines: Guidelines, now: Date): Problem[] {
  const warnings: Problem[] = [];
  const today = localDay(now);
  guidelines.campaigns.forEach((campaign, index) => {
    if (campaign.end < today) {
      warnings.push(problemAt(['campaigns', index, 'end'], message('campaignEnded', { name: campaign.name, end: campaign.end })));
    }
  });
  for (const list of ['themes', 'sectors'] as const) {
    guidelines.strategy[list].forEach((theme, index) => {
      if (theme.keywords.length === 0) {
        warnings.push(problemAt(['strategy', list, index, 'keywords'], message('themeNoKeywords', { name: theme.name })));
      }
    });
  }
  if (guidelines.brand) {
    const brand = guidelines.brand;
    const names = new Map<string, string>();
    for (const name of [brand.name, brand.officialSpelling, ...brand.spellings]) if (name) names.set(fold(name), name);
    guidelines.confidentiality.banned.forEach((term, index) => {
      const brandName = names.get(fold(term));
      if (brandName !== undefined) {
        warnings.push(problemAt(['confidentiality', 'banned', index], message('bannedIsBrand', { term, brand: brandName })));
      }
    });
  }
  return warnings;
}
