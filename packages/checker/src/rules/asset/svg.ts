/** SVG files: an accessible name for meaningful images; what was left out as unsafe. */
import type { AssetRule } from '../../model/rule.ts';

export const svgName: AssetRule = {
  meta: {
    id: 'svg/accessible-name',
    title: { fr: 'SVG porteur d’information nommé', en: 'Meaningful SVG named' },
    help: {
      fr: 'Un SVG porteur d\'information a role="img" et un nom accessible (un <title> premier enfant, aria-label ou aria-labelledby) ; un SVG décoratif porte aria-hidden="true". Un SVG qui contient du texte est jugé porteur d\'information.',
      en: 'A meaningful SVG has role="img" and an accessible name (a first-child <title>, aria-label or aria-labelledby); a decorative one has aria-hidden="true". An SVG holding text is taken as meaningful.',
    },
    defaultSeverity: 'error',
    kinds: ['svg'],
    references: [
      { type: 'rgaa', id: '1.1', url: 'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#1.1' },
      { type: 'wcag', id: '1.1.1', title: 'Non-text Content' },
    ],
  },
  check(asset) {
    if (asset.kind !== 'svg' || asset.name.hidden) return [];
    const named = !!(asset.name.title?.trim() || asset.name.ariaLabel?.trim());
    if (named && asset.name.role === 'img') return [];
    if (!named)
      return [
        {
          message: asset.hasText
            ? 'The SVG holds text but has no accessible name (<title>, aria-label): give it one, with role="img".'
            : 'The SVG has no accessible name (<title>, aria-label) and is not marked decorative (aria-hidden="true").',
          rgaa: ['1.1'],
          ...(asset.hasText ? {} : { severity: 'warn' as const }),
        },
      ];
    return [
      {
        message: `The SVG is named "${asset.name.title ?? asset.name.ariaLabel}" but has no role="img": some screen readers then ignore the name.`,
        rgaa: ['1.1'],
        severity: 'warn',
      },
    ];
  },
};

export const svgUnsafe: AssetRule = {
  meta: {
    id: 'svg/unsafe',
    title: { fr: 'SVG sans script ni ressource externe', en: 'SVG without scripts or external resources' },
    help: {
      fr: "Un SVG publié ne contient ni script, ni gestionnaire d'événement, ni entité externe, ni référence à une ressource extérieure (image, police, feuille de style) : ils sont retirés avant l'analyse et signalés, car un navigateur les exécuterait ou les chargerait.",
      en: 'A published SVG holds no script, event handler, external entity or reference to an outside resource (image, font, stylesheet): they are removed before the analysis and reported, as a browser would run or load them.',
    },
    defaultSeverity: 'warn',
    kinds: ['svg'],
    references: [{ type: 'charter', id: 'fichiers', title: 'Fichiers publiés' }],
  },
  check(asset) {
    if (asset.kind !== 'svg') return [];
    return asset.removed.map((r) => ({
      message: `${{ script: 'Script', 'event-handler': 'Event handler', 'external-reference': 'External reference', entity: 'Entity declaration', 'foreign-object': 'foreignObject' }[r.kind]} left out: ${r.detail}.`,
      data: { kind: r.kind },
    }));
  },
};

export const svgRules: AssetRule[] = [svgName, svgUnsafe];
