import '@charte/tokens/css/all.css';
import '@charte/tokens/css/fonts.css';
import './preview.css';
import '../packages/components/src/index.ts';
import { charters, tokens } from '@charte/tokens';
import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { render } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';
import manifest from '../packages/components/custom-elements.json';
import { setIconBase } from '../packages/components/src/index.ts';
import { toPx } from '../stories/lib/foundations.ts';

setCustomElementsManifest(manifest);
// The icon files are served at /icons (staticDirs in main.ts), relative to the preview so that a static build
// works in any folder.
setIconBase(new URL('icons/', document.baseURI).href);

/** The charter CSS files (`--charte-*` accents), loaded when the charter toolbar picks one. */
const charterCss = import.meta.glob<string>('../packages/tokens/dist/css/charters/*.css', {
  query: '?inline',
  import: 'default',
});

/** Elements that draw a bloc-marque and take a `charter`. */
const BRANDED = 'charte-bloc-marque, charte-header, charte-footer';

/** DSFR's breakpoints, from the tokens: each viewport is the breakpoint's lower bound. */
const viewports = Object.fromEntries([
  ['xs', { name: 'xs (mobile, 375 px)', styles: { width: '375px', height: '812px' }, type: 'mobile' }],
  ...(['sm', 'md', 'lg', 'xl'] as const).map((size) => {
    const width = `${toPx(tokens[`charte-breakpoint-${size}`]!)}px`;
    const type = size === 'sm' ? 'mobile' : size === 'md' ? 'tablet' : 'desktop';
    return [
      size,
      { name: `${size} (${width}, ${tokens[`charte-breakpoint-${size}`]})`, styles: { width, height: '900px' }, type },
    ];
  }),
]);

/**
 * Applies the toolbar's globals to the page (theme, language, mourning, charter) and shows the story on the
 * page background of the theme, as a page using the components would.
 */
const withCharte: Decorator = (story, context) => {
  const { theme = 'light', lang = 'fr', mourning = 'off', charter = '' } = context.globals;
  const root = document.documentElement;
  if (theme === 'system') {
    root.setAttribute('data-fr-scheme', 'system');
    root.removeAttribute('data-fr-theme');
  } else {
    root.setAttribute('data-fr-scheme', theme);
    root.setAttribute('data-fr-theme', theme);
  }
  root.lang = lang;
  root.toggleAttribute('data-fr-mourning', mourning === 'on');
  applyCharterCss(charter);

  const frame = document.createElement('div');
  frame.className = 'charte-story';
  frame.lang = lang;
  const result = story();
  if (typeof result === 'string') {
    const template = document.createElement('template');
    template.innerHTML = result;
    frame.append(template.content);
  } else if (isTemplateResult(result)) {
    render(result, frame);
  } else if (result instanceof Node) {
    frame.append(result);
  }
  if (charter) {
    for (const element of frame.querySelectorAll(BRANDED))
      if (!element.hasAttribute('intitule')) element.setAttribute('charter', charter);
  }
  return frame;
};

function applyCharterCss(charter: string) {
  let style = document.getElementById('charte-charter-css');
  const load = charterCss[`../packages/tokens/dist/css/charters/${charter}.css`];
  if (!load) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = 'charte-charter-css';
    document.head.append(style);
  }
  const target = style;
  load().then((css) => {
    target.textContent = css;
  });
}

const preview: Preview = {
  decorators: [withCharte],
  globalTypes: {
    theme: {
      description: 'Thème (DSFR: data-fr-theme, data-fr-scheme)',
      toolbar: {
        title: 'Thème',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Clair', icon: 'sun' },
          { value: 'dark', title: 'Sombre', icon: 'moon' },
          { value: 'system', title: 'Système', icon: 'browser' },
        ],
        dynamicTitle: true,
      },
    },
    charter: {
      description: 'Charte: l’intitulé de chaque bloc-marque et les accents du ministère',
      toolbar: {
        title: 'Charte',
        icon: 'flag',
        items: [
          { value: '', title: 'Comme écrit dans la story' },
          ...Object.values(charters).map((c) => ({ value: c.id, title: c.shortName || c.name })),
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Langue de la page',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    mourning: {
      description: 'Deuil national (data-fr-mourning): le bloc Marianne en noir',
      toolbar: {
        title: 'Deuil',
        icon: 'eyeclose',
        items: [
          { value: 'off', title: 'Sans deuil' },
          { value: 'on', title: 'Deuil national' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', charter: '', lang: 'fr', mourning: 'off' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    viewport: { options: viewports },
    a11y: {
      // Every story passes axe at WCAG 2.1 A and AA; a violation fails the story's test.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Fondamentaux',
          [
            'Couleurs',
            'Typographie',
            'Espacements',
            'Grille et points de rupture',
            'Arrondis',
            'Élévation',
            'Mouvement',
            'Focus',
            'Icônes',
          ],
          'Charte',
          [
            'Bloc-marque : anatomie',
            'Placement et zone de protection',
            'Usages interdits',
            'Galerie des blocs-marques',
            'Règles de la marque vérifiées par charte check',
          ],
          'Composants',
        ],
      },
    },
  },
};

export default preview;
