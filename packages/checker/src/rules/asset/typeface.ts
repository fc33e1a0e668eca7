/** Typefaces of SVG text and PDF fonts: Marianne or Spectral (fallbacks tolerated), embedded in PDF. */
import type { FontUse } from '../../model/asset.ts';
import type { AssetRule } from '../../model/rule.ts';
import { BRAND, IGNORED } from '../brand/typeface.ts';

/** Arial and Georgia, and the fonts PDF producers and systems put in their place (PDF names: ArialMT, Helvetica-Bold…). */
const FALLBACK =
  /^(arial|arialmt|arial-?(bold|italic|bolditalic)mt|arimo|liberation ?sans|helvetica|georgia|gelasio|liberation ?serif|tinos|dejavu ?sans|dejavu ?serif|sans-serif|serif)\b/i;

const at = (f: FontUse) => (f.where.page ? `page ${f.where.page}` : (f.where.selector ?? 'the drawing'));
const location = (f: FontUse) => ({
  ...(f.where.selector ? { selector: f.where.selector } : {}),
  ...(f.where.page ? { page: f.where.page } : {}),
});

export const assetTypeface: AssetRule = {
  meta: {
    id: 'brand/asset-typeface',
    title: { fr: 'Textes en Marianne ou Spectral', en: 'Text set in Marianne or Spectral' },
    help: {
      fr: "Le texte d'un SVG (font-family) ou d'un PDF (polices du document) est composé en Marianne, ou en Spectral pour les usages secondaires ; Arial et Georgia ne sont que des polices de repli (avertissement) ; toute autre police est interdite.",
      en: 'Text in an SVG (font-family) or a PDF (the document’s fonts) is set in Marianne, or Spectral for secondary uses; Arial and Georgia are only fallbacks (warning); any other typeface is forbidden.',
    },
    defaultSeverity: 'error',
    kinds: ['svg', 'pdf'],
    references: [{ type: 'charter', id: 'typographie', title: 'Charte: la typographie' }],
  },
  check(asset) {
    if (asset.kind === 'image') return [];
    const seen = new Set<string>();
    return asset.fonts
      .filter((f) => !BRAND.test(f.family) && !IGNORED.test(f.family))
      .filter((f) => !seen.has(f.family.toLowerCase()) && seen.add(f.family.toLowerCase()))
      .map((f) => {
        const fallback = FALLBACK.test(f.family);
        return {
          message: fallback
            ? `Text at ${at(f)} is set in the fallback font ${f.family} ("${f.sample}"): use Marianne.`
            : `Text at ${at(f)} is set in ${f.family} ("${f.sample}"), which is not a typeface of the State brand.`,
          location: location(f),
          data: { family: f.family, sample: f.sample },
          ...(fallback ? { severity: 'warn' as const } : {}),
        };
      });
  },
};

export const pdfFontsEmbedded: AssetRule = {
  meta: {
    id: 'pdf/fonts-embedded',
    title: { fr: 'Polices incorporées au PDF', en: 'Fonts embedded in the PDF' },
    help: {
      fr: 'Chaque police utilisée par le document est incorporée (FontFile, FontFile2 ou FontFile3) : le texte s’affiche et s’imprime comme prévu, et reste lisible par les technologies d’assistance.',
      en: 'Every font the document uses is embedded (FontFile, FontFile2 or FontFile3): text shows and prints as designed and stays readable by assistive technologies.',
    },
    defaultSeverity: 'error',
    kinds: ['pdf'],
    references: [
      { type: 'pdfua', id: '7.21.4.1', title: 'Font programs embedded' },
      { type: 'rgaa', id: '13.3', url: 'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#13.3' },
    ],
  },
  check(asset) {
    if (asset.kind !== 'pdf') return [];
    const seen = new Set<string>();
    return asset.fonts
      .filter((f) => !f.embedded && !seen.has(f.family) && seen.add(f.family))
      .map((f) => ({
        message: `Font ${f.family} (first used at ${at(f)}) is not embedded in the document.`,
        location: location(f),
        rgaa: ['13.3'],
        data: { family: f.family },
      }));
  },
};
