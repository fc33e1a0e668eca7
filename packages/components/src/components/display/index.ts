export { bootScript, STORAGE_KEY } from './boot.ts';
export { CharteDisplay, type Scheme, type SchemeChangeDetail, type Theme } from './display.ts';
