import type { ReactiveElement } from 'lit';
import { slotHasContent } from './slots.ts';

/** The slots of a component that show something, kept up to date by `filledSlots()`. */
export interface FilledSlots {
  /** By slot name (`default` for the unnamed slot): whether it shows an element or non-blank text. */
  readonly filled: Readonly<Record<string, boolean>>;
  /** Reads the slots again: bind it to each slot's `slotchange`. */
  readonly update: () => void;
}

/**
 * Which of `host`'s slots show something. Read after the first render and by `update`; `host` renders again
 * when it changes. Empty before the first render, hence on the server.
 */
export function filledSlots(host: ReactiveElement): FilledSlots {
  const slots = {
    filled: {} as Record<string, boolean>,
    update() {
      const next: Record<string, boolean> = {};
      for (const slot of host.renderRoot.querySelectorAll('slot')) next[slot.name || 'default'] = slotHasContent(slot);
      if (JSON.stringify(next) === JSON.stringify(slots.filled)) return;
      slots.filled = next;
      host.requestUpdate();
    },
  };
  host.addController({ hostUpdated: () => host.hasUpdated || slots.update() });
  return slots;
}
