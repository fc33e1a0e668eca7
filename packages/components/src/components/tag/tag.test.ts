import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';
import type { CharteTag } from './tag.ts';

const inner = (root: ParentNode, selector = 'charte-tag') => deepQuery(root, `${selector} >>> .tag`) as HTMLElement;

describe('charte-tag', () => {
  it('static: no interactive element', async () => {
    const c = await mount('<charte-tag>Mot-clé</charte-tag>');
    expect(inner(c).localName).toBe('span');
  });

  it('link: an <a> with the href', async () => {
    const c = await mount('<charte-tag href="#x">Mot-clé</charte-tag>');
    expect(inner(c).localName).toBe('a');
    expect(inner(c).getAttribute('href')).toBe('#x');
  });

  it('clickable: a button that fires click once', async () => {
    const c = await mount('<charte-tag clickable>Mot-clé</charte-tag>');
    const onClick = vi.fn();
    c.querySelector('charte-tag')!.addEventListener('click', onClick);
    expect(inner(c).localName).toBe('button');
    await userEvent.click(inner(c));
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('selectable: click, Space and Enter toggle aria-pressed and fire charte-tag-toggle', async () => {
    const c = await mount('<charte-tag selectable>Mot-clé</charte-tag>');
    const tag = c.querySelector<CharteTag>('charte-tag')!;
    const events: boolean[] = [];
    tag.addEventListener('charte-tag-toggle', (e) => events.push(e.detail.selected));
    expect(inner(c).getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(inner(c));
    await tag.updateComplete;
    expect(inner(c).getAttribute('aria-pressed')).toBe('true');
    expect(tag.selected).toBe(true);
    expect(tag.hasAttribute('selected')).toBe(true);
    await userEvent.keyboard(' ');
    await tag.updateComplete;
    expect(inner(c).getAttribute('aria-pressed')).toBe('false');
    await userEvent.keyboard('{Enter}');
    await tag.updateComplete;
    expect(inner(c).getAttribute('aria-pressed')).toBe('true');
    expect(events).toEqual([true, false, true]);
  });

  it('selectable: a cancelled charte-tag-toggle keeps the state', async () => {
    const c = await mount('<charte-tag selectable>Mot-clé</charte-tag>');
    const tag = c.querySelector<CharteTag>('charte-tag')!;
    tag.addEventListener('charte-tag-toggle', (e) => e.preventDefault());
    await userEvent.click(inner(c));
    await tag.updateComplete;
    expect(inner(c).getAttribute('aria-pressed')).toBe('false');
  });

  it('selectable and disabled: nothing happens', async () => {
    const c = await mount('<charte-tag selectable disabled>Mot-clé</charte-tag>');
    const onToggle = vi.fn();
    c.querySelector('charte-tag')!.addEventListener('charte-tag-toggle', onToggle);
    await userEvent.click(inner(c), { force: true });
    expect(onToggle).not.toHaveBeenCalled();
    expect(inner(c).getAttribute('aria-pressed')).toBe('false');
  });

  it('dismissible: named "Retirer …", in English "Remove …"', async () => {
    const c = await mount('<charte-tag dismissible>Paris</charte-tag>');
    expect(inner(c).getAttribute('aria-label')).toBe('Retirer Paris');
    const en = await mount('<div lang="en"><charte-tag dismissible>Paris</charte-tag></div>');
    expect(inner(en).getAttribute('aria-label')).toBe('Remove Paris');
    const custom = await mount('<charte-tag dismissible dismiss-label="Retirer le filtre Paris">Paris</charte-tag>');
    expect(inner(custom).getAttribute('aria-label')).toBe('Retirer le filtre Paris');
  });

  it('dismissible by pointer: removed, charte-dismiss fired, focus on the next tag', async () => {
    const c = await mount(
      '<charte-tag-group><charte-tag dismissible id="a">A</charte-tag><charte-tag dismissible id="b">B</charte-tag></charte-tag-group>',
    );
    const onDismiss = vi.fn();
    c.addEventListener('charte-dismiss', onDismiss);
    await userEvent.click(inner(c, '#a'));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(c.querySelector('#a')).toBeNull();
    expect(document.activeElement).toBe(c.querySelector('#b'));
  });

  it('dismissible by keyboard: Enter and Space remove it, focus moves to the previous tag at the end', async () => {
    const c = await mount(
      '<charte-tag-group><charte-tag dismissible id="a">A</charte-tag><charte-tag dismissible id="b">B</charte-tag><charte-tag dismissible id="c">C</charte-tag></charte-tag-group>',
    );
    c.querySelector<HTMLElement>('#c')!.focus();
    await userEvent.keyboard('{Enter}');
    expect(c.querySelector('#c')).toBeNull();
    expect(document.activeElement).toBe(c.querySelector('#b'));
    await userEvent.keyboard(' ');
    expect(c.querySelector('#b')).toBeNull();
    expect(document.activeElement).toBe(c.querySelector('#a'));
    await userEvent.keyboard('{Enter}');
    expect(c.querySelector('charte-tag')).toBeNull();
    expect(document.activeElement).toBe(c.querySelector('charte-tag-group'));
  });

  it('dismissible: a cancelled charte-dismiss keeps the tag', async () => {
    const c = await mount('<charte-tag dismissible>A</charte-tag>');
    c.querySelector('charte-tag')!.addEventListener('charte-dismiss', (e) => e.preventDefault());
    await userEvent.click(inner(c));
    expect(c.querySelector('charte-tag')).not.toBeNull();
  });

  it('a disabled link tag has no href', async () => {
    const c = await mount('<charte-tag href="#x" disabled>A</charte-tag>');
    expect(inner(c).hasAttribute('href')).toBe(false);
    expect(inner(c).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('charte-tag-group', () => {
  it('gives its size to its tags', async () => {
    const c = await mount(
      '<charte-tag-group size="sm"><charte-tag>A</charte-tag><charte-tag>B</charte-tag></charte-tag-group>',
    );
    for (const tag of c.querySelectorAll('charte-tag')) expect(tag.getAttribute('size')).toBe('sm');
  });

  it('is a list of its tags, named by its label, tags added later included (RGAA 9.3)', async () => {
    const c = await mount(
      '<charte-tag-group label="Filtres"><charte-tag selectable>Santé</charte-tag><charte-tag href="#culture">Culture</charte-tag></charte-tag-group>',
    );
    const group = c.querySelector('charte-tag-group')!;
    const added = document.createElement('charte-tag');
    added.textContent = 'Sport';
    group.append(added);
    await expect.element(page.getByRole('list', { name: 'Filtres' })).toMatchAriaInlineSnapshot(`
      - list "Filtres":
        - listitem:
          - button "Santé" [pressed=false]
        - listitem:
          - link "Culture":
            - /url: "#culture"
        - listitem: Sport
    `);
  });
});
