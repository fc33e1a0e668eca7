import type { PageRule } from '../../model/rule.ts';

/** Text that could not be decoded in the page's declared encoding shows as replacement characters. */
export const pageEncoding: PageRule = {
  meta: {
    id: 'page/encoding',
    title: { fr: 'Texte lisible dans l’encodage déclaré', en: 'Text readable in its declared encoding' },
    help: {
      fr: 'Les octets du texte sont valides dans l’encodage que la page déclare (en-tête Content-Type ou <meta charset>) ; sinon le navigateur affiche des caractères de remplacement (�) et les textes vérifiés, comme l’intitulé, sont faux.',
      en: 'The text’s bytes are valid in the encoding the page declares (Content-Type header or <meta charset>); otherwise the browser shows replacement characters (�) and checked texts such as the intitulé are wrong.',
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [],
  },
  check(page) {
    if (!page.replacementChars) return [];
    const first = page.elements.find((el) => el.text.includes('\uFFFD'));
    return [
      {
        message: `${page.replacementChars} character${page.replacementChars > 1 ? 's' : ''} of the text could not be decoded as ${page.charset} and show as "�"${first ? `, first in "${first.text.slice(0, 60)}"` : ''}: serve the page in the encoding it declares (UTF-8 recommended).`,
        ...(first ? { location: { selector: first.selector, snippet: first.snippet, box: first.box } } : {}),
        data: { charset: page.charset, count: page.replacementChars },
      },
    ];
  },
};
