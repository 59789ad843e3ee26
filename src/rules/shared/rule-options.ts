/**
 * @file A rule's own options as the guidelines set them, for `fix`: the engine hands `check` its parsed options but
 * `fix` only the context, and a fix that points to the field at fault must judge with the same options.
 */
import type { z } from 'zod';
import type { Guidelines } from '../../guidelines/schema';

export function optionsFromGuidelines<O>(guidelines: Guidelines, ruleId: string, schema: z.ZodType<O>, defaults: O): O {
  const setting = Object.hasOwn(guidelines.rules, ruleId) ? guidelines.rules[ruleId] : undefined;
  const given = typeof setting === 'object' ? (setting.options ?? {}) : {};
  const parsed = schema.safeParse({ ...(defaults as object), ...given });
  return parsed.success ? parsed.data : defaults;
}
