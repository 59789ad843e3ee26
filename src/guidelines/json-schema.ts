/**
 * @file Builds two JSON Schemas from the zod schemas, so they never drift from what the parser accepts: the
 * guidelines file's (docs/guidelines.schema.json, for editors and admins writing a file) and the Chrome
 * managed-storage schema (assets/managed-schema.json). It writes no file (src/cli/write-guidelines-schema.ts does).
 */
import { z } from 'zod';
import { ManagedPolicySchema } from './managed-policy';
import { GuidelinesSchema } from './schema';

/** The guidelines file as a person writes it (defaults not yet filled in): JSON Schema draft 2020-12. */
export function guidelinesJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(GuidelinesSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema,
    title: 'Profile Coach guidelines',
    description:
      "A company's social media guidelines for Profile Coach, written in YAML or JSON. Example: src/guidelines/presets/example-company.yaml. Check a file with `npm run guidelines:check -- <file>`, which also validates rule options and gives warnings this schema cannot express.",
    ...schema,
  };
}

/**
 * The attributes Chrome's policy schema accepts (components/policy/core/common/schema.cc): a subset of JSON Schema
 * draft 3. Anything else would at best be ignored and, for a known attribute in an unknown form, stop the
 * extension from loading, so the generated schema keeps only these.
 */
export const CHROME_SCHEMA_ATTRIBUTES = ['type', 'description', 'properties', 'items', 'additionalProperties', 'enum', 'minimum', 'maximum', 'pattern', 'title'] as const;
export const CHROME_SCHEMA_TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean'] as const;

function toChromeSchema(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null) return schema;
  const source = schema as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const attribute of CHROME_SCHEMA_ATTRIBUTES) {
    const value = source[attribute];
    if (value === undefined) continue;
    if (attribute === 'properties') {
      kept.properties = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, sub]) => [key, toChromeSchema(sub)]));
    } else if (attribute === 'items') kept.items = toChromeSchema(value);
    // Chrome wants a schema here, never `false`; and at the top level not at all.
    else if (attribute === 'additionalProperties') {
      if (typeof value === 'object') kept.additionalProperties = toChromeSchema(value);
    } else kept[attribute] = value;
  }
  return kept;
}

/** Chrome's `storage.managed_schema`: what an enterprise policy for the extension may contain. */
export function managedStorageSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ManagedPolicySchema, { io: 'input', target: 'draft-4' });
  return {
    ...(toChromeSchema(generated) as Record<string, unknown>),
    description:
      "Profile Coach: the company's social media guidelines, pushed by enterprise policy. See README.md, section Guidelines.",
  };
}

/** How the files are written: stable, diff-friendly. */
export const serializeSchema = (schema: unknown): string => `${JSON.stringify(schema, null, 2)}\n`;
