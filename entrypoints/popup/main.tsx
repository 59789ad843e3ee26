/** @file Popup entry: mounts the Preact app on the tab it was opened for. */
import { render } from 'preact';
import { Popup } from '../../src/ui/popup';
import { browserTabs } from '../../src/ui/tabs';

const app = document.getElementById('app');
if (app) render(<Popup tabs={browserTabs(new URL(location.href))} />, app);
