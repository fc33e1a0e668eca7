/**
 * The brand rules `charte check` enforces, as the charter pages show them: each page rule's id, title and help in
 * French (the checker's own texts, written into rules.generated.ts by `pnpm stories`), and a compliant and one or
 * more non-compliant miniature pages. The same pages are rendered by the stories and checked by the checker in that
 * test: what the page shows as compliant is what `charte check` accepts.
 *
 * This module is read in the browser and in Node: it imports no DOM, no CSS and nothing of the checker.
 */
import { charters } from '@charte/tokens';
import { brandRules } from './rules.generated.ts';

/** A miniature page. */
export interface ExamplePage {
  /** Stable id, `<rule>/<case>`. */
  id: string;
  /** What the page shows, in a few words. */
  caption: string;
  /** Why it complies or not. */
  explanation: string;
  /** The page's `<title>`. */
  title: string;
  /** Whether the page declares the State's favicon. */
  favicon: boolean;
  /** The body's markup. */
  body: string;
  /** The page's background colour, when not the theme's default (a CSS value). */
  background?: string;
}

export interface BrandPageRule {
  id: string;
  /** The checker's French title. */
  title: string;
  /** The checker's French help: what the rule checks. */
  help: string;
  /** The checker's default severity. */
  severity: 'error' | 'warn';
  compliant: ExamplePage;
  nonCompliant: readonly ExamplePage[];
}

export interface BrandAssetRule {
  id: string;
  title: string;
  help: string;
  kinds: readonly ('image' | 'svg' | 'pdf')[];
}

/** A page rule's texts and severity, the checker's (written into rules.generated.ts by `pnpm stories`). */
function pageRuleTexts(id: keyof typeof brandRules): Pick<BrandPageRule, 'id' | 'title' | 'help' | 'severity'> {
  const { title, help, severity } = brandRules[id];
  return { id, title, help, severity };
}

/** The classes of the miniature pages; the pages' stylesheet, in the stories as in the pages checked. */
export const EXAMPLE_CSS = `
.ex-page { margin: 0; font-family: Marianne, arial, sans-serif; font-size: 1rem; line-height: 1.5rem; color: var(--text-default-grey); background-color: var(--background-default-grey); }
.ex-header { display: flex; align-items: center; gap: 1.5rem; padding: 1rem 1.5rem; border-bottom: 1px solid var(--border-default-grey); }
.ex-header--end { justify-content: flex-end; }
.ex-header--tight { gap: 2px; }
.ex-service { margin: 0; font-size: 1.25rem; line-height: 1.75rem; font-weight: 700; color: var(--text-title-grey); }
.ex-content { padding: 1.5rem; }
.ex-content p { margin: 0 0 1rem; }
.ex-title { margin: 0 0 1rem; font-size: 1.5rem; line-height: 2rem; font-weight: 700; color: var(--text-title-grey); }
.ex-title--blue { color: var(--text-title-blue-france); }
.ex-link { color: var(--text-action-high-blue-france); }
.ex-callout p { margin: 0; }
.ex-callout { padding: 1rem 1.5rem; border-left: 4px solid var(--border-default-blue-france); background-color: var(--background-contrast-grey); }
.ex-banner { padding: 1rem 1.5rem; background-color: #8b008b; color: #ffffff; font-weight: 700; }
.ex-quote { font-family: Spectral, georgia, serif; font-size: 1.25rem; line-height: 2rem; }
.ex-mono { font-family: "Courier New", monospace; }
.ex-footer { padding: 1.5rem; border-top: 2px solid var(--border-plain-grey); font-size: 0.875rem; }
.ex-footer p { margin: 0 0 0.5rem; }
`;

const SITE = 'Mon service';
const TITLE = `Démarches - ${SITE}`;
const CONTENT = '<div class="ex-content"><p>Faire sa demande en ligne, suivre son dossier.</p></div>';

/** A bloc-marque as a header holds it: linked to the home page, with the site's name in its title. */
const BLOC = `<charte-bloc-marque size="sm" href="#" site-name="${SITE}"></charte-bloc-marque>`;
const SERVICE = `<p class="ex-service">${SITE}</p>`;

/** A page of the example: defaults for what it does not say. */
const page = (example: Omit<ExamplePage, 'title' | 'favicon'> & Partial<ExamplePage>): ExamplePage => ({
  title: TITLE,
  favicon: true,
  ...example,
});

const { minHeightPx } = charters.etat!.thresholds.blocMarque;
/** Under the minimum: a Marianne block two thirds of the minimum height. */
const tooSmall = Math.floor((minHeightPx * 2) / 3);
const etat = charters.etat!.intitule;

const LONG_TITLE = `Demande de carte nationale d’identité et de passeport en ligne - ${SITE} - République française`;

export const brandPageRules: readonly BrandPageRule[] = [
  {
    ...pageRuleTexts('brand/bloc-marque'),
    compliant: page({
      id: 'bloc-marque/ok',
      caption: 'Bloc-marque en haut à gauche de l’en-tête',
      explanation: 'À sa taille d’en-tête, avec sa zone de protection libre et l’intitulé de la charte.',
      body: `<header class="ex-header">${BLOC}${SERVICE}</header>${CONTENT}`,
    }),
    nonCompliant: [
      page({
        id: 'bloc-marque/absent',
        caption: 'Pas de bloc-marque dans l’en-tête',
        explanation: 'L’en-tête ne porte que le nom du site : on ne sait pas que l’État parle.',
        body: `<header class="ex-header">${SERVICE}</header>${CONTENT}`,
      }),
      page({
        id: 'bloc-marque/right',
        caption: 'Bloc-marque à droite',
        explanation: 'Le bloc-marque se place toujours en haut à gauche.',
        body: `<header class="ex-header ex-header--end">${SERVICE}${BLOC}</header>${CONTENT}`,
      }),
      page({
        id: 'bloc-marque/too-small',
        caption: 'Bloc-marque trop petit',
        explanation: `Le pavé Marianne mesure ${tooSmall} px de haut, sous le minimum de ${minHeightPx} px de la charte.`,
        body: `<header class="ex-header"><charte-bloc-marque size="sm" href="#" site-name="${SITE}" style="--charte-bloc-marque-unit: ${tooSmall}px"></charte-bloc-marque>${SERVICE}</header>${CONTENT}`,
      }),
      page({
        id: 'bloc-marque/clear-space',
        caption: 'Zone de protection envahie',
        explanation: 'Le nom du site touche le bloc-marque : la marge d’une hauteur de pavé Marianne n’est pas libre.',
        body: `<header class="ex-header ex-header--tight">${BLOC}${SERVICE}</header>${CONTENT}`,
      }),
      page({
        id: 'bloc-marque/intitule',
        caption: 'Intitulé recomposé',
        explanation: `«\u00a0${etat.join(' ')}\u00a0» est écrit sur une ligne : les retours à la ligne de l’intitulé sont ceux de la charte.`,
        body: `<header class="ex-header"><charte-bloc-marque size="sm" href="#" site-name="${SITE}" intitule="${etat.join(' ')}"></charte-bloc-marque>${SERVICE}</header>${CONTENT}`,
      }),
    ],
  },
  {
    ...pageRuleTexts('brand/palette'),
    compliant: page({
      id: 'palette/ok',
      caption: 'Couleurs de la palette',
      explanation: 'Textes, fonds et bordures viennent des couleurs de l’État, dans le thème de la page.',
      body: `<div class="ex-content"><p class="ex-title">Vos démarches</p><div class="ex-callout"><p>Les demandes se font en ligne.</p></div></div>`,
    }),
    nonCompliant: [
      page({
        id: 'palette/off-palette',
        caption: 'Une couleur hors palette',
        explanation: 'Le violet du bandeau n’est pas une couleur de l’État, ni proche d’aucune.',
        body: `<div class="ex-banner">Nouveau : la démarche en ligne</div>${CONTENT}`,
      }),
    ],
  },
  {
    ...pageRuleTexts('brand/page-background'),
    compliant: page({
      id: 'page-background/ok',
      caption: 'Fond de page par défaut',
      explanation: 'Blanc en thème clair, le fond sombre par défaut en thème sombre.',
      body: CONTENT,
    }),
    nonCompliant: [
      page({
        id: 'page-background/tinted',
        caption: 'Fond de page teinté',
        explanation: 'Toute la page est sur un fond alternatif : il est réservé à des sections pleine largeur.',
        body: CONTENT,
        background: 'var(--background-alt-blue-ecume)',
      }),
    ],
  },
  {
    ...pageRuleTexts('brand/heading-colour'),
    compliant: page({
      id: 'heading-colour/ok',
      caption: 'Titre dans la couleur des titres',
      explanation: 'Le titre est gris foncé (blanc en thème sombre) ; le Bleu France reste au lien.',
      body: `<div class="ex-content"><h4 class="ex-title">Vos démarches</h4><p><a class="ex-link" href="#">Faire une demande</a></p></div>`,
    }),
    nonCompliant: [
      page({
        id: 'heading-colour/blue',
        caption: 'Titre en Bleu France',
        explanation: 'Le titre a la couleur des liens : on croit pouvoir cliquer dessus.',
        body: `<div class="ex-content"><h4 class="ex-title ex-title--blue">Vos démarches</h4><p><a class="ex-link" href="#">Faire une demande</a></p></div>`,
      }),
    ],
  },
  {
    ...pageRuleTexts('brand/typeface'),
    compliant: page({
      id: 'typeface/ok',
      caption: 'Marianne, et Spectral pour une citation',
      explanation: 'Le texte est en Marianne ; Spectral est permise pour un usage secondaire comme une citation.',
      body: `<div class="ex-content"><p>Les demandes se font en ligne.</p><p class="ex-quote">«\u00a0Un service public simple.\u00a0»</p></div>`,
    }),
    nonCompliant: [
      page({
        id: 'typeface/other',
        caption: 'Une autre police',
        explanation: 'Ce paragraphe est composé dans une police à chasse fixe, qui n’est pas celle de l’État.',
        body: `<div class="ex-content"><p>Les demandes se font en ligne.</p><p class="ex-mono">Un service public simple.</p></div>`,
      }),
    ],
  },
  {
    ...pageRuleTexts('brand/footer'),
    compliant: page({
      id: 'footer/ok',
      caption: 'Le pied de page de l’État',
      explanation: 'Liens institutionnels, mention d’accessibilité, mentions légales et licence : tout y est.',
      body: `<charte-footer accessibility="partial" accessibility-href="#" legal-href="#" privacy-href="#"></charte-footer>`,
    }),
    nonCompliant: [
      page({
        id: 'footer/bare',
        caption: 'Un pied de page maison',
        explanation: 'Ni liens institutionnels, ni mention d’accessibilité, ni licence.',
        body: `<footer class="ex-footer"><p>© ${SITE}</p><p><a class="ex-link" href="#">Mentions légales</a></p></footer>`,
      }),
    ],
  },
  {
    ...pageRuleTexts('brand/favicon'),
    compliant: page({
      id: 'favicon/ok',
      caption: 'Le favicon de l’État',
      explanation: 'L’onglet du navigateur montre le symbole de l’État.',
      body: CONTENT,
    }),
    nonCompliant: [
      page({
        id: 'favicon/none',
        caption: 'Pas de favicon',
        explanation: 'L’onglet montre une icône vide : la page ne déclare pas de favicon.',
        body: CONTENT,
        favicon: false,
      }),
    ],
  },
  {
    ...pageRuleTexts('brand/title'),
    compliant: page({
      id: 'title/ok',
      caption: 'Un titre court',
      explanation: `«\u00a0${TITLE}\u00a0» : ${[...TITLE].length} caractères avec le nom du site.`,
      body: CONTENT,
    }),
    nonCompliant: [
      page({
        id: 'title/long',
        caption: 'Un titre trop long',
        explanation: `«\u00a0${LONG_TITLE}\u00a0» : ${[...LONG_TITLE].length} caractères ; l’onglet le coupe et les résultats de recherche aussi.`,
        body: CONTENT,
        title: LONG_TITLE,
      }),
    ],
  },
];

/** The brand rules on files (images, SVG, PDF): `charte check` audits the assets a site links to or is given. */
export const brandAssetRules: readonly BrandAssetRule[] = Object.entries(brandRules).flatMap(([id, rule]) =>
  rule.kinds.some((kind) => kind === 'page')
    ? []
    : [{ id, title: rule.title, help: rule.help, kinds: rule.kinds as BrandAssetRule['kinds'] }],
);

/** The rule of a page, by id. */
export function brandPageRule(id: string): BrandPageRule {
  const rule = brandPageRules.find((r) => r.id === id);
  if (!rule) throw new Error(`No brand page rule "${id}"`);
  return rule;
}

/** Inline style of a miniature page: its background when it has its own. */
export const pageStyle = (example: ExamplePage) =>
  example.background ? `background-color: ${example.background};` : '';
