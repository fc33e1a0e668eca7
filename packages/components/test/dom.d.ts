/** Helpers shared by the browser tests. */
/**
 * The element `selector` names, where `>>>` enters the shadow root of what was matched so far:
 * `charte-tabs >>> [role=tab]`.
 */
export declare function deepQuery(root: ParentNode, selector: string): Element | null;
/** Waits until every charte element under `root` has rendered, and fonts are loaded. */
export declare function settled(root: ParentNode): Promise<void>;
/** Every element under `root`, shadow roots included. */
export declare function allElements(root: ParentNode): Generator<Element>;
/** Renders `markup` into a fresh container at the end of the body. */
export declare function mount(markup: string, id?: string): Promise<HTMLElement>;
/** Sets the theme as DSFR does: `data-fr-theme` on `<html>`. */
export declare function setTheme(theme: 'light' | 'dark'): void;
