import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { deepQuery, mount, parkPointer } from '../../../test/dom.ts';

const IMG = `data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='640' height='360'%3E%3C/svg%3E`;

it('follows the title link when the card is clicked anywhere (enlarged link)', async () => {
  const root = await mount(
    `<charte-card heading="Titre" href="#card-target" description="Une description"><img slot="image" src="${IMG}" alt=""></charte-card>`,
  );
  const card = root.querySelector('charte-card')!;
  const link = deepQuery(root, 'charte-card >>> .title a') as HTMLAnchorElement;
  const clicks: EventTarget[] = [];
  link.addEventListener('click', (event) => {
    clicks.push(event.target!);
    event.preventDefault();
  });
  // A point on the image, far from the title: the link's pseudo-element covers the card.
  const image = card.querySelector('img')!.getBoundingClientRect();
  const hit = card.shadowRoot!.elementFromPoint(image.left + 10, image.top + 10);
  expect(hit).toBe(link);
  await userEvent.click(card.querySelector('img')!, { force: true });
  expect(clicks).toHaveLength(1);
});

it('navigates to the link when the card surface is clicked', async () => {
  history.replaceState(null, '', location.pathname + location.search);
  const root = await mount(`<charte-card heading="Titre" href="#card-clicked" description="Texte"></charte-card>`);
  const card = root.querySelector('charte-card')!;
  const desc = deepQuery(root, 'charte-card >>> .desc')!;
  const box = desc.getBoundingClientRect();
  await page.elementLocator(card).click({ position: { x: 20, y: box.bottom - card.getBoundingClientRect().top } });
  expect(location.hash).toBe('#card-clicked');
  history.replaceState(null, '', location.pathname + location.search);
});

it('keeps only the title clickable with no-enlarge', async () => {
  const root = await mount(
    `<charte-card heading="Titre" href="#x" no-enlarge><img slot="image" src="${IMG}" alt=""></charte-card>`,
  );
  const card = root.querySelector('charte-card')!;
  const image = card.querySelector('img')!.getBoundingClientRect();
  const link = deepQuery(root, 'charte-card >>> .title a');
  expect(card.shadowRoot!.elementFromPoint(image.left + 10, image.top + 10)).not.toBe(link);
});

it('is one tab stop, the title link, named by the title', async () => {
  const root = await mount(
    `<button>avant</button><charte-card heading="Titre de la carte" href="#x" description="Description"></charte-card>`,
  );
  root.querySelector('button')!.focus();
  await userEvent.tab();
  const card = root.querySelector('charte-card')!;
  const active = card.shadowRoot!.activeElement as HTMLAnchorElement;
  expect(active.localName).toBe('a');
  expect(active.textContent).toBe('Titre de la carte');
  expect(active.closest('h3')).not.toBeNull();
});

it('uses the heading level asked for', async () => {
  const root = await mount('<charte-card heading="Titre" heading-level="2" href="#x"></charte-card>');
  expect(deepQuery(root, 'charte-card >>> h2.title')?.textContent).toBe('Titre');
});

it('adds "nouvelle fenêtre" / "new window" to the title of a link opening a new window', async () => {
  let root = await mount('<charte-card heading="Titre" href="#x" target="_blank"></charte-card>');
  let link = deepQuery(root, 'charte-card >>> a')!;
  expect(link.getAttribute('title')).toBe('Titre - nouvelle fenêtre');
  expect(link.getAttribute('rel')).toBe('noopener external');
  root = await mount('<div lang="en"><charte-card heading="Title" href="#x" target="_blank"></charte-card></div>');
  link = deepQuery(root, 'charte-card >>> a')!;
  expect(link.getAttribute('title')).toBe('Title - new window');
});

it('announces a disabled card link as disabled, without href', async () => {
  const root = await mount('<charte-card heading="Titre" disabled></charte-card>');
  const link = deepQuery(root, 'charte-card >>> a')!;
  expect(link.hasAttribute('href')).toBe(false);
  expect(link.getAttribute('aria-disabled')).toBe('true');
  expect(link.getAttribute('role')).toBe('link');
});

it('shows the footer only when it has content', async () => {
  const root = await mount('<charte-card heading="Titre"><a slot="footer" href="#">Action</a></charte-card>');
  expect((deepQuery(root, 'charte-card >>> .footer') as HTMLElement).hidden).toBe(false);
  const empty = await mount('<charte-card heading="Titre"></charte-card>', 'empty');
  expect((deepQuery(empty, 'charte-card >>> .footer') as HTMLElement).hidden).toBe(true);
  empty.remove();
});

describe('with button: the title is a button over the whole card', () => {
  const markup = `<button>avant</button><charte-card heading="Ajouter au panier" button description="Une description"><img slot="image" src="${IMG}" alt=""></charte-card>`;

  it('is one tab stop, a button named by the title, in the heading', async () => {
    const root = await mount(markup);
    root.querySelector('button')!.focus();
    await userEvent.tab();
    const card = root.querySelector('charte-card')!;
    const active = card.shadowRoot!.activeElement as HTMLButtonElement;
    expect(active.localName).toBe('button');
    expect(active.type).toBe('button');
    expect(active.textContent).toBe('Ajouter au panier');
    expect(active.closest('h3')).not.toBeNull();
    expect(card.shadowRoot!.querySelector('a')).toBeNull();
  });

  it('a click anywhere on the card presses the button, and the click reaches the page', async () => {
    const root = await mount(markup);
    const card = root.querySelector('charte-card')!;
    const button = deepQuery(root, 'charte-card >>> .title button')!;
    const targets: EventTarget[] = [];
    const onCard = vi.fn((event: Event) => targets.push(event.composedPath()[0]!));
    const onPage = vi.fn();
    card.addEventListener('click', onCard);
    document.addEventListener('click', onPage);
    const image = card.querySelector('img')!.getBoundingClientRect();
    expect(card.shadowRoot!.elementFromPoint(image.left + 10, image.top + 10)).toBe(button);
    await userEvent.click(card.querySelector('img')!, { force: true });
    const desc = deepQuery(root, 'charte-card >>> .desc')!.getBoundingClientRect();
    await page
      .elementLocator(card)
      .click({ position: { x: 20, y: desc.bottom - card.getBoundingClientRect().top - 4 } });
    document.removeEventListener('click', onPage);
    expect(onCard).toHaveBeenCalledTimes(2);
    expect(onPage).toHaveBeenCalledTimes(2);
    expect(targets).toEqual([button, button]);
  });

  it('Enter and Space press the button', async () => {
    const root = await mount(markup);
    const card = root.querySelector('charte-card')!;
    const onClick = vi.fn();
    card.addEventListener('click', onClick);
    root.querySelector('button')!.focus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('disabled: the button is disabled, neither click nor keys press it', async () => {
    const root = await mount(markup.replace(' button ', ' button disabled '));
    const card = root.querySelector('charte-card')!;
    const button = deepQuery(root, 'charte-card >>> .title button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const onClick = vi.fn();
    card.addEventListener('click', onClick);
    await userEvent.click(card.querySelector('img')!, { force: true });
    root.querySelector('button')!.focus();
    await userEvent.tab();
    expect(card.shadowRoot!.activeElement).toBeNull();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('shows the arrow at the bottom right, and the hover background', async () => {
    const root = await mount(markup);
    const card = root.querySelector('charte-card')!;
    const button = deepQuery(root, 'charte-card >>> .title button')!;
    const arrow = getComputedStyle(button, '::after');
    expect(arrow.content).toBe('""');
    expect(arrow.position).toBe('absolute');
    const box = deepQuery(root, 'charte-card >>> .card')!;
    await parkPointer();
    const idle = getComputedStyle(box).backgroundColor;
    await userEvent.hover(card);
    expect(getComputedStyle(box).backgroundColor).not.toBe(idle);
    await userEvent.unhover(card);
  });
});

it('gives the link the document language (hreflang)', async () => {
  const root = await mount('<charte-card heading="Rapport" href="/r.pdf" download hreflang="en"></charte-card>');
  expect(deepQuery(root, 'charte-card >>> a')!.getAttribute('hreflang')).toBe('en');
});

describe('charte-card assess', () => {
  const sample = new URL('../../../test/assess-sample.pdf', import.meta.url).href;
  const endDetail = (c: HTMLElement) => deepQuery(c, 'charte-card >>> .end .detail')?.textContent;

  it('fills a download card’s end detail from the file: format, weight, language; in English too', async () => {
    const fr = await mount(
      `<charte-card heading="Le rapport" href="${sample}" download assess hreflang="en" end-detail="PDF"></charte-card>`,
    );
    await vi.waitFor(() => expect(endDetail(fr)).toBe('PDF - 1,23 ko - Anglais'));
    const en = await mount(
      `<div lang="en"><charte-card heading="The report" href="${sample}" download assess></charte-card></div>`,
    );
    await vi.waitFor(() => expect(endDetail(en)).toBe('PDF - 1.23 KB'));
  });

  it('keeps the given detail when the request fails; no request without assess or on a card that is not a download', async () => {
    const failing = await mount(
      '<charte-card heading="Le rapport" href="http://127.0.0.1:9/absent.pdf" download assess end-detail="PDF - 2 Mo"></charte-card>',
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(endDetail(failing)).toBe('PDF - 2 Mo');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const plain = await mount(
      `<charte-card heading="Le rapport" href="${sample}" download end-detail="PDF"></charte-card>`,
    );
    const notDownload = await mount(`<charte-card heading="Le rapport" href="${sample}" assess></charte-card>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    expect(endDetail(plain)).toBe('PDF');
    expect(endDetail(notDownload)).toBeUndefined();
  });
});
