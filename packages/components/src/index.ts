/**
 * @charte/components: every component, defined. To load only some, import their define modules instead:
 * `import '@charte/components/components/button/define.js'`.
 */
import './components/accordion/define.ts';
import './components/alert/define.ts';
import './components/badge/define.ts';
import './components/bloc-marque/define.ts';
import './components/breadcrumb/define.ts';
import './components/button/define.ts';
import './components/callout/define.ts';
import './components/card/define.ts';
import './components/display/define.ts';
import './components/footer/define.ts';
import './components/header/define.ts';
import './components/highlight/define.ts';
import './components/icon/define.ts';
import './components/link/define.ts';
import './components/modal/define.ts';
import './components/notice/define.ts';
import './components/pagination/define.ts';
import './components/quote/define.ts';
import './components/sidemenu/define.ts';
import './components/skiplinks/define.ts';
import './components/summary/define.ts';
import './components/table/define.ts';
import './components/tabs/define.ts';
import './components/tag/define.ts';
import './components/tile/define.ts';

export { type CharteCloseDetail, CharteElement, VERSION } from './base/charte-element.ts';
export { type Lang, ownLang, resolveLang, type Strings, translate } from './base/i18n.ts';
export { type IconName, iconUrl, setIconBase } from './base/icons.ts';
export * from './components/accordion/index.ts';
export * from './components/alert/index.ts';
export * from './components/badge/index.ts';
export * from './components/bloc-marque/index.ts';
export * from './components/breadcrumb/index.ts';
export * from './components/button/index.ts';
export { CharteCallout } from './components/callout/index.ts';
export * from './components/card/index.ts';
export * from './components/display/index.ts';
export * from './components/footer/index.ts';
export * from './components/header/index.ts';
export * from './components/highlight/index.ts';
export * from './components/icon/index.ts';
export * from './components/link/index.ts';
export * from './components/modal/index.ts';
export * from './components/notice/index.ts';
export * from './components/pagination/index.ts';
export * from './components/quote/index.ts';
export * from './components/sidemenu/index.ts';
export * from './components/skiplinks/index.ts';
export * from './components/summary/index.ts';
export * from './components/table/index.ts';
export * from './components/tabs/index.ts';
export { CharteTag, CharteTagGroup, type TagAccent, type TagToggleDetail } from './components/tag/index.ts';
export * from './components/tile/index.ts';
export { ACCENTS, type Accent } from './styles/accents.ts';
