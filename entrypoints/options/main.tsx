/** @file Options page entry: mounts the options page (src/ui/options/options.tsx) in the language of the messages. */
import { render } from 'preact';
import { messageLanguage, t } from '../../src/ui/shared/i18n';
import { Options } from '../../src/ui/options/options';

// Screen readers pronounce the text in the language the browser picked from _locales, not the HTML's default.
document.documentElement.lang = messageLanguage();
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) render(<Options />, app);
