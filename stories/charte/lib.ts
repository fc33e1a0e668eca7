/**
 * Helpers of the charter pages: the parts of a live bloc-marque, numbered annotations drawn over a render and
 * kept in place as it changes size, samples in a fixed theme, and the measures read on a rendered bloc-marque.
 */
import './charte.css';
import { palette, type Theme, themes } from '@charte/tokens';
import type { StoryContext } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { marianne } from '../../packages/components/src/generated/logo.ts';

/** What the pages use of `<charte-bloc-marque>`. */
export type BlocMarque = HTMLElement & { updateComplete: Promise<boolean>; readonly lines: string[] };

/** The parts `<charte-bloc-marque>` exposes (its `@csspart`s). */
export type Part = 'brand' | 'logo' | 'marianne' | 'intitule' | 'devise' | 'link';

/** A CSS part of a component, inside its shadow root. */
export function part(host: Element | null | undefined, name: Part): HTMLElement | null {
  return host?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** A template rendered into a new element, to work on its DOM before the story shows it. */
export function mount(template: TemplateResult, className = ''): HTMLElement {
  const host = document.createElement('div');
  if (className) host.className = className;
  render(template, host);
  return host;
}

/** Every `<charte-bloc-marque>` below `root`, rendered. */
export async function blocMarquesOf(root: ParentNode): Promise<BlocMarque[]> {
  const found = [...root.querySelectorAll<BlocMarque>('charte-bloc-marque')];
  await Promise.all(found.map((b) => b.updateComplete));
  return found;
}

/** `12.6` → `12,6`: numbers as French readers write them. */
export const fr = (value: number, digits = 1) =>
  value.toLocaleString('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** The two colours of the Marianne block, from the palette. */
export const tricolour = {
  blue: palette.find((c) => c.name === 'blue-france-sun-113')!,
  red: palette.find((c) => c.name === 'red-marianne-main-472')!,
};

/** The State's symbol as a small square icon (Marianne's profile on the tricolour), like the browser tab's. */
export function faviconStyle(): string {
  return `background-image: url("${marianne}"), linear-gradient(90deg, ${tricolour.blue.value} 50%, ${tricolour.red.value} 50%); background-size: 240% 110%, 100% 100%; background-position: 40% 50%, 0 0; background-repeat: no-repeat;`;
}

/**
 * Classes `doc-theme-light` and `doc-theme-dark`: every colour custom property of @charte/tokens set to that
 * theme's value, so that what they hold (components included: custom properties cross shadow roots) is drawn in
 * that theme whatever the page's.
 */
export function ensureThemeScopes(): void {
  if (document.getElementById('doc-theme-scopes')) return;
  const style = document.createElement('style');
  style.id = 'doc-theme-scopes';
  style.textContent = (Object.keys(themes) as Theme[])
    .map((theme) => {
      const properties = Object.entries(themes[theme]).map(([name, value]) => `--${name}: ${value};`);
      return `.doc-theme-${theme} { color-scheme: ${theme}; ${properties.join(' ')} }`;
    })
    .join('\n');
  document.head.append(style);
}

export interface Annotation {
  /** The number shown, also the legend's. */
  label: string;
  /** The element outlined; looked up again at each placement (shadow roots render late). */
  target: () => Element | null | undefined;
  /** Where the number goes: left of the element (default), above its top left or its top right corner. */
  side?: 'left' | 'top' | 'top-end';
}

/**
 * Outlines each target inside `stage` (a positioned element) with its number, and keeps the outlines on their
 * targets when anything changes size (fonts loading, the viewport, the toolbar). The numbers repeat the legend's,
 * which carries the text: the drawing is hidden from assistive technologies.
 */
export function annotate(stage: HTMLElement, annotations: readonly Annotation[]): void {
  const layer = document.createElement('div');
  layer.className = 'doc-annotations';
  layer.setAttribute('aria-hidden', 'true');
  const boxes = annotations.map((a) => {
    const box = document.createElement('div');
    box.className = `doc-annotation doc-annotation--${a.side ?? 'left'}`;
    box.dataset.annotation = a.label;
    box.hidden = true;
    const badge = document.createElement('span');
    badge.className = 'doc-badge';
    badge.textContent = a.label;
    box.append(badge);
    layer.append(box);
    return box;
  });
  stage.append(layer);

  const observed = new Set<Element>();
  let frame = 0;
  let retries = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(place);
  };
  const observer = new ResizeObserver(schedule);
  function place() {
    if (!stage.isConnected) return;
    const base = stage.getBoundingClientRect();
    let missing = false;
    annotations.forEach((annotation, i) => {
      const box = boxes[i]!;
      const target = annotation.target();
      const rect = target?.getBoundingClientRect();
      if (!target || !rect || (!rect.width && !rect.height)) {
        missing = true;
        box.hidden = true;
        return;
      }
      if (!observed.has(target)) {
        observed.add(target);
        observer.observe(target);
      }
      box.hidden = false;
      box.style.left = `${rect.left - base.left}px`;
      box.style.top = `${rect.top - base.top}px`;
      box.style.width = `${rect.width}px`;
      box.style.height = `${rect.height}px`;
    });
    // A target not rendered yet: look again shortly, for a few seconds at most.
    if (missing && retries++ < 100) setTimeout(schedule, 50);
  }
  observer.observe(stage);
}

/**
 * Runs `update` once `root` is shown and laid out, and again whenever it changes size or the fonts load. `update`
 * returns false while what it reads is not rendered yet: it is tried again at the next frames, for a few seconds.
 */
export function keepUpdated(root: HTMLElement, update: () => boolean): void {
  let frame = 0;
  let tries = 0;
  const run = () => {
    if (!root.isConnected) return;
    if (update()) tries = 0;
    else if (tries++ < 300) frame = requestAnimationFrame(run);
  };
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(run);
  };
  new ResizeObserver(schedule).observe(root);
  document.fonts.ready.then(schedule);
}

/** Sizes of the bloc-marque, as `size` takes them. */
export const SIZES = ['sm', 'md', 'lg'] as const;
export type Size = (typeof SIZES)[number];

/** Measures of a rendered bloc-marque, in CSS pixels. */
export interface Measures {
  marianne: { width: number; height: number };
  intituleFontSize: number;
  devise: { width: number; height: number };
}

/** Reads a rendered bloc-marque's geometry. */
export function measure(bloc: Element): Measures | null {
  const symbol = part(bloc, 'marianne');
  const intitule = part(bloc, 'intitule');
  const devise = part(bloc, 'devise');
  if (!symbol || !intitule || !devise) return null;
  const m = symbol.getBoundingClientRect();
  const d = devise.getBoundingClientRect();
  if (!m.height) return null;
  return {
    marianne: { width: m.width, height: m.height },
    intituleFontSize: Number.parseFloat(getComputedStyle(intitule).fontSize),
    devise: { width: d.width, height: d.height },
  };
}

/** The charter chosen in the toolbar, if any. */
export const toolbarCharter = (context: StoryContext) => String(context.globals.charter ?? '');
