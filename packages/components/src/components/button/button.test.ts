import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepQuery, mount } from '../../../test/dom.ts';
import type { CharteButton } from './button.ts';

const inner = (root: ParentNode, selector = 'charte-button') => deepQuery(root, `${selector} >>> .btn`) as HTMLElement;

describe('charte-button', () => {
  it('renders a native button with the label', async () => {
    const c = await mount('<charte-button>Valider</charte-button>');
    const button = inner(c);
    expect(button.localName).toBe('button');
    expect(button.getAttribute('type')).toBe('button');
    expect(c.querySelector('charte-button')!.textContent).toBe('Valider');
  });

  it('fires click once per pointer click, Enter and Space', async () => {
    const c = await mount('<charte-button>Valider</charte-button>');
    const host = c.querySelector('charte-button')!;
    const onClick = vi.fn();
    host.addEventListener('click', onClick);
    await userEvent.click(inner(c));
    expect(onClick).toHaveBeenCalledTimes(1);
    host.focus();
    expect(host.shadowRoot!.activeElement).toBe(inner(c));
    await userEvent.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(2);
    await userEvent.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(3);
  });

  it('does nothing when disabled', async () => {
    const c = await mount('<charte-button disabled>Valider</charte-button>');
    const host = c.querySelector('charte-button')!;
    const onClick = vi.fn();
    host.addEventListener('click', onClick);
    expect(inner(c).hasAttribute('disabled')).toBe(true);
    await userEvent.click(inner(c), { force: true });
    host.click();
    expect(onClick).not.toHaveBeenCalled();
    await userEvent.tab();
    expect(document.activeElement).not.toBe(host);
  });

  it('submits its form, with its name and value', async () => {
    const c = await mount(
      '<form><input name="q" value="mot"><charte-button type="submit" name="action" value="go">Envoyer</charte-button></form>',
    );
    const form = c.querySelector('form')!;
    const submitted = new Promise<FormData>((resolve) =>
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        resolve(new FormData(form));
      }),
    );
    await userEvent.click(inner(c));
    const data = await submitted;
    expect(data.get('q')).toBe('mot');
    expect(data.get('action')).toBe('go');
    expect(new FormData(form).get('action')).toBeNull();
  });

  it('submits with the keyboard too', async () => {
    const c = await mount('<form><charte-button type="submit">Envoyer</charte-button></form>');
    const form = c.querySelector('form')!;
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', onSubmit);
    c.querySelector('charte-button')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => onSubmit.mock.calls.length).toBe(1);
  });

  it('does not submit when a click listener cancels the click', async () => {
    const c = await mount('<form><charte-button type="submit">Envoyer</charte-button><input></form>');
    const form = c.querySelector('form')!;
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    form.addEventListener('submit', onSubmit);
    c.querySelector('charte-button')!.addEventListener('click', (event) => event.preventDefault());
    await userEvent.click(inner(c));
    // Then a click that is not cancelled: only that one submits.
    const button = c.querySelector('charte-button')!;
    const other = await mount('<form id="f2"><charte-button type="submit">Envoyer</charte-button></form>', 'other');
    const onSubmit2 = vi.fn((event: Event) => event.preventDefault());
    other.querySelector('form')!.addEventListener('submit', onSubmit2);
    await userEvent.click(inner(other));
    await expect.poll(() => onSubmit2.mock.calls.length).toBe(1);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(button.isConnected).toBe(true);
    other.remove();
  });

  it('resets its form', async () => {
    const c = await mount(
      '<form><input name="q" value="départ"><charte-button type="reset">Effacer</charte-button></form>',
    );
    const input = c.querySelector('input')!;
    await userEvent.fill(input, 'changé');
    expect(input.value).toBe('changé');
    await userEvent.click(inner(c));
    await expect.poll(() => input.value).toBe('départ');
  });

  it('does not submit when disabled, nor inside a disabled fieldset', async () => {
    const c = await mount(
      '<form><fieldset disabled><charte-button type="submit">Envoyer</charte-button></fieldset><charte-button type="submit" disabled id="b">B</charte-button></form>',
    );
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    c.querySelector('form')!.addEventListener('submit', onSubmit);
    await c.querySelector<CharteButton>('charte-button')!.updateComplete;
    expect(inner(c).hasAttribute('disabled')).toBe(true);
    c.querySelector<HTMLElement>('charte-button')!.click();
    c.querySelector<HTMLElement>('#b')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('is a link when href is set, and navigates', async () => {
    const c = await mount('<charte-button href="#destination">Aller</charte-button>');
    const link = inner(c);
    expect(link.localName).toBe('a');
    expect(link.getAttribute('href')).toBe('#destination');
    await userEvent.click(link);
    expect(location.hash).toBe('#destination');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a disabled link has no href and says it is disabled', async () => {
    const c = await mount('<charte-button href="#x" disabled>Aller</charte-button>');
    const link = inner(c);
    expect(link.hasAttribute('href')).toBe(false);
    expect(link.getAttribute('aria-disabled')).toBe('true');
    expect(link.getAttribute('role')).toBe('link');
  });

  it('an external link opens a new window, said in the title, in the page language', async () => {
    const c = await mount('<charte-button href="https://example.org" target="_blank">Site</charte-button>');
    const link = inner(c);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(link.getAttribute('title')).toBe('Site - nouvelle fenêtre');
    const en = await mount(
      '<div lang="en"><charte-button href="https://example.org" target="_blank">Site</charte-button></div>',
    );
    expect(inner(en).getAttribute('title')).toBe('Site - new window');
  });

  it('an icon-only button keeps an accessible name and a tooltip', async () => {
    const c = await mount(
      '<charte-button icon="checkbox-circle-line" icon-position="only" label="Valider">Valider</charte-button>',
    );
    const button = inner(c);
    expect(button.getAttribute('aria-label')).toBe('Valider');
    expect(button.getAttribute('title')).toBe('Valider');
    expect(button.classList.contains('icon-only')).toBe(true);
    expect(getComputedStyle(button, '::before').maskImage).toMatch(/^url\(/);
  });

  it('reflects kind and size', async () => {
    const c = await mount('<charte-button>A</charte-button>');
    const host = c.querySelector<CharteButton>('charte-button')!;
    host.kind = 'secondary';
    host.size = 'lg';
    await host.updateComplete;
    expect(host.getAttribute('kind')).toBe('secondary');
    expect(host.getAttribute('size')).toBe('lg');
    expect(getComputedStyle(inner(c)).minHeight).toBe('48px');
  });
});

describe('charte-button-group', () => {
  it('gives its size and icon position to its buttons', async () => {
    const c = await mount(
      '<charte-button-group size="sm" icon-position="right"><charte-button icon="checkbox-circle-line">A</charte-button><charte-button>B</charte-button></charte-button-group>',
    );
    const [a, b] = c.querySelectorAll('charte-button');
    expect(a!.getAttribute('size')).toBe('sm');
    expect(a!.getAttribute('icon-position')).toBe('right');
    expect(b!.getAttribute('size')).toBe('sm');
  });

  it('equisized: every button as wide as the widest', async () => {
    const c = await mount(
      '<charte-button-group inline equisized><charte-button>Court</charte-button><charte-button>Un libellé bien plus long</charte-button></charte-button-group>',
    );
    const [a, b] = [inner(c, 'charte-button:nth-child(1)'), inner(c, 'charte-button:nth-child(2)')];
    await expect
      .poll(() => Math.round(a.getBoundingClientRect().width))
      .toBe(Math.round(b.getBoundingClientRect().width));
    expect(a.getBoundingClientRect().width).toBeGreaterThan(150);
  });
});
