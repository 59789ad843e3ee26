/**
 * @file `npm run -s guidelines:schema`: writes the JSON Schemas generated from the zod schemas to
 * docs/guidelines.schema.json (the file format) and assets/managed-schema.json (Chrome's managed storage, copied
 * into the build). A test fails when the committed files are stale. It validates nothing itself.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guidelinesJsonSchema, managedStorageSchema, serializeSchema } from '../guidelines/json-schema';
import { print } from './terminal';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Each generated file, relative to the repository root, and its content. */
export function generatedSchemaFiles(): Array<{ path: string; content: string }> {
  return [
    { path: 'docs/guidelines.schema.json', content: serializeSchema(guidelinesJsonSchema()) },
    { path: 'assets/managed-schema.json', content: serializeSchema(managedStorageSchema()) },
  ];
}

export function main(): number {
  for (const file of generatedSchemaFiles()) {
    const path = join(ROOT, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    print(`wrote ${relative(process.cwd(), path) || path}`);
  }
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = main();
