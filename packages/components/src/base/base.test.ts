import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { mount } from '../../test/dom.ts';
import { CharteElement } from './charte-element.ts';
import { resolveLang, translate } from './i18n.ts';

class Probe extends CharteElement {
  protected override render() {
    return html`<span>${translate({ fr: { hi: 'Bonjour' }, en: { hi: 'Hello' } }, this.resolvedLang, 'hi')}</span>`;
  }
}

describe('CharteElement.define', () => {
  it('registers once, and a second call neither throws nor warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(Probe.define('charte-probe')).toBe(Probe);
    expect(() => Probe.define('charte-probe')).not.toThrow();
    expect(customElements.get('charte-probe')).toBe(Probe);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps a tag registered by another version, with a warning naming both', () => {
    class Other extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('charte-other-version', Other);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Newer extends CharteElement {}
    expect(Newer.define('charte-other-version')).toBe(Other);
    expect(warn.mock.calls[0]?.[0]).toMatch(/charte-other-version.*0\.0\.1/);
    warn.mockRestore();
  });
});

describe('language', () => {
  it('resolves from the closest lang, across shadow roots, French by default', async () => {
    Probe.define('charte-probe');
    const root = await mount('<div lang="en"><div id="host"></div></div><div id="fr-host"></div>');
    const host = root.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<charte-probe></charte-probe>';
    const inner = shadow.querySelector('charte-probe') as Probe;
    await inner.updateComplete;
    expect(inner.shadowRoot!.textContent).toBe('Hello');

    const french = document.createElement('charte-probe') as Probe;
    root.querySelector('#fr-host')!.append(french);
    await french.updateComplete;
    expect(french.shadowRoot!.textContent).toBe('Bonjour');
  });

  it('treats regional and other languages sensibly', () => {
    const el = document.createElement('div');
    el.lang = 'en-GB';
    expect(resolveLang(el)).toBe('en');
    el.lang = 'de';
    expect(resolveLang(el)).toBe('fr');
  });

  it('lets the page override a string', () => {
    expect(translate({ fr: { close: 'Fermer' }, en: { close: 'Close' } }, 'fr', 'close', { close: 'Masquer' })).toBe(
      'Masquer',
    );
  });
});
