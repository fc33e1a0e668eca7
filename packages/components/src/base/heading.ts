import type { TemplateResult } from 'lit';
import { literal, html as staticHtml } from 'lit/static-html.js';

/** The level of a component's title: `h2` to `h6`. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

const tags = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
} as const;

/** A component's title: a heading of `level` (`h3` for any other value), with class and part `title`. */
export function titleHeading(level: HeadingLevel, content: unknown): TemplateResult {
  const tag = tags[level] ?? tags[3];
  return staticHtml`<${tag} class="title" part="title">${content}</${tag}>`;
}
