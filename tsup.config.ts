import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    process: 'src/process/index.ts',
    'buying-center': 'src/buying-center/index.ts',
    situation: 'src/situation/index.ts',
    risk: 'src/risk/index.ts',
    analytics: 'src/analytics/index.ts',
    explain: 'src/explain/index.ts',
    crm: 'src/crm/index.ts',
    prospect: 'src/prospect/index.ts',
    // One entry per locale, `buygrid/locales/<tag>`: a catalog as the default export.
    'locales/en': 'src/locales/en.ts',
    'locales/fr': 'src/locales/fr.ts',
    'locales/nl': 'src/locales/nl.ts',
    'locales/el': 'src/locales/el.ts',
    'locales/fa': 'src/locales/fa.ts',
    'locales/sr-Cyrl': 'src/locales/sr-Cyrl.ts',
    'locales/sr-Latn': 'src/locales/sr-Latn.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  treeshake: true,
  splitting: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
});
