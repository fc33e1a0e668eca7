/**
 * The bloc-marque on images, SVG and the first page of PDF documents, as found in pixels by the detection
 * (src/vision/detect.ts): present and alone, in the emitter zone (top left), large enough, with its clear
 * space free, neither recoloured nor distorted.
 */
import type { Asset, BlocMarqueMatch } from '../../model/asset.ts';
import type { Reference } from '../../model/index.ts';
import type { AssetRule, Issue } from '../../model/rule.ts';
import { deltaE2000 } from '../../vision/colour.ts';
import { BLEU_FRANCE, ROUGE_MARIANNE } from '../../vision/marianne.ts';

const KINDS: AssetRule['meta']['kinds'] = ['image', 'svg', 'pdf'];
const CHARTER: Reference = { type: 'charter', id: 'bloc-marque', title: 'Charte: le bloc-marque' };
/** The emitter zone: the block starts in the left quarter of the width and the top quarter of the height. */
export const EMITTER_ZONE = 0.25;
/** Largest change of the block's proportions accepted (rounding of a scaled raster). */
export const ASPECT_TOLERANCE = 0.06;

const best = (asset: Asset): BlocMarqueMatch | undefined => asset.blocMarques[0];
const unit = (asset: Asset) => (asset.kind === 'pdf' ? 'pt' : 'px');
const round = (n: number) => Math.round(n * 10) / 10;
const where = (asset: Asset, m: BlocMarqueMatch) => ({ box: m.box, ...(asset.kind === 'pdf' ? { page: 1 } : {}) });
const facts = (m: BlocMarqueMatch) => ({ box: m.box, score: round(m.score * 100) / 100 });

export const blocMarquePresent: AssetRule = {
  meta: {
    id: 'brand/bloc-marque-present',
    title: { fr: 'Un bloc-marque, un seul', en: 'One bloc-marque, only one' },
    help: {
      fr: "Le visuel (la première page d'un document) porte le bloc-marque de l'émetteur, une seule fois : un seul émetteur par support. Le bloc-marque est reconnu dans les pixels par son pavé Marianne. Les SVG (pictogrammes, illustrations) n'en demandent pas, mais n'en portent qu'un ; une règle désactivée par motif de fichiers dans charte.config.json dispense d'autres fichiers.",
      en: 'The visual (the first page of a document) carries the emitter’s bloc-marque, once: one emitter per medium. The bloc-marque is recognised in the pixels by its Marianne block. SVG files (pictograms, illustrations) are not asked for one, but carry one at most; turning the rule off for a file pattern in charte.config.json exempts other files.',
    },
    defaultSeverity: 'error',
    kinds: KINDS,
    references: [CHARTER],
  },
  check(asset) {
    if (!asset.raster) return [];
    const where = asset.kind === 'pdf' ? 'on the first page' : 'in the image';
    // An SVG is usually a pictogram or an illustration: only images and documents must carry one.
    if (asset.blocMarques.length === 0 && asset.kind !== 'svg')
      return [
        { message: `No bloc-marque found ${where}.`, ...(asset.kind === 'pdf' ? { location: { page: 1 } } : {}) },
      ];
    if (asset.blocMarques.length > 1)
      return asset.blocMarques.slice(1).map((m) => ({
        message: `${asset.blocMarques.length} bloc-marques found ${where}: one emitter only (this one at ${m.box.x}, ${m.box.y}).`,
        location: { box: m.box },
        data: facts(m),
      }));
    return [];
  },
};

export const blocMarquePlacement: AssetRule = {
  meta: {
    id: 'brand/bloc-marque-placement',
    title: { fr: 'Bloc-marque en haut à gauche', en: 'Bloc-marque at the top left' },
    help: {
      fr: "Le bloc-marque occupe la zone de l'émetteur, en haut à gauche, sur tous les supports (le pavé Marianne commence dans le quart gauche de la largeur et le quart haut de la hauteur).",
      en: 'The bloc-marque sits in the emitter zone, at the top left, on every medium (the Marianne block starts in the left quarter of the width and the top quarter of the height).',
    },
    defaultSeverity: 'error',
    kinds: KINDS,
    references: [CHARTER],
  },
  check(asset) {
    const m = best(asset);
    if (!m) return [];
    const x = m.box.x / asset.width;
    const y = m.box.y / asset.height;
    if (x <= EMITTER_ZONE && y <= EMITTER_ZONE) return [];
    const side = `${y > 0.5 ? 'bottom' : y > EMITTER_ZONE ? 'middle' : 'top'} ${x > 0.5 ? 'right' : x > EMITTER_ZONE ? 'centre' : 'left'}`;
    return [
      {
        message: `The bloc-marque is at the ${side} (${Math.round(x * 100)} % across, ${Math.round(y * 100)} % down): it belongs at the top left.`,
        location: where(asset, m),
        data: { ...facts(m), across: round(x), down: round(y) },
      },
    ];
  },
};

export const blocMarqueSize: AssetRule = {
  meta: {
    id: 'brand/bloc-marque-size',
    title: { fr: 'Bloc-marque à sa taille minimale au moins', en: 'Bloc-marque at least its minimum size' },
    help: {
      fr: "Le pavé Marianne mesure au moins la hauteur minimale de la charte à l'écran (12 px, la plus petite taille du DSFR) ; en impression, le bloc-marque a au moins la largeur minimale de la charte en millimètres, à la résolution du fichier.",
      en: 'The Marianne block is at least the charter’s minimum height on screen (12 px, DSFR’s smallest size); in print, the bloc-marque is at least the charter’s minimum width in millimetres, at the file’s resolution.',
    },
    defaultSeverity: 'error',
    kinds: KINDS,
    references: [CHARTER],
  },
  check(asset, context) {
    const m = best(asset);
    if (!m) return [];
    const { minHeightPx, minWidthMm } = context.charter.thresholds.blocMarque;
    const issues: Issue[] = [];
    if (context.use === 'web' && asset.kind !== 'pdf' && m.box.height < minHeightPx)
      issues.push({
        message: `The Marianne block is ${round(m.box.height)} px high: the charter asks for at least ${minHeightPx} px.`,
        location: where(asset, m),
        data: { ...facts(m), height: m.box.height, min: minHeightPx },
      });
    if (context.use === 'print' && minWidthMm != null) {
      const width = m.extent?.width ?? m.box.width;
      // PDF boxes are in points; images in pixels at their declared resolution.
      const mm =
        asset.kind === 'pdf'
          ? (width / 72) * 25.4
          : asset.kind === 'image' && asset.density
            ? (width / asset.density) * 25.4
            : undefined;
      if (mm !== undefined && mm < minWidthMm)
        issues.push({
          message: `The bloc-marque is ${round(mm)} mm wide in print: the charter asks for at least ${minWidthMm} mm.`,
          location: where(asset, m),
          data: { ...facts(m), widthMm: round(mm), min: minWidthMm },
        });
    }
    return issues;
  },
};

export const clearSpace: AssetRule = {
  meta: {
    id: 'brand/clear-space',
    title: { fr: 'Zone de protection du bloc-marque libre', en: 'Bloc-marque clear space free' },
    help: {
      fr: "Autour du bloc-marque, une marge égale à la hauteur du pavé Marianne (le coefficient de la charte) reste libre : ni texte, ni logo, ni image qui s'y superpose.",
      en: 'Around the bloc-marque, a margin as wide as the Marianne block is high (the charter’s factor) stays free: no text, logo or picture in it.',
    },
    defaultSeverity: 'error',
    kinds: KINDS,
    references: [CHARTER],
  },
  check(asset) {
    const m = best(asset);
    if (!m?.clearSpace || m.clearSpace.free) return [];
    const [first] = m.clearSpace.intrusions;
    return [
      {
        message: `Something is drawn within the bloc-marque's clear space (${round(m.clearSpace.margin)} ${unit(asset)} around it${first ? `, at ${round(first.x)}, ${round(first.y)}` : ''}).`,
        location: { ...where(asset, m), ...(first ? { box: first } : {}) },
        data: { ...facts(m), margin: m.clearSpace.margin, intrusions: m.clearSpace.intrusions, extent: m.extent },
      },
    ];
  },
};

export const blocMarqueIntegrity: AssetRule = {
  meta: {
    id: 'brand/bloc-marque-integrity',
    title: { fr: 'Bloc-marque ni recoloré ni déformé', en: 'Bloc-marque neither recoloured nor distorted' },
    help: {
      fr: 'Le pavé Marianne garde ses couleurs (Bleu France #000091, Rouge Marianne #e1000f ; noir en période de deuil) et ses proportions (2,75 × 1) : ni recoloration, ni étirement, ni effet.',
      en: 'The Marianne block keeps its colours (Bleu France #000091, Rouge Marianne #e1000f; black in mourning) and its proportions (2.75 × 1): no recolouring, stretching or effect.',
    },
    defaultSeverity: 'error',
    kinds: KINDS,
    references: [CHARTER],
  },
  check(asset, context) {
    const issues: Issue[] = [];
    const tolerance = context.charter.thresholds.deltaERaster;
    for (const m of asset.blocMarques) {
      const left = deltaE2000(m.colours.left, BLEU_FRANCE);
      const right = deltaE2000(m.colours.right, ROUGE_MARIANNE);
      const mourning =
        deltaE2000(m.colours.left, '#000000') <= tolerance && deltaE2000(m.colours.right, '#000000') <= tolerance;
      if ((left > tolerance || right > tolerance) && !mourning)
        issues.push({
          message: `The Marianne block is recoloured: ${m.colours.left} and ${m.colours.right} instead of ${BLEU_FRANCE} and ${ROUGE_MARIANNE} (ΔE ${round(left)} and ${round(right)}, tolerance ${tolerance}).`,
          location: where(asset, m),
          data: { ...facts(m), colours: m.colours, deltaE: { left: round(left), right: round(right) } },
        });
      if (Math.abs(m.aspect - 1) > ASPECT_TOLERANCE)
        issues.push({
          message: `The Marianne block is ${m.aspect > 1 ? 'stretched' : 'squeezed'}: its proportions are ${Math.round(m.aspect * 275) / 100} × 1 instead of 2.75 × 1.`,
          location: where(asset, m),
          data: { ...facts(m), aspect: round(m.aspect * 100) / 100 },
        });
    }
    return issues;
  },
};

export const blocMarqueRules: AssetRule[] = [
  blocMarquePresent,
  blocMarquePlacement,
  blocMarqueSize,
  clearSpace,
  blocMarqueIntegrity,
];
