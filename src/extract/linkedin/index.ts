/**
 * @file The LinkedIn readers for everything but the content script (command line, tests, benchmark, readPage):
 * the readers of table.ts with the bundled phrase book set (labels.ts). The content script imports table.ts.
 */
import './labels';

export { LINKEDIN_READERS, linkedInReaders } from './table';
