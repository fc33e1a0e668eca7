import { CharteButton } from './button.ts';
import { CharteButtonGroup } from './button-group.ts';

CharteButton.define('charte-button');
CharteButtonGroup.define('charte-button-group');

declare global {
  interface HTMLElementTagNameMap {
    'charte-button': CharteButton;
    'charte-button-group': CharteButtonGroup;
  }
}
