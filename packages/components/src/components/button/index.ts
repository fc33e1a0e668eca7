export { type ButtonIconPosition, type ButtonKind, type ButtonSize, CharteButton } from './button.ts';
export { CharteButtonGroup } from './button-group.ts';
