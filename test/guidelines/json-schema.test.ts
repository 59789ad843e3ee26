/**
 * @file The committed JSON Schemas are the ones the zod schemas generate (run `npm run -s guidelines:schema` when
 * this fails), and the managed-storage schema stays inside what Chrome accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles } from '../../src/cli/write-guidelines-schema';
import { CHROME_SCHEMA_ATTRIBUTES, CHROME_SCHEMA_TYPES, guidelinesJsonSchema, managedStorageSchema } from '../../src/guidelines/json-schema';
import { ManagedPolicySchema } from '../../src/guidelines/managed-policy';
import { GuidelinesSchema } from '../../src/guidelines/schema';
import { ROOT } from '../helpers/fixtures';

/** Every sub-schema of a Chrome policy schema, with where it is. */
function* subSchemas(schema: Record<string, unknown>, where = '(root)'): Generator<[string, Record<string, unknown>]> {
  yield [where, schema];
  for (const [name, sub] of Object.entries((schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {})) {
    yield* subSchemas(sub, `${where}.${name}`);
  }
  if (schema.items) yield* subSchemas(schema.items as Record<string, unknown>, `${where}[]`);
  if (typeof schema.additionalProperties === 'object') yield* subSchemas(schema.additionalProperties as Record<string, unknown>, `${where}{}`);
}

describe('generated JSON Schemas', () => {
  for (const file of generatedSchemaFiles()) {
    it(`${file.path} is up to date (else run: npm run -s guidelines:schema)`, () => {
      expect(readFileSync(join(ROOT, file.path), 'utf8')).toBe(file.content);
    });
  }

  it('describes every top-level section of the guidelines file', () => {
    const schema = guidelinesJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties as object)).toEqual(Object.keys(GuidelinesSchema.shape));
    expect(schema.additionalProperties).toBe(false);
  });

  it('gives Chrome an object schema with only the attributes and types its policy schemas accept', () => {
    const schema = managedStorageSchema();
    expect(schema.type).toBe('object');
    // Chrome refuses these at the top level of a managed schema.
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(schema).not.toHaveProperty('patternProperties');
    for (const [where, sub] of subSchemas(schema)) {
      for (const attribute of Object.keys(sub)) expect(CHROME_SCHEMA_ATTRIBUTES, `${where}: ${attribute}`).toContain(attribute);
      expect(CHROME_SCHEMA_TYPES, `${where}: type`).toContain(sub.type);
    }
  });

  it('lets admins push the guidelines as one text, and lock them', () => {
    expect(managedStorageSchema().properties).toEqual({
      guidelines: { type: 'string', description: expect.stringContaining('YAML or JSON') },
      locked: { type: 'boolean', description: expect.any(String) },
    });
    expect(Object.keys(ManagedPolicySchema.shape)).toEqual(['guidelines', 'locked']);
  });
});
