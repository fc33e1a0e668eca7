import type { Issue, PageRule } from '../../model/rule.ts';

/** The institutional links of a State site footer, by host. */
export const INSTITUTIONAL_HOSTS = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr'];

const host = (href: string) => {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

export const footer: PageRule = {
  meta: {
    id: 'brand/footer',
    title: { fr: 'Pied de page de l’État', en: 'State footer' },
    help: {
      fr: 'Le pied de page porte les liens institutionnels (info.gouv.fr, service-public.gouv.fr, legifrance.gouv.fr, data.gouv.fr), la mention « Accessibilité : non / partiellement / totalement conforme » et la ligne de licence etalab-2.0.',
      en: 'The footer carries the institutional links (info.gouv.fr, service-public.gouv.fr, legifrance.gouv.fr, data.gouv.fr), the "Accessibilité : non / partiellement / totalement conforme" statement and the etalab-2.0 licence line.',
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [
      {
        type: 'dsfr',
        id: 'footer',
        url: 'https://www.systeme-de-design.gouv.fr/composants-et-modeles/composants/pied-de-page',
      },
    ],
  },
  check(page) {
    if (!page.footer) return [{ message: 'The page has no footer (<footer> or role="contentinfo").' }];
    const location = { selector: page.footer.selector, box: page.footer.box };
    const issues: Issue[] = [];
    const hosts = new Set(page.links.filter((l) => l.inFooter).map((l) => host(l.href)));
    const missing = INSTITUTIONAL_HOSTS.filter((h) => !hosts.has(h));
    if (missing.length) {
      issues.push({
        message: `The footer lacks the institutional link${missing.length > 1 ? 's' : ''} to ${missing.join(', ')}.`,
        location,
        severity: 'warn',
        data: { missing },
      });
    }
    if (!/accessibilit[ée]\s*:\s*(non|partiellement|totalement)/i.test(page.footer.text)) {
      issues.push({
        message:
          'The footer does not state the accessibility status ("Accessibilité : non / partiellement / totalement conforme").',
        location,
        rgaa: [],
      });
    }
    if (!/licence\s+etalab[- ]?2\.0/i.test(page.footer.text)) {
      issues.push({
        message: 'The footer has no licence line ("… sous licence etalab-2.0").',
        location,
        severity: 'warn',
      });
    }
    return issues;
  },
};

export const favicon: PageRule = {
  meta: {
    id: 'brand/favicon',
    title: { fr: 'Favicon officiel', en: 'Official favicon' },
    help: {
      fr: 'La page déclare le jeu de favicons de l’État (icône SVG, PNG Apple, manifeste), fourni par le DSFR.',
      en: 'The page declares the State favicon set (SVG icon, Apple PNG, manifest), supplied by the DSFR.',
    },
    defaultSeverity: 'warn',
    kinds: ['page'],
    references: [{ type: 'dsfr', id: 'favicon' }],
  },
  check(page) {
    if (page.favicons.some((f) => /icon/.test(f.rel))) return [];
    return [{ message: 'The page declares no favicon (<link rel="icon">).', location: { selector: 'head' } }];
  },
};

export const titleLength: PageRule = {
  meta: {
    id: 'brand/title',
    title: { fr: 'Titre de page présent et court', en: 'Page title present and short' },
    help: {
      fr: 'Chaque page a un titre ; avec le nom du site, il tient en 60 caractères.',
      en: 'Every page has a title; with the site name, it fits in 60 characters.',
    },
    defaultSeverity: 'warn',
    kinds: ['page'],
    references: [{ type: 'rgaa', id: '8.5', title: 'Chaque page web a-t-elle un titre de page ?' }],
  },
  check(page) {
    const title = page.title.trim();
    if (!title) return [{ message: 'The page has no title.', location: { selector: 'title' }, rgaa: ['8.5'] }];
    if (title.length > 60) {
      return [
        {
          message: `The page title is ${title.length} characters long (at most 60): "${title}".`,
          location: { selector: 'title' },
          data: { length: title.length },
        },
      ];
    }
    return [];
  },
};
