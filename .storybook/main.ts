import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

/**
 * Storybook of the charter: foundations and charter pages generated from `@charte/tokens`, and every
 * component of `@charte/components` read from its sources. `pnpm storybook` browses it, `pnpm storybook:build`
 * writes the static site to `storybook-static/`.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown in the MDX pages: tables (do and don't, criteria).
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The DSFR icon files, served as the components' icon base (see preview.ts).
  staticDirs: [{ from: '../packages/components/icons', to: '/icons' }],
  docs: { defaultName: 'Documentation' },
  viteFinal: (vite) => ({
    ...vite,
    plugins: [
      ...(vite.plugins ?? []),
      {
        // The components' package declares only its built files as having side effects; read from the sources,
        // their `define` modules (which register the elements) must be kept too.
        name: 'charte-components-side-effects',
        transform(code, id) {
          if (id.includes('/packages/components/src/')) return { code, moduleSideEffects: true, map: null };
          return undefined;
        },
      },
    ],
  }),
};

export default config;
