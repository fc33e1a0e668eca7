import { CharteNotice } from './notice.ts';

CharteNotice.define('charte-notice');

// `charte-close` is typed in `GlobalEventHandlersEventMap` by the modal's define.ts (see alert/define.ts).
declare global {
  interface HTMLElementTagNameMap {
    'charte-notice': CharteNotice;
  }
}
