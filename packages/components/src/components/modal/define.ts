import { CharteModal } from './modal.ts';

CharteModal.define('charte-modal');

declare global {
  interface HTMLElementTagNameMap {
    'charte-modal': CharteModal;
  }
  interface GlobalEventHandlersEventMap {
    'charte-open': CustomEvent<undefined>;
  }
}
