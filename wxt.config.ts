/** @file WXT build configuration: manifest, least-privilege permissions, Preact. It does not define entrypoints (see entrypoints/). */
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { HOST_PERMISSIONS } from './src/permissions';

export default defineConfig({
  // Icons and _locales live in assets/ and are copied as they are.
  publicDir: 'assets',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // The name is a brand, the same in every language; the description follows the browser's language.
    name: 'Profile Coach',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Host permissions only for the sites we read; no <all_urls>, no tabs, no web_accessible_resources
    // (LinkedIn probes for installed extensions through them).
    host_permissions: [...HOST_PERMISSIONS],
    // storage: the person's done/snoozed marks and checklist answers (src/ui/finding-state.ts). Nothing else.
    permissions: ['storage'],
    action: { default_title: 'Profile Coach' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'profile-coach@profile-coach.dev',
              strict_min_version: '140.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['test/**', '.ci/**', 'docs/**'],
  },
});
