import type { PageRule } from '../../model/rule.ts';

/** The State's typefaces, as a family name starts. */
export const BRAND = /^(marianne|spectral)\b/i;
/** Arial and Georgia, and the metric-compatible fonts systems draw in their place. */
const FALLBACK =
  /^(arial|arimo|liberation sans|helvetica|georgia|gelasio|liberation serif|tinos|dejavu sans|dejavu serif)$/i;
/** Families that draw symbols, not text. */
export const IGNORED = /emoji|symbol|dingbats/i;

export const typeface: PageRule = {
  meta: {
    id: 'brand/typeface',
    title: { fr: 'Marianne et Spectral seulement', en: 'Marianne and Spectral only' },
    help: {
      fr: 'Le texte est dessiné en Marianne (Spectral pour les usages secondaires) ; Arial et Georgia ne sont que des polices de repli ; toute autre police est interdite. Les polices vérifiées sont celles que Chromium a réellement utilisées ; le code informatique (code, pre, kbd, samp) garde sa police à chasse fixe.',
      en: 'Text is drawn in Marianne (Spectral for secondary uses); Arial and Georgia are only fallbacks; any other typeface is forbidden. The fonts checked are those Chromium actually drew with; computer code (code, pre, kbd, samp) keeps its monospace face.',
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [{ type: 'charter', id: 'typographie', title: 'Charte: la typographie' }],
  },
  check(page) {
    return page.fonts
      .filter((f) => !BRAND.test(f.family) && !IGNORED.test(f.family))
      .map((f) => {
        const fallback = FALLBACK.test(f.family);
        return {
          message: fallback
            ? `Text is drawn in the fallback font ${f.family} (${f.glyphs} glyphs): Marianne did not load or is not asked for.`
            : `Text is drawn in ${f.family} (${f.glyphs} glyphs), which is not a typeface of the State brand.`,
          location: { selector: f.selector },
          data: { family: f.family, glyphs: f.glyphs, webFont: f.custom },
          ...(fallback ? { severity: 'warn' as const } : {}),
        };
      });
  },
};
