/** Every rule of the checker, by id. */
import type { RuleMeta } from '../model/index.ts';
import type { PageRule } from '../model/rule.ts';
import { assetRules } from './asset/index.ts';
import { axeRules } from './axe.ts';
import { blocMarque } from './brand/bloc-marque.ts';
import { favicon, footer, titleLength } from './brand/footer.ts';
import { headingColour } from './brand/heading-colour.ts';
import { pageBackground } from './brand/page-background.ts';
import { palette } from './brand/palette.ts';
import { typeface } from './brand/typeface.ts';
import { pageEncoding } from './page/encoding.ts';
import { pageLimits } from './page/limits.ts';
import { nonTextContrast } from './rgaa/non-text-contrast.ts';

export const pageRules: PageRule[] = [
  blocMarque,
  palette,
  pageBackground,
  headingColour,
  typeface,
  footer,
  favicon,
  titleLength,
  nonTextContrast,
  pageEncoding,
  pageLimits,
];

export const allRules: RuleMeta[] = [...pageRules.map((r) => r.meta), ...assetRules.map((r) => r.meta), ...axeRules];

export { assetRules };

export const ruleById = new Map(allRules.map((r) => [r.id, r]));
