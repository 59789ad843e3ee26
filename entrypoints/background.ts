/** @file Background script: welcomes a new user on the options page. It holds no state and makes no network request. */
export default defineBackground({
  // An event page in Firefox MV2, like the MV3 service worker in Chrome: nothing stays in memory.
  persistent: false,
  main() {
    browser.runtime.onInstalled.addListener(({ reason }) => {
      // First install only (not updates): the options page is where a company's guidelines are set up.
      if (reason === 'install') void browser.runtime.openOptionsPage();
    });
  },
});
