// Written by `pnpm stories` from the checker's rules (packages/checker/src/rules). Do not edit.
/** The checker's brand rules, by id: French title and help, default severity, the targets each reads. */
export const brandRules = {
  'brand/bloc-marque': {
    title: 'Bloc-marque présent, en haut à gauche, lisible et conforme à la charte',
    help: "Le bloc-marque (Marianne, intitulé, devise) figure dans l'en-tête, en haut à gauche, à sa taille minimale au moins, entouré de sa zone de protection ; son intitulé est celui de l'émetteur, avec ses retours à la ligne ; un seul émetteur par page.",
    severity: 'error',
    kinds: ['page'],
  },
  'brand/palette': {
    title: 'Couleurs de la palette de l’État',
    help: 'Chaque couleur de texte, de fond et de bordure visible est une couleur de la palette (écart CIEDE2000 dans la tolérance de la charte), sans mélanger couleurs du thème clair et du thème sombre.',
    severity: 'error',
    kinds: ['page'],
  },
  'brand/page-background': {
    title: 'Fond de page blanc',
    help: 'Le fond de la page est blanc (en thème sombre, le fond par défaut du thème) ; les fonds alternatifs ne couvrent que des sections pleine largeur.',
    severity: 'error',
    kinds: ['page'],
  },
  'brand/heading-colour': {
    title: 'Pas de Bleu France sur les titres',
    help: 'Le Bleu France signale ce qui est cliquable : il ne colore pas un titre qui n’est pas un lien.',
    severity: 'warn',
    kinds: ['page'],
  },
  'brand/typeface': {
    title: 'Marianne et Spectral seulement',
    help: 'Le texte est dessiné en Marianne (Spectral pour les usages secondaires) ; Arial et Georgia ne sont que des polices de repli ; toute autre police est interdite. Les polices vérifiées sont celles que Chromium a réellement utilisées ; le code informatique (code, pre, kbd, samp) garde sa police à chasse fixe.',
    severity: 'error',
    kinds: ['page'],
  },
  'brand/footer': {
    title: 'Pied de page de l’État',
    help: 'Le pied de page porte les liens institutionnels (info.gouv.fr, service-public.gouv.fr, legifrance.gouv.fr, data.gouv.fr), la mention « Accessibilité : non / partiellement / totalement conforme » et la ligne de licence etalab-2.0.',
    severity: 'error',
    kinds: ['page'],
  },
  'brand/favicon': {
    title: 'Favicon officiel',
    help: 'La page déclare le jeu de favicons de l’État (icône SVG, PNG Apple, manifeste), fourni par le DSFR.',
    severity: 'warn',
    kinds: ['page'],
  },
  'brand/title': {
    title: 'Titre de page présent et court',
    help: 'Chaque page a un titre ; avec le nom du site, il tient en 60 caractères.',
    severity: 'warn',
    kinds: ['page'],
  },
  'brand/bloc-marque-present': {
    title: 'Un bloc-marque, un seul',
    help: "Le visuel (la première page d'un document) porte le bloc-marque de l'émetteur, une seule fois : un seul émetteur par support. Le bloc-marque est reconnu dans les pixels par son pavé Marianne. Les SVG (pictogrammes, illustrations) n'en demandent pas, mais n'en portent qu'un ; une règle désactivée par motif de fichiers dans charte.config.json dispense d'autres fichiers.",
    severity: 'error',
    kinds: ['image', 'svg', 'pdf'],
  },
  'brand/bloc-marque-placement': {
    title: 'Bloc-marque en haut à gauche',
    help: "Le bloc-marque occupe la zone de l'émetteur, en haut à gauche, sur tous les supports (le pavé Marianne commence dans le quart gauche de la largeur et le quart haut de la hauteur).",
    severity: 'error',
    kinds: ['image', 'svg', 'pdf'],
  },
  'brand/bloc-marque-size': {
    title: 'Bloc-marque à sa taille minimale au moins',
    help: "Le pavé Marianne mesure au moins la hauteur minimale de la charte à l'écran (12 px, la plus petite taille du DSFR) ; en impression, le bloc-marque a au moins la largeur minimale de la charte en millimètres, à la résolution du fichier.",
    severity: 'error',
    kinds: ['image', 'svg', 'pdf'],
  },
  'brand/clear-space': {
    title: 'Zone de protection du bloc-marque libre',
    help: "Autour du bloc-marque, une marge égale à la hauteur du pavé Marianne (le coefficient de la charte) reste libre : ni texte, ni logo, ni image qui s'y superpose.",
    severity: 'error',
    kinds: ['image', 'svg', 'pdf'],
  },
  'brand/bloc-marque-integrity': {
    title: 'Bloc-marque ni recoloré ni déformé',
    help: 'Le pavé Marianne garde ses couleurs (Bleu France #000091, Rouge Marianne #e1000f ; noir en période de deuil) et ses proportions (2,75 × 1) : ni recoloration, ni étirement, ni effet.',
    severity: 'error',
    kinds: ['image', 'svg', 'pdf'],
  },
  'brand/vector-palette': {
    title: 'Couleurs vectorielles de la palette',
    help: "Chaque couleur écrite dans un SVG (fill, stroke, stop-color…) ou un PDF (opérateurs de couleur) est une couleur de la palette de l'État, à la tolérance ΔE (CIEDE2000) de la charte près.",
    severity: 'error',
    kinds: ['svg', 'pdf'],
  },
  'brand/raster-palette': {
    title: 'Pixels proches de la palette',
    help: 'Dans une image à aplats (affiche, visuel, pictogramme), la part des pixels éloignés de toute couleur de la palette (au-delà de la tolérance ΔE des pixels) ne dépasse pas le seuil de la charte. Les photographies, reconnues à leurs couleurs nombreuses et continues, ne sont pas jugées sur la palette (sauf avec --palette-photos).',
    severity: 'warn',
    kinds: ['image'],
  },
  'brand/asset-typeface': {
    title: 'Textes en Marianne ou Spectral',
    help: "Le texte d'un SVG (font-family) ou d'un PDF (polices du document) est composé en Marianne, ou en Spectral pour les usages secondaires ; Arial et Georgia ne sont que des polices de repli (avertissement) ; toute autre police est interdite.",
    severity: 'error',
    kinds: ['svg', 'pdf'],
  },
} as const;
