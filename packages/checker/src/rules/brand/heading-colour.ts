import type { PageRule } from '../../model/rule.ts';
import { deltaE2000, parseColour, toHex } from '../../vision/colour.ts';

const BLEU_FRANCE = ['#000091', '#8585f6'];

export const headingColour: PageRule = {
  meta: {
    id: 'brand/heading-colour',
    title: { fr: 'Pas de Bleu France sur les titres', en: 'No Bleu France on headings' },
    help: {
      fr: 'Le Bleu France signale ce qui est cliquable : il ne colore pas un titre qui n’est pas un lien.',
      en: 'Bleu France tells what can be clicked: it does not colour a heading that is not a link.',
    },
    defaultSeverity: 'warn',
    kinds: ['page'],
    references: [{ type: 'charter', id: 'couleurs', title: 'Charte: les couleurs' }],
  },
  check(page, { charter }) {
    return page.elements
      .filter((el) => el.isHeading && el.text && !el.interactive)
      .flatMap((el) => {
        const c = parseColour(el.color);
        if (!c || c.a === 0) return [];
        const hex = toHex(c);
        if (!BLEU_FRANCE.some((b) => deltaE2000(hex, b) <= charter.thresholds.deltaE)) return [];
        return [
          {
            message: `Heading "${el.text.slice(0, 60)}" is in Bleu France (${hex}), the colour of links.`,
            location: { selector: el.selector, snippet: el.snippet, box: el.box },
            data: { colour: hex },
          },
        ];
      });
  },
};
