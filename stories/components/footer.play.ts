/**
 * Interaction stories of the footer: its links in the order Tab meets them, the home link on the bloc-marque
 * (or on the operator's logo), the institutional links announced as opening a new window, the mandatory links.
 */
import { charters } from '@charte/tokens';
import { expect, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { tab, tabOrder } from '../lib/keyboard.ts';

/** The State sites every footer links to (DSFR), in their order. */
const INSTITUTIONAL = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr'];

export const plays: Record<string, Play> = {
  'footer/default': async ({ canvasElement, step }) => {
    const footer = canvasElement.querySelector('charte-footer')!;
    const links = tabOrder(canvasElement) as HTMLAnchorElement[];
    const intitule = charters[footer.getAttribute('charter') ?? 'etat']!.intitule.join(' ');
    await step('Tab atteint d’abord le bloc-marque, lien vers l’accueil', async () => {
      const home = links[0]!;
      expect(await tab()).toBe(home);
      expect(home).toHaveAttribute('href', footer.getAttribute('home-href') ?? '/');
      expect(home).toHaveAttribute('title', `Retour à l’accueil du site - ${intitule}`);
    });
    await step('Puis les quatre sites institutionnels, chacun annoncé « nouvelle fenêtre »', async () => {
      for (const site of INSTITUTIONAL) {
        const link = (await tab()) as HTMLAnchorElement;
        expect(link.hostname).toBe(site);
        expect(link).toHaveAttribute('target', '_blank');
        expect(link).toHaveAttribute('title', `${site} - nouvelle fenêtre`);
      }
    });
    await step(
      'Puis les liens obligatoires : accessibilité (avec son état), mentions légales, données personnelles',
      async () => {
        expect(await tab()).toHaveTextContent('Accessibilité : partiellement conforme');
        expect(await tab()).toHaveTextContent('Mentions légales');
        expect(await tab()).toHaveTextContent('Données personnelles et gestion des cookies');
      },
    );
    await step('Enfin la licence, annoncée « nouvelle fenêtre »', async () => {
      const licence = await tab();
      expect(licence).toBe(links.at(-1));
      expect(licence).toHaveAttribute('title', expect.stringMatching(/ - nouvelle fenêtre$/));
    });
  },

  'footer/operator': async ({ canvasElement, step }) => {
    const footer = canvasElement.querySelector('charte-footer')!;
    const operator = footer.querySelector('a[slot="operator"]')!;
    await step('Avec un opérateur, le lien vers l’accueil passe sur son logo', async () => {
      const bloc = footer.shadowRoot!.querySelector('charte-bloc-marque')!;
      await waitFor(() => expect(bloc.shadowRoot!.querySelector('a')).toBeNull());
      expect(await tab()).toBe(operator);
      expect(operator).toHaveAccessibleName();
    });
  },
};
