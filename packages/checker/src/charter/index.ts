/** Charters come from @charte/tokens; this picks one and says clearly when the id is unknown. */
import { type Charter, charters } from '@charte/tokens';

export function loadCharter(id: string): Charter {
  const charter = charters[id];
  if (!charter) {
    throw new Error(`unknown charter "${id}"; known: ${Object.keys(charters).sort().join(', ')}`);
  }
  return charter;
}

export { paletteFor } from './palette.ts';
