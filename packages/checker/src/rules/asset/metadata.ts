/** What an asset's file says of itself: resolution for print, colour space and weight for the web, credit. */
import type { AssetRule, Issue } from '../../model/rule.ts';

const kb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} kB`;

export const resolution: AssetRule = {
  meta: {
    id: 'asset/resolution',
    title: { fr: 'Résolution suffisante pour l’impression', en: 'Resolution high enough for print' },
    help: {
      fr: "Un fichier destiné à l'impression a au moins la résolution de la charte (300 ppp) à sa taille d'impression : la résolution déclarée d'une image, la résolution effective de chaque image placée dans un PDF.",
      en: 'A file meant for print has at least the charter’s resolution (300 ppi) at its printed size: an image’s declared resolution, the effective resolution of each image placed in a PDF.',
    },
    defaultSeverity: 'error',
    kinds: ['image', 'pdf'],
    references: [{ type: 'charter', id: 'impression', title: 'Fichiers pour l’impression' }],
  },
  check(asset, { use, charter }) {
    if (use !== 'print') return [];
    const min = charter.thresholds.assets.minPrintPpi;
    if (asset.kind === 'image') {
      if (!asset.density)
        return [
          {
            message: `The image gives no resolution: at ${min} ppi its ${asset.width} × ${asset.height} px print at most ${Math.round((asset.width / min) * 25.4)} × ${Math.round((asset.height / min) * 25.4)} mm.`,
            severity: 'warn',
          },
        ];
      return asset.density < min
        ? [
            {
              message: `The image is ${Math.round(asset.density)} ppi: print needs at least ${min} ppi at the printed size.`,
              data: { ppi: asset.density, min },
            },
          ]
        : [];
    }
    if (asset.kind !== 'pdf') return [];
    return asset.images
      .filter((i) => i.ppi < min)
      .map((i) => ({
        message: `An image on page ${i.page} (${i.width} × ${i.height} px) prints at ${Math.round(i.ppi)} ppi: at least ${min} ppi are needed.`,
        location: { page: i.page },
        data: { ppi: Math.round(i.ppi), min },
      }));
  },
};

export const colourSpace: AssetRule = {
  meta: {
    id: 'asset/colour-space',
    title: { fr: 'Espace colorimétrique adapté à l’usage', en: 'Colour space fit for the use' },
    help: {
      fr: "Une image pour l'écran est en RVB (sRGB) : une image CMJN s'affiche avec des couleurs fausses ou pas du tout selon les navigateurs.",
      en: 'An image for screens is RGB (sRGB): a CMYK image shows with wrong colours, or not at all, depending on the browser.',
    },
    defaultSeverity: 'warn',
    kinds: ['image'],
    references: [{ type: 'charter', id: 'couleurs', title: 'Charte: les couleurs' }],
  },
  check(asset, { use }) {
    if (asset.kind !== 'image' || use !== 'web' || asset.space !== 'cmyk') return [];
    return [{ message: 'The image is CMYK: for screens, export it in sRGB.', data: { space: asset.space } }];
  },
};

export const weight: AssetRule = {
  meta: {
    id: 'asset/weight',
    title: { fr: 'Poids raisonnable pour le web', en: 'Reasonable weight for the web' },
    help: {
      fr: 'Une image pour le web ne dépasse pas le poids de la charte (1 Mo par défaut) : au-delà, elle ralentit les pages et coûte aux connexions lentes ou limitées.',
      en: 'An image for the web stays under the charter’s weight (1 MB by default): beyond it, pages slow down and slow or metered connections pay for it.',
    },
    defaultSeverity: 'warn',
    kinds: ['image', 'svg'],
    references: [{ type: 'charter', id: 'web', title: 'Écoconception' }],
  },
  check(asset, { use, charter }) {
    const max = charter.thresholds.assets.maxWebBytes;
    if (use !== 'web' || max == null || asset.bytes <= max) return [];
    return [
      {
        message: `The file weighs ${kb(asset.bytes)}: the budget for the web is ${kb(max)}.`,
        data: { bytes: asset.bytes, max },
      },
    ];
  },
};

export const credit: AssetRule = {
  meta: {
    id: 'asset/credit',
    title: { fr: 'Crédit et droits dans les métadonnées', en: 'Credit and rights in the metadata' },
    help: {
      fr: "Quand la charte l'exige, une image porte son crédit ou ses droits (auteur, crédit, copyright) dans ses métadonnées EXIF, IPTC ou XMP.",
      en: 'When the charter requires it, an image carries its credit or rights (creator, credit, copyright) in its EXIF, IPTC or XMP metadata.',
    },
    defaultSeverity: 'error',
    kinds: ['image'],
    references: [{ type: 'charter', id: 'credits', title: 'Crédits photographiques' }],
  },
  check(asset, { charter }) {
    if (asset.kind !== 'image' || !charter.thresholds.assets.requireCredit) return [];
    const { creator, credit: given, copyright } = asset.rights;
    const issues: Issue[] = [];
    if (!creator && !given && !copyright)
      issues.push({ message: 'The image carries no credit, creator or copyright in its EXIF, IPTC or XMP metadata.' });
    return issues;
  },
};

export const readNotes: AssetRule = {
  meta: {
    id: 'asset/read',
    title: { fr: 'Fichier lu en entier', en: 'File read in full' },
    help: {
      fr: "Ce que la lecture du fichier n'a pas pu faire ou a relevé : pages au-delà de la limite non lues, extension qui ne correspond pas au contenu, contenu réparé.",
      en: 'What reading the file could not do or noticed: pages beyond the limit left unread, an extension that does not match the content, repaired content.',
    },
    defaultSeverity: 'warn',
    kinds: ['image', 'svg', 'pdf'],
    references: [],
  },
  check: (asset) => asset.notes.map((message) => ({ message })),
};

export const metadataRules: AssetRule[] = [resolution, colourSpace, weight, credit, readNotes];
