import { describe, expect, it } from 'vitest';
import { minifyCss, minifyCssTemplates } from '../../build/minify-css.ts';

describe('CSS minification of the built styles', () => {
  it('keeps what selectors and values mean', () => {
    expect(
      minifyCss(':host([size="sm"]) ::slotted(a) , .x  > .y {\n  color: var(--a, #fff);\n  margin: 0 auto;\n}'),
    ).toBe(':host([size="sm"]) ::slotted(a),.x > .y{color:var(--a,#fff);margin:0 auto}');
    expect(minifyCss('/* a comment */ a:hover { background: url("data:x;y") }')).toBe(
      'a:hover{background:url("data:x;y")}',
    );
  });

  it('drops leading zeros of numbers only', () => {
    expect(minifyCss('a { margin: 0.5rem 10.5px 0 0.25em; opacity: 0.9 }')).toBe(
      'a{margin:.5rem 10.5px 0 .25em;opacity:.9}',
    );
  });

  it('keeps interpolations, and folds the whitespace of html templates', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: compiled code, as text
    const code = 'const a = css `\n  .a {\n    mask: url("${unsafeCSS(icon)}");\n  }\n`; const b = html`<p>  x  </p>`;';
    expect(minifyCssTemplates(code)).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: compiled code, as text
      'const a = css `.a{mask:url("${unsafeCSS(icon)}")}`; const b = html`<p> x </p>`;',
    );
  });
});
