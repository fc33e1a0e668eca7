import { expect, it } from 'vitest';
import { mount } from '../../../test/dom.ts';

const shadow = (container: HTMLElement) => container.querySelector('charte-footer')!.shadowRoot!;
const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

it('has the four institutional links by default, each opening a new window with DSFR’s title', async () => {
  const root = shadow(await mount('<charte-footer></charte-footer>'));
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.content-link')];
  expect(links.map((a) => a.href)).toEqual([
    'https://info.gouv.fr/',
    'https://service-public.gouv.fr/',
    'https://legifrance.gouv.fr/',
    'https://data.gouv.fr/',
  ]);
  for (const a of links) {
    expect(a.target).toBe('_blank');
    expect(a.rel).toContain('noopener');
    expect(a.title).toBe(`${a.textContent?.trim()} - nouvelle fenêtre`);
  }
});

it('states accessibility compliance from the attribute, with the legal links', async () => {
  const root = shadow(
    await mount(
      '<charte-footer accessibility="partial" accessibility-href="/a11y" legal-href="/legal" privacy-href="/rgpd"></charte-footer>',
    ),
  );
  expect(texts(root, '.bottom-link')).toEqual([
    'Accessibilité : partiellement conforme',
    'Mentions légales',
    'Données personnelles et gestion des cookies',
  ]);
  expect([...root.querySelectorAll<HTMLAnchorElement>('.bottom-link')].map((a) => a.getAttribute('href'))).toEqual([
    '/a11y',
    '/legal',
    '/rgpd',
  ]);
});

it('updates the accessibility mention when the attribute changes', async () => {
  const container = await mount('<charte-footer accessibility-href="/a11y"></charte-footer>');
  const footer = container.querySelector('charte-footer')!;
  expect(texts(footer.shadowRoot!, '.bottom-link')).toEqual(['Accessibilité : non conforme']);
  footer.setAttribute('accessibility', 'full');
  await footer.updateComplete;
  expect(texts(footer.shadowRoot!, '.bottom-link')).toEqual(['Accessibilité : totalement conforme']);
});

it('shows the licence line with its link', async () => {
  const root = shadow(await mount('<charte-footer></charte-footer>'));
  expect(texts(root, '.bottom-copy')).toEqual([
    'Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0',
  ]);
  const link = root.querySelector<HTMLAnchorElement>('.bottom-copy a')!;
  expect(link.href).toBe('https://github.com/etalab/licence-ouverte/blob/master/LO.md');
  expect(link.title).toBe('licence etalab-2.0 - nouvelle fenêtre');
});

it('speaks English when lang="en"', async () => {
  const root = shadow(
    await mount(
      '<div lang="en"><charte-footer accessibility="full" accessibility-href="#" legal-href="#" privacy-href="#"></charte-footer></div>',
    ),
  );
  expect(texts(root, '.bottom-link')).toEqual([
    'Accessibility: fully compliant',
    'Legal notice',
    'Personal data and cookies',
  ]);
  expect(texts(root, '.bottom-copy')).toEqual([
    'Unless otherwise stated, all content on this site is under etalab-2.0 licence',
  ]);
  expect(root.querySelector<HTMLAnchorElement>('.content-link')!.title).toBe('info.gouv.fr - new window');
  expect(root.querySelector('charte-bloc-marque')!.shadowRoot!.querySelector('a')!.title).toBe(
    'Back to the home page - République Française',
  );
});

it('links the bloc-marque home, unless an operator logo takes the link', async () => {
  let root = shadow(await mount('<charte-footer home-href="/accueil"></charte-footer>'));
  const link = root.querySelector('charte-bloc-marque')!.shadowRoot!.querySelector('a')!;
  expect(link.getAttribute('href')).toBe('/accueil');
  expect(link.title).toBe('Retour à l’accueil du site - République Française');
  root = shadow(await mount('<charte-footer><a slot="operator" href="/"><img alt="Opérateur"></a></charte-footer>'));
  expect(root.querySelector('charte-bloc-marque')!.hasAttribute('href')).toBe(false);
});

it('takes its description from the attribute or the slot, and its partners from slots', async () => {
  let root = shadow(await mount('<charte-footer description="Un site de l’État"></charte-footer>'));
  expect(texts(root, '.content-desc')).toEqual(['Un site de l’État']);
  expect(root.querySelector<HTMLElement>('.partners')!.hidden).toBe(true);
  const container = await mount(
    '<charte-footer partners-title="Partenaires"><span slot="description">Texte</span><a slot="partners" href="#"><img alt="P"></a></charte-footer>',
  );
  root = shadow(container);
  expect(root.querySelector<HTMLElement>('.content-desc')!.hidden).toBe(false);
  expect(root.querySelector<HTMLElement>('.partners')!.hidden).toBe(false);
  expect(texts(root, '.partners-title')).toEqual(['Partenaires']);
});

it('replaces the institutional links with the content-links slot', async () => {
  const container = await mount(
    '<charte-footer><li slot="content-links"><a href="https://example.org">example.org</a></li></charte-footer>',
  );
  const root = shadow(container);
  expect(root.querySelectorAll('.content-link').length).toBe(4); // fallback content stays in the shadow tree…
  const slot = root.querySelector<HTMLSlotElement>('slot[name="content-links"]')!;
  expect(slot.assignedElements().length).toBe(1); // …but the slotted link is what is shown
  expect(root.querySelector<HTMLElement>('.content-link')!.checkVisibility()).toBe(false);
});

it('shows the navigation band only when columns are given', async () => {
  let root = shadow(await mount('<charte-footer></charte-footer>'));
  expect(root.querySelector<HTMLElement>('.top')!.checkVisibility()).toBe(false);
  const container = await mount(
    '<charte-footer><charte-footer-column slot="top" heading="Rubrique"><a href="#a">Lien A</a></charte-footer-column></charte-footer>',
  );
  root = shadow(container);
  expect(root.querySelector<HTMLElement>('.top')!.checkVisibility()).toBe(true);
  const column = container.querySelector('charte-footer-column')!;
  expect(column.shadowRoot!.querySelector('h2')!.textContent).toBe('Rubrique');
  expect(container.querySelector<HTMLElement>('a[href="#a"]')!.checkVisibility()).toBe(true);
});
