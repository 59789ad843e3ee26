/** @file Types of what eslint.config.js exports, for the test of the import directions (test/lint/import-directions.test.ts). */
import type { Linter } from 'eslint';

/** Which folders of ours each folder of src/ may import (eslint.config.js says why, folder by folder). */
export declare const IMPORT_DIRECTIONS: Readonly<Record<string, readonly string[]>>;
declare const config: Linter.Config[];
export default config;
