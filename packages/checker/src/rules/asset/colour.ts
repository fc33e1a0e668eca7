/** Colours of assets: vector colours (SVG, PDF) exactly from the palette; pixels mostly from it. */
import type { Reference } from '../../model/index.ts';
import type { AssetRule, Issue } from '../../model/rule.ts';

const CHARTER: Reference = { type: 'charter', id: 'couleurs', title: 'Charte: les couleurs' };
const pct = (share: number) => `${Math.round(share * 1000) / 10} %`;

export const vectorPalette: AssetRule = {
  meta: {
    id: 'brand/vector-palette',
    title: { fr: 'Couleurs vectorielles de la palette', en: 'Vector colours from the palette' },
    help: {
      fr: "Chaque couleur écrite dans un SVG (fill, stroke, stop-color…) ou un PDF (opérateurs de couleur) est une couleur de la palette de l'État, à la tolérance ΔE (CIEDE2000) de la charte près.",
      en: 'Every colour written in an SVG (fill, stroke, stop-color…) or a PDF (colour operators) is a colour of the State palette, within the charter’s ΔE (CIEDE2000) tolerance.',
    },
    defaultSeverity: 'error',
    kinds: ['svg', 'pdf'],
    references: [CHARTER],
  },
  check(asset, { palette, charter }) {
    if (asset.kind === 'image') return [];
    const tolerance = charter.thresholds.deltaE;
    const issues: Issue[] = [];
    for (const c of asset.colours) {
      // Pure black and white are the palette's text and background ends in print.
      if (c.hex === '#000000' || c.hex === '#ffffff') continue;
      const match = palette.nearest(c.hex);
      if (match.deltaE <= tolerance) continue;
      const at = c.where.page ? `page ${c.where.page}` : (c.where.selector ?? 'the drawing');
      issues.push({
        message: `${c.property} ${c.hex}${c.cmyk ? ` (CMYK ${c.cmyk.map((v) => Math.round(v * 100)).join('/')})` : ''} at ${at} is not in the palette: nearest ${match.colour.name} ${match.colour.value} at ΔE ${Math.round(match.deltaE * 10) / 10} (tolerance ${tolerance}).`,
        location: {
          ...(c.where.selector ? { selector: c.where.selector } : {}),
          ...(c.where.page ? { page: c.where.page } : {}),
        },
        data: { colour: c.hex, property: c.property, count: c.count, nearest: match.colour.name, deltaE: match.deltaE },
      });
    }
    return issues;
  },
};

export const rasterPalette: AssetRule = {
  meta: {
    id: 'brand/raster-palette',
    title: { fr: 'Pixels proches de la palette', en: 'Pixels close to the palette' },
    help: {
      fr: 'Dans une image à aplats (affiche, visuel, pictogramme), la part des pixels éloignés de toute couleur de la palette (au-delà de la tolérance ΔE des pixels) ne dépasse pas le seuil de la charte. Les photographies, reconnues à leurs couleurs nombreuses et continues, ne sont pas jugées sur la palette (sauf avec --palette-photos).',
      en: 'In a flat graphic (poster, visual, pictogram), the share of pixels far from every palette colour (beyond the pixel ΔE tolerance) stays under the charter’s threshold. Photographs, told apart by their many continuous colours, are not judged on the palette (unless --palette-photos).',
    },
    defaultSeverity: 'warn',
    kinds: ['image'],
    references: [CHARTER],
  },
  check(asset, { charter, photoPalette }) {
    const p = asset.pixels;
    if (!p || (p.photo && !photoPalette) || asset.kind !== 'image') return [];
    const max = charter.thresholds.assets.maxOffPalette;
    if (p.offPalette <= max) return [];
    return [
      {
        message: `${pct(p.offPalette)} of the pixels are far from every palette colour (more than ΔE ${charter.thresholds.deltaERaster}; threshold ${pct(max)}); dominant colours: ${p.dominant
          .slice(0, 5)
          .map((d) => `${d.hex} ${pct(d.share)}`)
          .join(', ')}.`,
        data: { offPalette: p.offPalette, dominant: p.dominant },
      },
    ];
  },
};
