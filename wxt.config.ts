import { defineConfig } from 'wxt';
import { PORTAL_MATCHES } from './lib/portals/hosts';
import { writeLocaleCatalogs } from './lib/i18n/locale-files';
import { chooseManifestKey } from './lib/release/extension-key';

/**
 * Public key of the extension. It fixes the extension ID to
 * jpjfbjadngbmdbaogppmkenfmebgocdd, which admins name in policy files. An organisation that signs
 * its own CRX sets PCG_EXTENSION_KEY to its own public key (or `none` for a store upload); see
 * docs/deploy/self-hosting.md. The version comes from package.json alone.
 */
const PROJECT_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuAs1z3E4+7ADZIn6T/4QXfm4kMNmtI9VZ7WdacsFzfgZDn1eaDUYDwfEYh7V0yscgvSXOoeZW1tPBIsDznBy48Iv0XC8U8z8POtq1qHCCi+veUdArmsEJ0e0XGCBWnYvM4XL00+N7tSSrx3cFYgmdlthwRqEwbJCtTtIQ01nvJGV+xlUDwYvvGaQ1XBmr3vzxDgxhEiwtrpQLNa2K2wutMCCwVYqAhv6Xm2HgkN8/qXBJ4kZ3OTDTHG9NGcY7AMpAMW/k9g/V10Cus3ud1gAjWCaSADeNZxm9LHqH6fP5LflHiqzAXNTBQ4Jvl6E16fDCi6W+CozLp82ELfMJQTeoQIDAQAB';

const { key: EXTENSION_KEY } = chooseManifestKey(process.env.PCG_EXTENSION_KEY, PROJECT_KEY);

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports keep module boundaries visible to eslint.
  imports: false,
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extName__',
    short_name: 'Partner Context Guard',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    ...(EXTENSION_KEY ? { key: EXTENSION_KEY } : {}),
    permissions: ['storage'],
    host_permissions: PORTAL_MATCHES,
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: '__MSG_extName__' },
    minimum_chrome_version: '120',
    // The overlay's React UI, imported by the content script only in a frame that shows something.
    // The dynamic URL changes every session, so a page cannot probe for the extension with it.
    web_accessible_resources: [{ resources: ['overlay-ui.js'], matches: PORTAL_MATCHES, use_dynamic_url: true }],
  },
  hooks: {
    // Unlisted scripts build as classic scripts; the overlay UI is imported, so it is one ES module
    // whose default export is what its main returns. Library builds leave ES output unminified.
    'vite:build:extendConfig': (entrypoints, config) => {
      const output = config.build?.rollupOptions?.output;
      if (entrypoints[0]?.name !== 'overlay-ui' || !config.build?.lib || !output || Array.isArray(output)) return;
      config.build.lib.formats = ['es'];
      Object.assign(output, { minify: true, codeSplitting: false });
    },
    'build:publicAssets': (_wxt, files) => {
      files.push(...writeLocaleCatalogs());
    },
  },
});
