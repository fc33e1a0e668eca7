/** The colour families of the State palette, as DSFR names them, with their role and display names. */
export type FamilyKind = 'primary' | 'neutral' | 'system' | 'illustrative';

export interface Family {
  id: string;
  kind: FamilyKind;
  fr: string;
  en: string;
}

export const families: readonly Family[] = [
  { id: 'blue-france', kind: 'primary', fr: 'Bleu France', en: 'France blue' },
  { id: 'red-marianne', kind: 'primary', fr: 'Rouge Marianne', en: 'Marianne red' },
  { id: 'grey', kind: 'neutral', fr: 'Gris', en: 'Grey' },
  { id: 'info', kind: 'system', fr: 'Information', en: 'Information' },
  { id: 'success', kind: 'system', fr: 'Succès', en: 'Success' },
  { id: 'warning', kind: 'system', fr: 'Avertissement', en: 'Warning' },
  { id: 'error', kind: 'system', fr: 'Erreur', en: 'Error' },
  { id: 'green-tilleul-verveine', kind: 'illustrative', fr: 'Vert tilleul verveine', en: 'Lime-verbena green' },
  { id: 'green-bourgeon', kind: 'illustrative', fr: 'Vert bourgeon', en: 'Bud green' },
  { id: 'green-emeraude', kind: 'illustrative', fr: 'Vert émeraude', en: 'Emerald green' },
  { id: 'green-menthe', kind: 'illustrative', fr: 'Vert menthe', en: 'Mint green' },
  { id: 'green-archipel', kind: 'illustrative', fr: 'Vert archipel', en: 'Archipelago green' },
  { id: 'blue-ecume', kind: 'illustrative', fr: 'Bleu écume', en: 'Foam blue' },
  { id: 'blue-cumulus', kind: 'illustrative', fr: 'Bleu cumulus', en: 'Cumulus blue' },
  { id: 'purple-glycine', kind: 'illustrative', fr: 'Violet glycine', en: 'Wisteria purple' },
  { id: 'pink-macaron', kind: 'illustrative', fr: 'Rose macaron', en: 'Macaron pink' },
  { id: 'pink-tuile', kind: 'illustrative', fr: 'Rose tuile', en: 'Tile pink' },
  { id: 'yellow-tournesol', kind: 'illustrative', fr: 'Jaune tournesol', en: 'Sunflower yellow' },
  { id: 'yellow-moutarde', kind: 'illustrative', fr: 'Jaune moutarde', en: 'Mustard yellow' },
  { id: 'orange-terre-battue', kind: 'illustrative', fr: 'Orange terre battue', en: 'Clay orange' },
  { id: 'brown-cafe-creme', kind: 'illustrative', fr: 'Brun café crème', en: 'Café crème brown' },
  { id: 'brown-caramel', kind: 'illustrative', fr: 'Brun caramel', en: 'Caramel brown' },
  { id: 'brown-opera', kind: 'illustrative', fr: 'Brun opéra', en: 'Opera brown' },
  { id: 'beige-gris-galet', kind: 'illustrative', fr: 'Beige gris galet', en: 'Pebble grey beige' },
];

export const familyIds = families.map((f) => f.id);

/** The colour contexts of DSFR decisions. */
export const decisionContexts = ['background', 'text', 'border', 'artwork'] as const;

const familyAlternation = [...familyIds].sort((a, b) => b.length - a.length).join('|');
const SHADE = '(?:sun-|moon-|main-)?\\d+';

/** `blue-france-sun-113-625-hover` → family, light shade, dark shade, state. */
export const optionPairPattern = new RegExp(`^(${familyAlternation})-(${SHADE})(?:-(${SHADE}))?(?:-(hover|active))?$`);

/** `background-action-high-blue-france-hover` → context, usage, family, state. */
export const decisionPattern = new RegExp(
  `^(${decisionContexts.join('|')})-([a-z-]+?)-(${familyAlternation})(?:-(hover|active))?$`,
);
