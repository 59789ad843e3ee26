/** @file The readers as one script for the benchmark page: exposes `readPage` on the page's global object. */
import { readPage } from '../../src/extract';

(globalThis as unknown as { profileCoachReadPage: typeof readPage }).profileCoachReadPage = readPage;
