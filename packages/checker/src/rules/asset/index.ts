/** Every rule on images, SVG and PDF files. */
import type { AssetRule } from '../../model/rule.ts';
import { blocMarqueRules } from './bloc-marque.ts';
import { rasterPalette, vectorPalette } from './colour.ts';
import { metadataRules } from './metadata.ts';
import { pdfRules } from './pdf.ts';
import { svgRules } from './svg.ts';
import { assetTypeface, pdfFontsEmbedded } from './typeface.ts';

export const assetRules: AssetRule[] = [
  ...blocMarqueRules,
  vectorPalette,
  rasterPalette,
  assetTypeface,
  pdfFontsEmbedded,
  ...pdfRules,
  ...svgRules,
  ...metadataRules,
];
