import type { PageRule } from '../../model/rule.ts';

/** Says when a page was too large to be read whole, so a clean result is never taken for a full one. */
export const pageLimits: PageRule = {
  meta: {
    id: 'page/limits',
    title: { fr: 'Page lue en entier', en: 'Page read whole' },
    help: {
      fr: 'La page compte plus d’éléments visibles que la limite de lecture : les règles de la marque n’ont vu que les premiers. Les résultats d’accessibilité couvrent toute la page.',
      en: 'The page has more visible elements than the reading limit: the brand rules only saw the first ones. Accessibility results cover the whole page.',
    },
    defaultSeverity: 'warn',
    kinds: ['page'],
    references: [],
  },
  check(page) {
    if (!page.truncated) return [];
    return [
      {
        message: `The page has ${page.elementCount} elements; the brand rules read only the first ${page.elements.length} visible ones, so colours, fonts and the footer below them were not checked.`,
        data: { elementCount: page.elementCount, read: page.elements.length },
      },
    ];
  },
};
