/** @file Popup entry: mounts the Preact app on the tab it was opened for, in the language of the messages. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { coachingThroughBackground } from '../../src/messaging/coaching';
import { warmBackground } from '../../src/ui/popup/checker';
import { messageLanguage } from '../../src/ui/shared/i18n';
import { Popup } from '../../src/ui/popup/popup';
import { browserTabs } from '../../src/ui/popup/tabs';

// First: the background starts (or loads the guidelines) while the popup asks the page for its report.
warmBackground();
// Screen readers pronounce the text in the language the browser picked from _locales, not the HTML's default.
document.documentElement.lang = messageLanguage();
const app = document.getElementById('app');
// The coaching record (on a colleague's profile only) is the background's to read and write: the popup asks.
const coaching = coachingThroughBackground((request) => browser.runtime.sendMessage(request));
if (app) render(<Popup tabs={browserTabs(new URL(location.href))} coaching={coaching} />, app);
