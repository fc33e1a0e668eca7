/**
 * The brand rules `charte check` enforces on pages: for each, its id, what it checks and miniature pages, one
 * compliant and one or more not. The pages come from brand-rules.ts, which stories/test/brand-rules.test.ts runs
 * through the checker itself.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { type BrandPageRule, brandPageRule, EXAMPLE_CSS, type ExamplePage, pageStyle } from './brand-rules.ts';
import { faviconStyle } from './lib.ts';

export default {
  title: 'Charte/Règles de la marque vérifiées par charte check',
  parameters: { controls: { disable: true } },
} satisfies Meta;

type Story = StoryObj;

const SEVERITY: Record<BrandPageRule['severity'], string> = { error: 'erreur', warn: 'avertissement' };

/** The miniature pages' stylesheet, once in the document. */
function ensureExampleCss() {
  if (document.getElementById('doc-example-css')) return;
  const style = document.createElement('style');
  style.id = 'doc-example-css';
  style.textContent = EXAMPLE_CSS;
  document.head.append(style);
}

/** The page's markup as nodes, to render inside a template. */
function nodesOf(markup: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/** A miniature browser window: the tab (favicon and title), then the page. */
function example(page: ExamplePage, compliant: boolean) {
  const favicon = page.favicon
    ? html`<span class="doc-favicon" role="img" aria-label="Favicon de l’État" style=${faviconStyle()}></span>`
    : html`<span class="doc-favicon doc-favicon--none" role="img" aria-label="Pas de favicon"></span>`;
  return html`<figure class="doc-verdict doc-verdict--${compliant ? 'ok' : 'ko'}" data-example=${page.id}>
    <div class="doc-window">
      <div class="doc-window__tab">${favicon}<span class="doc-window__title">${page.title}</span></div>
      <div class="doc-window__page ex-page" style=${pageStyle(page)}>${nodesOf(page.body)}</div>
    </div>
    <figcaption>
      <charte-badge type=${compliant ? 'success' : 'error'} size="sm">${compliant ? 'Conforme' : 'Non conforme'}</charte-badge>
      <p><strong>${page.caption}</strong>. ${page.explanation}</p>
    </figcaption>
  </figure>`;
}

function ruleView(rule: BrandPageRule) {
  ensureExampleCss();
  return html`<div class="doc-rule__head">
      <p class="doc-rule__title">${rule.title}</p>
      <p>Identifiant <code>${rule.id}</code> · gravité par défaut : <strong>${SEVERITY[rule.severity]}</strong></p>
      <p>${rule.help}</p>
    </div>
    <div class="doc-rule__examples">
      ${example(rule.compliant, true)}${rule.nonCompliant.map((page) => example(page, false))}
    </div>`;
}

/** A rule's story: its texts and its miniature pages, the compliant one's markup as the code to copy. */
function ruleStory(id: string): Story {
  const rule = brandPageRule(id);
  return {
    render: () => ruleView(rule),
    parameters: { docs: { source: { code: rule.compliant.body, language: 'html' } } },
    play: async ({ canvasElement }) => {
      const pages = [rule.compliant, ...rule.nonCompliant];
      const figures = [...canvasElement.querySelectorAll<HTMLElement>('[data-example]')];
      expect(figures.map((f) => f.dataset.example)).toEqual(pages.map((p) => p.id));
      for (const [i, figure] of figures.entries()) {
        const page = pages[i]!;
        // The verdict is written, not only coloured; the tab shows the page's title; the page is rendered.
        expect(figure.querySelector('charte-badge')?.textContent?.trim()).toBe(i === 0 ? 'Conforme' : 'Non conforme');
        expect(figure.querySelector('.doc-window__title')?.textContent).toBe(page.title);
        expect(figure.querySelector('.doc-window__page')?.children.length).toBeGreaterThan(0);
      }
      await Promise.all(
        [
          ...canvasElement.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(
            'charte-bloc-marque, charte-footer',
          ),
        ].map((el) => el.updateComplete),
      );
    },
  };
}

export const BlocMarque = { ...ruleStory('brand/bloc-marque'), name: 'brand/bloc-marque' };
export const Palette = { ...ruleStory('brand/palette'), name: 'brand/palette' };
export const FondDePage = { ...ruleStory('brand/page-background'), name: 'brand/page-background' };
export const CouleurDesTitres = { ...ruleStory('brand/heading-colour'), name: 'brand/heading-colour' };
export const Police = { ...ruleStory('brand/typeface'), name: 'brand/typeface' };
export const PiedDePage = { ...ruleStory('brand/footer'), name: 'brand/footer' };
export const Favicon = { ...ruleStory('brand/favicon'), name: 'brand/favicon' };
export const TitreDePage = { ...ruleStory('brand/title'), name: 'brand/title' };
