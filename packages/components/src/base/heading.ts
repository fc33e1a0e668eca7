import { html, type TemplateResult } from 'lit';

/** The level of a component's title: `h2` to `h6`. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

// One plain template per level (a static tag would bring lit/static-html into every page with a title).
const tags: Record<HeadingLevel, (content: unknown) => TemplateResult> = {
  2: (c) => html`<h2 class="title" part="title">${c}</h2>`,
  3: (c) => html`<h3 class="title" part="title">${c}</h3>`,
  4: (c) => html`<h4 class="title" part="title">${c}</h4>`,
  5: (c) => html`<h5 class="title" part="title">${c}</h5>`,
  6: (c) => html`<h6 class="title" part="title">${c}</h6>`,
};

/** A component's title: a heading of `level` (`h3` for any other value), with class and part `title`. */
export function titleHeading(level: HeadingLevel, content: unknown): TemplateResult {
  return (tags[level] ?? tags[3])(content);
}
