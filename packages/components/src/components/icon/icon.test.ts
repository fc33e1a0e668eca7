import { describe, expect, it } from 'vitest';
import { deepQuery, mount } from '../../../test/dom.ts';
import type { CharteIcon } from './icon.ts';

const inner = (root: ParentNode) => deepQuery(root, 'charte-icon >>> .icon') as HTMLElement;

describe('charte-icon', () => {
  it('is decorative by default', async () => {
    const c = await mount('<charte-icon name="arrow-right-line"></charte-icon>');
    expect(inner(c).getAttribute('aria-hidden')).toBe('true');
    expect(inner(c).hasAttribute('role')).toBe(false);
  });

  it('with a label, an image with that name', async () => {
    const c = await mount('<charte-icon name="fr--warning-fill" label="Attention"></charte-icon>');
    expect(inner(c).getAttribute('role')).toBe('img');
    expect(inner(c).getAttribute('aria-label')).toBe('Attention');
    expect(inner(c).hasAttribute('aria-hidden')).toBe(false);
  });

  it('draws the named icon at the DSFR sizes', async () => {
    const c = await mount('<charte-icon name="arrow-right-line"></charte-icon>');
    const icon = c.querySelector<CharteIcon>('charte-icon')!;
    const pseudo = () => getComputedStyle(inner(c), '::before');
    expect(pseudo().maskImage).toMatch(/^url\(/);
    expect(pseudo().width).toBe('24px');
    for (const [size, px] of [
      ['xs', '12px'],
      ['sm', '16px'],
      ['md', '24px'],
      ['lg', '32px'],
    ] as const) {
      icon.size = size;
      await icon.updateComplete;
      expect(pseudo().width).toBe(px);
      expect(pseudo().height).toBe(px);
    }
  });

  it('draws DSFR’s own icons by file name or by DSFR’s class name alike', async () => {
    const c = await mount(
      '<charte-icon name="fr--info-line"></charte-icon><charte-icon name="info-line"></charte-icon>',
    );
    const [byFile, byClass] = [...c.querySelectorAll('charte-icon')].map((icon) => {
      const mask = getComputedStyle(icon.shadowRoot!.querySelector('.icon')!, '::before').maskImage;
      return /^url\("(.+)"\)$/.exec(mask)![1]!;
    });
    const [file, alias] = await Promise.all(
      [byFile, byClass].map(async (url) => {
        const response = await fetch(url!);
        expect(response.ok, url).toBe(true);
        return response.text();
      }),
    );
    expect(alias).toMatch(/^<svg/);
    expect(alias).toBe(file);
  });

  it('takes the text colour', async () => {
    const c = await mount('<p style="color: rgb(200, 0, 0)"><charte-icon name="arrow-right-line"></charte-icon></p>');
    expect(getComputedStyle(inner(c), '::before').backgroundColor).toBe('rgb(200, 0, 0)');
  });
});
