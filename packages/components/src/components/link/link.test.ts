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

  it('bordered, with a title above the list', async () => {
    const c = await mount(`<charte-link-group bordered heading="Titre facultatif">${three}</charte-link-group>`);
    const group = c.querySelector('charte-link-group')!;
    const heading = group.shadowRoot!.querySelector('.heading')!;
    expect(heading.textContent).toBe('Titre facultatif');
    expect(heading.compareDocumentPosition(group.shadowRoot!.querySelector('[role=list]')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(getComputedStyle(group).boxShadow).toContain('inset');
    expect(getComputedStyle(heading).fontWeight).toBe('700');
    const plain = await mount(`<charte-link-group>${three}</charte-link-group>`);
    expect(plain.querySelector('charte-link-group')!.shadowRoot!.querySelector('.heading')).toBeNull();
    expect(getComputedStyle(plain.querySelector('charte-link-group')!).boxShadow).toBe('none');
  });
});

describe('charte-link assess', () => {
  const sample = new URL('../../../test/assess-sample.pdf', import.meta.url).href;
  const detail = async (c: HTMLElement, text: string) => {
    await vi.waitFor(() => expect(deepQuery(c, 'charte-link >>> .detail')?.textContent).toBe(text));
  };

  it('fills the details from a HEAD request: format, weight and language, in French and in English', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const c = await mount(`<charte-link href="${sample}" download="" assess>Le document</charte-link>`);
    await detail(c, 'PDF - 1,23 ko');
    expect(fetchSpy).toHaveBeenCalledWith(sample, { method: 'HEAD' });
    fetchSpy.mockRestore();
    const en = await mount(
      `<p lang="en"><charte-link href="${sample}" download="" assess hreflang="fr" detail="PDF">The document</charte-link></p>`,
    );
    await detail(en, 'PDF - 1.23 KB - French');
    const fr = await mount(
      `<charte-link href="${sample}" download="" assess hreflang="en" detail="PDF">Le document</charte-link>`,
    );
    await detail(fr, 'PDF - 1,23 ko - Anglais');
  });

  it('keeps the given details when the request fails, and does not request without assess', async () => {
    const c = await mount(
      '<charte-link href="http://127.0.0.1:9/absent.pdf" download="" assess detail="PDF – 2 Mo">Le document</charte-link>',
    );
    await new Promise((r) => setTimeout(r, 300));
    await settled(c);
    expect(deepQuery(c, 'charte-link >>> .detail')!.textContent).toBe('PDF – 2 Mo');
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const plain = await mount(`<charte-link href="${sample}" download="" detail="PDF">Le document</charte-link>`);
    await settled(plain);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    expect(deepQuery(plain, 'charte-link >>> .detail')!.textContent).toBe('PDF');
  });

  it('formats weights in powers of 1000 with two decimals, and the language', async () => {
    const cases: [string, number, string, string][] = [
      ['/a.pdf', 999, '', 'PDF - 999 octets'],
      ['/a.pdf', 999, 'en', 'PDF - 999 bytes'],
      ['/a.jpg?v=1', 61_880, '', 'JPG - 61,88 ko'],
      ['/a.pdf', 1_812_345, '', 'PDF - 1,81 Mo'],
      ['/a.pdf', 1_200_000, 'en', 'PDF - 1.2 MB'],
      ['/a', 3_000_000_000, 'en', '3 GB'],
    ];
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    for (const [href, bytes, lang, text] of cases) {
      fetchSpy.mockResolvedValueOnce(new Response(null, { headers: { 'content-length': String(bytes) } }));
      const c = await mount(
        `<div lang="${lang || 'fr'}"><charte-link href="${href}" download="" assess>Le document</charte-link></div>`,
      );
      await detail(c, text);
    }
    fetchSpy.mockResolvedValueOnce(new Response(null, { headers: { 'content-length': '2000' } }));
    await detail(
      await mount('<charte-link href="/b.csv" download="" assess hreflang="de">Données</charte-link>'),
      'CSV - 2 ko - Allemand',
    );
    fetchSpy.mockResolvedValueOnce(new Response(null, { status: 404 }));
    const missing = await mount('<charte-link href="/c.pdf" download="" assess detail="PDF">Le document</charte-link>');
    await settled(missing);
    await new Promise((r) => setTimeout(r, 50));
    expect(deepQuery(missing, 'charte-link >>> .detail')!.textContent).toBe('PDF');
    fetchSpy.mockRestore();
  });
});
