import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepQuery, mount, settled } from '../../../test/dom.ts';

const inner = (root: ParentNode) =>
  ((root as Element).localName === 'charte-link'
    ? (root as Element).shadowRoot!.querySelector('a')
    : deepQuery(root, 'charte-link >>> a')) as HTMLAnchorElement;

describe('charte-link', () => {
  it('navigates on click and on Enter', async () => {
    const c = await mount('<charte-link href="#cible">Aller</charte-link>');
    const onClick = vi.fn();
    c.querySelector('charte-link')!.addEventListener('click', onClick);
    await userEvent.click(inner(c));
    expect(location.hash).toBe('#cible');
    history.replaceState(null, '', location.pathname + location.search);
    await userEvent.keyboard('{Enter}');
    expect(location.hash).toBe('#cible');
    expect(onClick).toHaveBeenCalledTimes(2);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('external: target, rel, and "nouvelle fenêtre" in the title, in English "new window"', async () => {
    const c = await mount('<charte-link href="https://example.org" target="_blank">Le site</charte-link>');
    expect(inner(c).target).toBe('_blank');
    expect(inner(c).rel).toBe('noopener');
    expect(inner(c).title).toBe('Le site - nouvelle fenêtre');
    const en = await mount(
      '<p lang="en"><charte-link href="https://example.org" target="_blank">The site</charte-link></p>',
    );
    expect(inner(en).title).toBe('The site - new window');
  });

  it('back to top: #top and "Haut de page", "Back to top" in English', async () => {
    const c = await mount('<charte-link back-to-top></charte-link>');
    expect(inner(c).getAttribute('href')).toBe('#top');
    expect(inner(c).textContent?.trim()).toBe('Haut de page');
    const en = await mount('<div lang="en"><charte-link back-to-top></charte-link></div>');
    expect(inner(en).textContent?.trim()).toBe('Back to top');
  });

  it('download: download attribute, hreflang and details', async () => {
    const c = await mount(
      '<charte-link href="f.pdf" download="" hreflang="en" detail="PDF – 1 Mo - Anglais">Le document</charte-link>',
    );
    expect(inner(c).hasAttribute('download')).toBe(true);
    expect(inner(c).hreflang).toBe('en');
    expect(deepQuery(c, 'charte-link >>> .detail')!.textContent).toBe('PDF – 1 Mo - Anglais');
  });

  it('disabled: no href, aria-disabled', async () => {
    const c = await mount('<charte-link href="#x" disabled>Aller</charte-link>');
    expect(inner(c).hasAttribute('href')).toBe(false);
    expect(inner(c).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('charte-link-group', () => {
  const three =
    '<charte-link href="#a">Un</charte-link><charte-link href="#b">Deux</charte-link><charte-link href="#c">Trois</charte-link>';

  it('is a list whose items are the links, with blue bullets', async () => {
    const c = await mount(`<charte-link-group label="Liens utiles">${three}</charte-link-group>`);
    const list = deepQuery(c, 'charte-link-group >>> .group')!;
    expect(list.getAttribute('role')).toBe('list');
    expect(list.getAttribute('aria-label')).toBe('Liens utiles');
    const links = [...c.querySelectorAll('charte-link')];
    for (const link of links) {
      expect(link.getAttribute('role')).toBe('listitem');
      expect(getComputedStyle(link).display).toBe('list-item');
      expect(getComputedStyle(link, '::marker').color).toBe(getComputedStyle(inner(link)).color);
    }
    // One under the other, 0.5rem apart.
    const [a, b] = links.map((link) => inner(link).getBoundingClientRect());
    expect(b!.top - a!.bottom).toBeCloseTo(8, 0);
  });

  it('the links stay links, each a tab stop', async () => {
    const c = await mount(`<button>avant</button><charte-link-group>${three}</charte-link-group>`);
    c.querySelector('button')!.focus();
    for (const link of c.querySelectorAll('charte-link')) {
      await userEvent.tab();
      expect(link.shadowRoot!.activeElement).toBe(inner(link));
    }
    await userEvent.keyboard('{Enter}');
    expect(location.hash).toBe('#c');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('gives its size to every link, added ones included', async () => {
    const c = await mount(`<charte-link-group size="lg">${three}</charte-link-group>`);
    const group = c.querySelector('charte-link-group')!;
    group.append(Object.assign(document.createElement('charte-link'), { href: '#d', textContent: 'Quatre' }));
    await settled(c);
    for (const link of c.querySelectorAll('charte-link')) {
      expect(link.getAttribute('size')).toBe('lg');
      expect(getComputedStyle(inner(link)).fontSize).toBe('18px');
      expect(link.getAttribute('role')).toBe('listitem');
    }
  });

  it('inline: the links in a row, without bullets', async () => {
    const c = await mount(`<charte-link-group inline>${three}</charte-link-group>`);
    const links = [...c.querySelectorAll('charte-link')];
    expect(getComputedStyle(links[0]!).display).toBe('inline');
    const [a, b] = links.map((link) => inner(link).getBoundingClientRect());
    expect(b!.top).toBe(a!.top);
    expect(b!.left - a!.right).toBeGreaterThanOrEqual(16);
  });
});
