import { CharteAlert } from './alert.ts';

CharteAlert.define('charte-alert');

// `charte-close` (cancelable, no detail) is typed in `GlobalEventHandlersEventMap` by the modal's define.ts
// with the modal's detail; two declarations of the same key with different types do not compile, so it is
// not declared again here.
declare global {
  interface HTMLElementTagNameMap {
    'charte-alert': CharteAlert;
  }
}
