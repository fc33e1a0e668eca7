/** The title link of the card and the tile (DSFR's enlarged link), their details, and their box's classes. */
import { html, nothing } from 'lit';
import { type Lang, type Strings, translate } from '../../base/i18n.ts';
import { iconUrl } from '../../base/icons.ts';

const strings: Strings<'newWindow'> = {
  fr: { newWindow: 'nouvelle fenêtre' },
  en: { newWindow: 'new window' },
};

/** The properties of a card or a tile that its title link is made of. */
export interface TitleLink {
  readonly heading: string;
  readonly href?: string | undefined;
  readonly target?: string | undefined;
  readonly rel?: string | undefined;
  readonly hreflang?: string | undefined;
  readonly disabled: boolean;
  readonly download: boolean;
  /** The title is a `<button>` (DSFR's enlarged button). */
  readonly button?: boolean;
  readonly newWindowLabel?: string | undefined;
}

/** The variants of a card or a tile that styles/enlarge-link.ts draws. */
export interface EnlargeBox extends TitleLink {
  readonly noEnlarge: boolean;
  readonly noArrow: boolean;
  readonly grey: boolean;
  readonly noBorder: boolean;
  readonly noBackground: boolean;
  readonly shadow: boolean;
}

/** The box's classes for styles/enlarge-link.ts. */
export function enlargeClasses(box: EnlargeBox) {
  const linked = !!box.href || box.disabled || !!box.button;
  return {
    linked,
    enlarge: linked && !box.noEnlarge,
    'no-arrow': box.noArrow,
    external: box.target === '_blank',
    download: box.download,
    grey: box.grey,
    'no-border': box.noBorder,
    'no-background': box.noBackground,
    shadow: box.shadow,
  };
}

/**
 * The title's content: a button, a link (announced as disabled, without `href`, when disabled), or the plain
 * text without `href`. A link opening a new window says so in its `title`, in `lang`.
 */
export function titleLink(link: TitleLink, lang: Lang) {
  if (link.button) return html`<button part="link" type="button" ?disabled=${link.disabled}>${link.heading}</button>`;
  if (!link.href && !link.disabled) return link.heading;
  if (link.disabled) return html`<a part="link" role="link" aria-disabled="true">${link.heading}</a>`;
  const external = link.target === '_blank';
  const label = translate(strings, lang, 'newWindow', { newWindow: link.newWindowLabel });
  return html`<a
    part="link"
    href=${link.href!}
    target=${link.target || nothing}
    rel=${link.rel || (external ? 'noopener external' : nothing)}
    title=${external ? `${link.heading} - ${label}` : nothing}
    hreflang=${link.hreflang || nothing}
    ?download=${link.download}
  >${link.heading}</a>`;
}

/** A detail (part `detail`), with the DSFR icon `icon` before it; nothing without text. */
export function detailTemplate(text: string | undefined, icon: string | undefined) {
  if (!text) return nothing;
  return html`<p
    class="detail ${icon ? 'has-icon' : ''}"
    part="detail"
    style=${icon ? `--_icon: url("${iconUrl(icon)}")` : nothing}
  >${text}</p>`;
}
