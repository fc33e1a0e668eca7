import { describe, expect, it } from 'vitest';
import { mount } from '../../../test/dom.ts';
import type { CharteBlocMarque } from './bloc-marque.ts';

const shadow = (root: HTMLElement) => root.querySelector('charte-bloc-marque')!.shadowRoot!;

describe('charte-bloc-marque', () => {
  it('shows the State intitulé by default, line by line', async () => {
    const root = await mount('<charte-bloc-marque></charte-bloc-marque>');
    expect(
      shadow(root)
        .querySelector('[part~="intitule"]')!
        .innerHTML.replace(/<!--[^>]*-->/g, ''),
    ).toBe('République<br>Française');
  });

  it("takes a ministry's intitulé from its charter id", async () => {
    const root = await mount('<charte-bloc-marque charter="culture"></charte-bloc-marque>');
    expect((root.querySelector('charte-bloc-marque') as CharteBlocMarque).lines).toEqual([
      'Ministère',
      'de la Culture',
    ]);
  });

  it('takes lines given by the page, split on | or <br>', async () => {
    const root = await mount(
      '<charte-bloc-marque intitule="Préfet|de la région&lt;br&gt;Bretagne"></charte-bloc-marque>',
    );
    expect((root.querySelector('charte-bloc-marque') as CharteBlocMarque).lines).toEqual([
      'Préfet',
      'de la région',
      'Bretagne',
    ]);
  });

  it('links home with a title naming the site and the intitulé, in the page language', async () => {
    const root = await mount('<charte-bloc-marque href="/" site-name="Mon service"></charte-bloc-marque>');
    const link = shadow(root).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/');
    expect(link.title).toBe('Accueil - Mon service - République Française');
    const en = await mount('<div lang="en"><charte-bloc-marque href="/"></charte-bloc-marque></div>', 'en');
    expect(shadow(en).querySelector('a')!.title).toBe('Home - République Française');
  });

  it('sizes the Marianne block as DSFR: 33×12, 44×16, 55×20 px', async () => {
    for (const [size, w, h] of [
      ['sm', 33, 12],
      ['md', 44, 16],
      ['lg', 55, 20],
    ] as const) {
      const root = await mount(`<charte-bloc-marque size="${size}"></charte-bloc-marque>`);
      const box = shadow(root).querySelector('[part="marianne"]')!.getBoundingClientRect();
      expect([box.width, box.height]).toEqual([w, h]);
    }
  });

  it('turns the Marianne block black in mourning, from the page or the attribute', async () => {
    document.documentElement.setAttribute('data-fr-mourning', '');
    const root = await mount('<charte-bloc-marque></charte-bloc-marque>');
    document.documentElement.removeAttribute('data-fr-mourning');
    const el = root.querySelector('charte-bloc-marque')!;
    expect(el.hasAttribute('mourning')).toBe(true);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="marianne"]')!).boxShadow).toContain(
      'rgb(255, 255, 255)',
    );
  });

  it('leaves the link to the operator logo when there is one', async () => {
    const root = await mount(
      '<charte-bloc-marque href="/"><a slot="operator" href="/">Opérateur</a></charte-bloc-marque>',
    );
    expect(shadow(root).querySelector('a')).toBeNull();
  });
});
