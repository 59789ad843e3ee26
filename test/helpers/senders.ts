/**
 * @file Message senders as the browser describes them (runtime.MessageSender), for the background's listener:
 * the extension's own popup (the only sender it answers) and the senders it must refuse. The ids and URLs match
 * WXT's fake browser (`chrome-extension://test-extension-id/`).
 */
const OWN_ID = 'test-extension-id';

/** The popup, as Chrome describes it (opened in a tab by the end-to-end tests, it also has a tab). */
export const POPUP_SENDER = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html`, origin: `chrome-extension://${OWN_ID}` };

export const OPTIONS_SENDER = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html?tab=1`, tab: { id: 4 } };

/** Senders the background must refuse, with why. */
export const HOSTILE_SENDERS = {
  'a web page': { url: 'https://evil.example/', origin: 'https://evil.example', tab: { id: 7 }, frameId: 0 },
  'our own content script on LinkedIn': { id: OWN_ID, url: 'https://www.linkedin.com/in/ada-vermeulen/', tab: { id: 7 }, frameId: 0 },
  'another extension': { id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html' },
  'another extension claiming our id in its URL': {
    id: 'abcdefghijklmnopabcdefghijklmnop',
    url: `chrome-extension://${OWN_ID}/popup.html`,
  },
  'our id from a look-alike origin': { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil.example/popup.html` },
  'no sender at all': {},
} as const;
