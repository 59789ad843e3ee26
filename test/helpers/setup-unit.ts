/**
 * @file Unit-test setup: a fresh fake browser, English messages and a clean DOM before each test, and LinkedIn's
 * readers with their bundled phrase book, as everywhere but in the content script (which gets it from the popup).
 */
import '../../src/extract/linkedin/labels';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from './i18n';

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser.reset() leaves i18n alone (it is not mocked at all): set it each time so a test that switched
  // language does not leak into the next one.
  useLocale('en');
});

afterEach(() => {
  cleanup();
});
