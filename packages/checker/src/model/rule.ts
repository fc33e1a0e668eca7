/** The shape of a rule: metadata plus a check that reads a snapshot and returns issues. */
import type { Charter } from '@charte/tokens';
import type { Palette } from '../charter/palette.ts';
import type { Asset } from './asset.ts';
import type { Finding, RuleMeta } from './index.ts';
import type { PageSnapshot } from './page.ts';

/** What a rule reports; the engine adds the rule id and the configured severity. */
export type Issue = Omit<Finding, 'ruleId' | 'severity'> & {
  /** `warn` lowers the configured severity for this issue (e.g. a fallback font, a needs-review). */
  severity?: 'warn';
};

export interface RuleContext {
  charter: Charter;
  palette: Palette;
}

export interface PageRule {
  meta: RuleMeta;
  check(page: PageSnapshot, context: RuleContext): Issue[];
}

/** What an asset rule knows besides the document: the charter, its palette, what the asset is for. */
export interface AssetContext extends RuleContext {
  /** `print` for documents and print files (resolution and sizes in mm checked), `web` for screen assets. */
  use: 'web' | 'print';
  /** Judge photographs on the palette too (by default only flat graphics are). */
  photoPalette?: boolean;
}

export interface AssetRule {
  meta: RuleMeta;
  check(asset: Asset, context: AssetContext): Issue[];
}
