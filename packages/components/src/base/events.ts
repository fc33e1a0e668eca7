/**
 * Events fired by more than one component, typed once for `addEventListener` on any element.
 * Component-specific events are typed in their folder's `define.ts`.
 */

/** What `charte-close` carries. */
export interface CharteCloseDetail {
  /** The modal's return value (`<form method="dialog">`'s submitter value, or empty); absent elsewhere. */
  returnValue?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** A modal, alert or notice closes (alert and notice: cancelable, before hiding). */
    'charte-close': CustomEvent<CharteCloseDetail>;
  }
}
