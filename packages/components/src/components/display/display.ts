import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CharteElement } from '../../base/charte-element.ts';
import { type Strings, translate } from '../../base/i18n.ts';
import { pictograms } from '../../generated/pictograms.ts';
import { shared } from '../../styles/shared.ts';
import { STORAGE_KEY } from './boot.ts';
import { styles } from './display.styles.ts';

type Key = 'legend' | 'light' | 'dark' | 'system' | 'systemHint';

const strings: Strings<Key> = {
  fr: {
    legend: 'Choisissez un thème pour personnaliser l’apparence du site.',
    light: 'Thème clair',
    dark: 'Thème sombre',
    system: 'Système',
    systemHint: 'Utilise les paramètres système',
  },
  en: {
    legend: 'Choose a theme to customise the look of the site.',
    light: 'Light theme',
    dark: 'Dark theme',
    system: 'System',
    systemHint: 'Uses the system settings',
  },
};

/** A scheme the visitor chooses. */
export type Scheme = 'light' | 'dark' | 'system';
/** The theme shown. */
export type Theme = 'light' | 'dark';
/** `charte-scheme-change`'s detail. */
export interface SchemeChangeDetail {
  scheme: Scheme;
  theme: Theme;
}

const SCHEMES: readonly Scheme[] = ['light', 'dark', 'system'];
/** DSFR's pictogram for each choice. */
const PICTOGRAMS = { light: 'sun', dark: 'moon', system: 'system' } as const;
const DARK_QUERY = '(prefers-color-scheme: dark)';

const isScheme = (value: unknown): value is Scheme => SCHEMES.includes(value as Scheme);

/**
 * Display settings, as DSFR's: light, dark or system theme. The choice is applied to `<html>` as DSFR does
 * (`data-fr-scheme` = the choice, `data-fr-theme` = the theme shown; with `system`, the theme follows
 * `prefers-color-scheme`, live) and kept in `localStorage` under DSFR's key `scheme`, so that a page using
 * DSFR's own script reads the same choice. Inline `bootScript` (`@charte/components/boot.js`) in `<head>` to
 * apply it before the first paint.
 *
 * @summary Display settings: light, dark or system theme, applied to the page and remembered.
 *
 * @csspart fieldset - The fieldset.
 * @csspart legend - Its legend.
 * @csspart radio - Each choice's box.
 * @csspart pictogram - Each choice's pictogram box (DSFR's sun, moon and system artwork).
 *
 * @event charte-scheme-change - The visitor chose a scheme; `detail` is `{ scheme, theme }`.
 * @tagname charte-display
 */
export class CharteDisplay extends CharteElement {
  static override styles = [shared, styles];

  /** The scheme chosen: `light`, `dark` or `system`. Read from storage when the element connects. */
  @property({ reflect: true }) scheme: Scheme = 'system';

  /** The legend's text. */
  @property() legend?: string;

  /** Leaves the pictograms out (a narrower setting, e.g. in a side panel). */
  @property({ type: Boolean, reflect: true, attribute: 'no-pictograms' }) noPictograms = false;

  /** The theme shown (light or dark), `system` resolved. */
  @state() private shown: Theme = 'light';

  /** The theme applied: the scheme, or the system's for `system`. */
  get theme(): Theme {
    return this.shown;
  }

  private media?: MediaQueryList;
  private readonly onMedia = () => {
    if (this.scheme === 'system') this.apply();
  };

  override connectedCallback() {
    super.connectedCallback();
    if (typeof window === 'undefined') return;
    this.media = window.matchMedia?.(DARK_QUERY);
    this.media?.addEventListener('change', this.onMedia);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.media?.removeEventListener('change', this.onMedia);
  }

  protected override firstUpdated() {
    // After the first render (which matches the server's), take the stored choice and apply it.
    const stored = readStorage();
    if (stored) this.scheme = stored;
    else {
      const current = document.documentElement.getAttribute('data-fr-scheme');
      if (isScheme(current)) this.scheme = current;
    }
    this.apply();
  }

  protected override updated(changed: Map<PropertyKey, unknown>) {
    if (changed.has('scheme') && changed.get('scheme') !== undefined) this.apply();
  }

  /** Applies the scheme to `<html>`: `data-fr-scheme`, and `data-fr-theme` resolved. */
  private apply() {
    if (typeof document === 'undefined') return;
    const theme: Theme =
      this.scheme === 'system' ? (this.media?.matches ? 'dark' : 'light') : this.scheme === 'dark' ? 'dark' : 'light';
    this.shown = theme;
    const root = document.documentElement;
    root.setAttribute('data-fr-scheme', this.scheme);
    root.setAttribute('data-fr-theme', theme);
  }

  private onChange(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    if (!isScheme(value)) return;
    this.scheme = value;
    writeStorage(value);
    this.apply();
    this.emit<SchemeChangeDetail>('charte-scheme-change', { scheme: value, theme: this.theme });
  }

  protected override render() {
    const lang = this.resolvedLang;
    const t = (key: Key) => translate(strings, lang, key, { legend: this.legend });
    return html`<fieldset part="fieldset">
      <legend part="legend">${t('legend')}</legend>
      ${SCHEMES.map(
        (scheme) => html`<div class="element">
          <div class="radio" part="radio">
            <input
              type="radio"
              id="scheme-${scheme}"
              name="scheme"
              value=${scheme}
              .checked=${this.scheme === scheme}
              @change=${this.onChange}
            />
            <label for="scheme-${scheme}"
              >${t(scheme)}${scheme === 'system' ? html`<span class="hint">${t('systemHint')}</span>` : ''}</label
            >${this.noPictograms ? nothing : pictogram(PICTOGRAMS[scheme])}
          </div>
        </div>`,
      )}
    </fieldset>`;
  }
}

/** DSFR's artwork in its three colours (decorative, minor, major). */
function pictogram(name: keyof typeof pictograms) {
  const { decorative, minor, major } = pictograms[name];
  return html`<div class="pictogram" part="pictogram">
    <svg aria-hidden="true" viewBox="0 0 80 80" width="80" height="80">
      <path class="decorative" d=${decorative}></path>
      <path class="minor" d=${minor}></path>
      <path class="major" d=${major}></path>
    </svg>
  </div>`;
}

function readStorage(): Scheme | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isScheme(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function writeStorage(value: Scheme) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, value);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
}
