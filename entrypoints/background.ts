/** @file Background script. It holds no state and makes no network request; later issues give it storage. */
export default defineBackground({
  // An event page in Firefox MV2, like the MV3 service worker in Chrome: nothing stays in memory.
  persistent: false,
  main() {
    // Intentionally empty for now: the popup talks to the content scripts directly.
  },
});
