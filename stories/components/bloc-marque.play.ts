/**
 * Interaction stories of the bloc-marque: the home link reached by Tab, named by its title (home, site name,
 * intitulé), and the link left to the operator's logo when there is one.
 */
import { charters } from '@charte/tokens';
import { expect } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { tab } from '../lib/keyboard.ts';

export const plays: Record<string, Play> = {
  'bloc-marque/link': async ({ canvasElement, step }) => {
    const bloc = canvasElement.querySelector('charte-bloc-marque')!;
    const link = bloc.shadowRoot!.querySelector('a')!;
    await step('Tab atteint le lien vers l’accueil', async () => {
      expect(await tab()).toBe(link);
      expect(link).toHaveAttribute('href', bloc.getAttribute('href'));
    });
    await step('Son titre dit l’accueil, le nom du site et l’intitulé', async () => {
      // The intitulé of the charter shown (the charter toolbar may set one), from @charte/tokens.
      const intitule = charters[bloc.getAttribute('charter') ?? 'etat']!.intitule.join(' ');
      const home = bloc.closest('[lang]')?.getAttribute('lang') === 'en' ? 'Home' : 'Accueil';
      expect(link.title).toBe(`${home} - ${bloc.getAttribute('site-name')} - ${intitule}`);
    });
    await step('Le bloc Marianne et la devise sont décoratifs ; l’intitulé se lit', async () => {
      for (const part of ['marianne', 'devise'])
        expect(bloc.shadowRoot!.querySelector(`[part="${part}"]`)).toHaveAttribute('aria-hidden', 'true');
      expect(link).toHaveTextContent(charters[bloc.getAttribute('charter') ?? 'etat']!.intitule.join(''));
    });
  },

  'bloc-marque/operator': async ({ canvasElement, step }) => {
    const bloc = canvasElement.querySelector('charte-bloc-marque')!;
    const operator = bloc.querySelector('a[slot="operator"]')!;
    await step('Le bloc-marque n’est pas un lien : Tab va au logo de l’opérateur', async () => {
      expect(bloc.shadowRoot!.querySelector('a')).toBeNull();
      expect(await tab()).toBe(operator);
      expect(operator).toHaveAccessibleName();
    });
  },
};
