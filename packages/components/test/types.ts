/**
 * A fixture is one variant of one component, written once and used by every generic test (axe in both
 * themes, parity with DSFR, server rendering and hydration) and by the Storybook stories.
 */
export interface Fixture {
  /** `<component>/<variant>`, e.g. `button/primary`. */
  id: string;
  /** Markup with our elements. Must work as a Lit template too (it is server-rendered as one). */
  html: string;
  /**
   * The same thing in DSFR's markup, styled by `@gouvfr/dsfr`'s CSS. Absent when DSFR has no counterpart:
   * then `noParity` says why.
   */
  dsfr?: string;
  noParity?: string;
  /**
   * Element pairs whose key computed styles must be equal: a selector in our markup, where `>>>` enters the
   * shadow root of the element matched so far (`charte-button >>> button`), and a selector in DSFR's markup.
   * The first pair is also the one screenshotted. Default: the first element of each side.
   */
  compare?: ReadonlyArray<readonly [ours: string, dsfr: string]>;
  /** Brings both sides to the state measured (e.g. opens a menu). Runs after rendering, before measuring. */
  prepare?: (sides: { ours: HTMLElement; dsfr: HTMLElement }) => void | Promise<void>;
  /** Attributes set on `<html>` while the fixture is shown (e.g. `data-fr-mourning`), for both sides. */
  rootAttributes?: Readonly<Record<string, string>>;
  /** Viewport widths compared; default 375 and 1280. */
  widths?: readonly number[];
  /** Computed properties left out of the comparison for this fixture, each with the reason. */
  styleExceptions?: Readonly<Record<string, string>>;
  /**
   * A parity gap under investigation: the case is measured and reported in docs/parity.md (as out of bounds
   * when it is), but not asserted. Say what differs; remove it once fixed.
   */
  parityGap?: string;
  /** axe rules disabled for this fixture, each with the reason (e.g. a landmark that is unique on a page). */
  axeExceptions?: Readonly<Record<string, string>>;
}
