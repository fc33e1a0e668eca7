import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';

const inner = (root: ParentNode) => deepQuery(root, 'charte-link >>> a') as HTMLAnchorElement;

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
