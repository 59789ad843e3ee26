/**
 * @file The colleague's page entry (an unlisted page, `coaching.html#<colleagueId>`; the list of colleagues without
 * an id): mounts src/ui/coaching/coaching-page.tsx over the IndexedDB coaching store, following the address's fragment.
 */
import { render } from 'preact';
import { applyRetentionQuietly } from '../../src/storage/coaching/retention';
import { openCoachingStore } from '../../src/storage/coaching/store';
import { CoachingPage, colleagueIdOf, recordOf } from '../../src/ui/coaching/coaching-page';
import { messageLanguage, t } from '../../src/ui/shared/i18n';

// Screen readers pronounce the text in the language the browser picked from _locales, not the HTML's default.
document.documentElement.lang = messageLanguage();
document.title = t('colleaguePageTitle');
const store = openCoachingStore();
const app = document.getElementById('app');
/** Bumped to draw the page afresh (read the record again) after retention deleted sessions. */
let generation = 0;
const show = () => {
  const id = colleagueIdOf(location.hash);
  // The database opens while Preact draws the first frame; the page takes up this read.
  if (id) void recordOf(store, id).catch(() => undefined);
  if (app) render(<CoachingPage key={generation} store={store} colleagueId={colleagueIdOf(location.hash)} />, app);
};
window.addEventListener('hashchange', show);
show();
// Sessions past the retention period are deleted whenever records are shown (the background also does it as the
// browser starts); when some were, the page is drawn again without them.
void applyRetentionQuietly(store, new Date()).then((deleted) => {
  if (deleted === 0) return;
  generation += 1;
  show();
});
