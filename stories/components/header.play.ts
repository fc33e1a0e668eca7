/**
 * Interaction stories of the header. From the lg breakpoint: everything is in the bar, Tab goes from the service
 * name to the quick-access links, the search and the navigation; a navigation entry opens its menu with Enter
 * or Space, Escape closes it and gives focus back; the language selector likewise. Under lg: the "Menu" and
 * "Rechercher" buttons open a modal dialog, focus goes to "Fermer", Tab stays inside, "Fermer" closes it and
 * gives focus back. Each play checks what the viewport shows (the test runs at 1280 px; the viewport toolbar
 * gives the small screens). Escape on the modal dialog is the browser's own (`<dialog>`), not played here.
 */
import { charters, tokens } from '@charte/tokens';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';
import { focused, tab, tabTo } from '../lib/keyboard.ts';

type Step = Parameters<Play>[0]['step'];

const wide = () => matchMedia(`(min-width: ${tokens['charte-breakpoint-lg']})`).matches;

/** The header's own parts. */
function parts(canvas: HTMLElement) {
  const header = canvas.querySelector('charte-header')!;
  const root = header.shadowRoot!;
  return {
    header,
    root,
    dialog: root.querySelector('dialog')!,
    menuButton: root.querySelector<HTMLButtonElement>('.navbar-btn.menu')!,
    searchButton: root.querySelector<HTMLButtonElement>('.navbar-btn.search')!,
  };
}

/** Whether `node` is shown inside `ancestor`: a walk up the flat tree (slots and shadow hosts). */
function within(node: Node | null, ancestor: Node): boolean {
  while (node) {
    if (node === ancestor) return true;
    node = (node as Element).assignedSlot ?? node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return false;
}

/** A panel shown or not (`hidden`, `display: none`, or `visibility: hidden`). */
const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });

/**
 * Under lg: Tab to the button opening the modal (`menu` or `search`), Enter opens it, focus on "Fermer", Tab
 * stays inside. Returns the dialog's "Fermer" button.
 */
async function openModal(canvas: HTMLElement, which: 'menu' | 'search', step: Step): Promise<HTMLButtonElement> {
  const { root, dialog, menuButton, searchButton } = parts(canvas);
  const opener = which === 'menu' ? menuButton : searchButton;
  await step(`Tab atteint le bouton « ${opener.textContent!.trim()} »`, async () => {
    expect(dialog.open).toBe(false);
    await tabTo(opener);
    expect(opener).toHaveAttribute('aria-expanded', 'false');
  });
  await step('Entrée ouvre la fenêtre modale ; le focus va sur « Fermer »', async () => {
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog.open).toBe(true));
    expect(dialog.matches(':modal')).toBe(true);
    expect(opener).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(focused()).toBe(root.querySelector('.close')));
  });
  return root.querySelector<HTMLButtonElement>('.close')!;
}

/** Under lg: "Fermer" (reached by Shift+Tab) closes the modal, focus back on the button that opened it. */
async function closeModal(canvas: HTMLElement, which: 'menu' | 'search', step: Step) {
  const { root, dialog, menuButton, searchButton } = parts(canvas);
  const opener = which === 'menu' ? menuButton : searchButton;
  await step('« Fermer » referme la fenêtre et rend le focus au bouton', async () => {
    await tabTo(root.querySelector('.close')!, { shift: true });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(dialog.open).toBe(false));
    await waitFor(() => expect(focused()).toBe(opener));
    await waitFor(() => expect(opener).toHaveAttribute('aria-expanded', 'false'));
  });
}

/** The whole header, in the bar from lg or through its modal dialogs under lg. */
const fullHeader: Play = async ({ canvasElement, step }) => {
  const { header, root, dialog, menuButton, searchButton } = parts(canvasElement);
  const tools = [...header.querySelectorAll('[slot="tools"]')];
  const search = header.querySelector('[slot="search"]');
  const nav = header.querySelector('charte-header-nav');
  const events: string[] = [];
  for (const type of ['charte-header-open', 'charte-header-close'])
    header.addEventListener(type, (event) =>
      events.push(`${type.replace('charte-header-', '')}:${(event as CustomEvent).detail.modal}`),
    );

  if (wide()) {
    await step('Écran large : tout est dans la barre, sans bouton « Menu » ni « Rechercher »', async () => {
      expect(menuButton.checkVisibility()).toBe(false);
      expect(searchButton.checkVisibility()).toBe(false);
      for (const el of [...tools, search, nav]) if (el) expect(shown(el)).toBe(true);
    });
    await step('Tab va du nom du service aux accès rapides, à la recherche, puis à la navigation', async () => {
      const service = root.querySelector<HTMLAnchorElement>('.service a')!;
      const intitule = charters[header.getAttribute('charter') ?? 'etat']!.intitule.join(' ');
      expect(await tab()).toBe(service);
      expect(service.title).toBe(`Accueil - ${header.getAttribute('service-name')} - ${intitule}`);
      for (const tool of tools) expect(await tab()).toBe(tool);
      if (search) expect(search.contains(await tab())).toBe(true);
      if (nav) await tabTo(nav.querySelector('a')!);
    });
    return;
  }

  if (search) {
    await openModal(canvasElement, 'search', step);
    await step('La fenêtre montre la recherche', async () => {
      expect(within(search, dialog)).toBe(true);
      expect(shown(search)).toBe(true);
    });
    await closeModal(canvasElement, 'search', step);
  }
  if (!tools.length && !nav) return;
  await openModal(canvasElement, 'menu', step);
  await step('La fenêtre montre les accès rapides et la navigation ; Tab y reste', async () => {
    for (const el of [...tools, nav]) if (el) expect(within(el, dialog)).toBe(true);
    for (let i = 0; i < 6; i++) expect(within(await tab(), dialog)).toBe(true);
  });
  await closeModal(canvasElement, 'menu', step);
  expect(events.slice(-2)).toEqual(['open:menu', 'close:menu']);
};

/** A navigation entry's dropdown: Tab to it, Enter opens, Tab enters it, Escape closes, focus back. */
async function dropdown(canvas: HTMLElement, step: Step) {
  const menu = canvas.querySelector('charte-header-menu')!;
  const button = menu.shadowRoot!.querySelector('button')!;
  const panel = menu.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
  await step(`Tab atteint l’entrée « ${menu.getAttribute('label')} », fermée`, async () => {
    await tabTo(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(shown(panel)).toBe(false);
  });
  await step('Entrée ouvre son menu ; Tab entre dans ses liens', async () => {
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    expect(shown(panel)).toBe(true);
    expect(await tab()).toBe(menu.querySelector('a'));
  });
  await step('Échap le ferme et rend le focus à l’entrée', async () => {
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
    expect(shown(panel)).toBe(false);
    expect(focused()).toBe(button);
  });
  await step('Espace le rouvre', async () => {
    await userEvent.keyboard(' ');
    await waitFor(() => expect(shown(panel)).toBe(true));
  });
}

export const plays: Record<string, Play> = {
  'header/navigation': fullHeader,
  'header/search': fullHeader,
  'header/tools': fullHeader,
  'header/mobile-menu-open': fullHeader,

  'header/navigation-items': async ({ canvasElement, step }) => {
    if (!wide()) await openModal(canvasElement, 'menu', step);
    await dropdown(canvasElement, step);
    if (!wide()) return;
    const menu = canvasElement.querySelector('charte-header-menu')!;
    await step('Un clic ailleurs dans la page le ferme', async () => {
      await userEvent.click(canvasElement.querySelector('.charte-story') ?? canvasElement);
      await waitFor(() => expect(menu.shadowRoot!.querySelector('button')).toHaveAttribute('aria-expanded', 'false'));
    });
  },

  'header/mega-menu': async ({ canvasElement, step }) => {
    const mega = canvasElement.querySelector('charte-header-mega-menu')!;
    const entry = mega.shadowRoot!.querySelector('button')!;
    const panel = mega.shadowRoot!.getElementById(entry.getAttribute('aria-controls')!)!;
    const close = mega.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;
    if (!wide()) {
      await openModal(canvasElement, 'menu', step);
      await step(
        'Le clic sur « Menu » a refermé le panneau (clic au dehors) ; Entrée sur l’entrée le rouvre',
        async () => {
          expect(shown(panel)).toBe(false);
          await tabTo(entry);
          await userEvent.keyboard('{Enter}');
          await waitFor(() => expect(shown(panel)).toBe(true));
        },
      );
    }
    await step('Ouvert : Tab parcourt le panneau, de son titre éditorialisé à ses catégories', async () => {
      expect(entry).toHaveAttribute('aria-expanded', 'true');
      expect(shown(panel)).toBe(true);
      await tabTo(mega.shadowRoot!.querySelector('[part="link"]')!);
      await tabTo(mega.querySelector('charte-header-mega-menu-category a')!);
    });
    if (wide()) {
      await step('« Fermer » ferme le panneau et rend le focus à l’entrée', async () => {
        await tabTo(close, { shift: true });
        await userEvent.keyboard('{Enter}');
        await waitFor(() => expect(shown(panel)).toBe(false));
        expect(focused()).toBe(entry);
      });
      await step('Entrée le rouvre', async () => {
        await userEvent.keyboard('{Enter}');
        await waitFor(() => expect(shown(panel)).toBe(true));
        expect(await tab()).toBe(close);
      });
    } else {
      await step('Dans le menu mobile, le panneau se déplie sur place, sans « Fermer »', async () => {
        expect(shown(close)).toBe(false);
      });
    }
    await step('Échap le ferme et rend le focus à l’entrée', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(shown(panel)).toBe(false));
      expect(entry).toHaveAttribute('aria-expanded', 'false');
      expect(focused()).toBe(entry);
    });
    // The story shows the panel open, as its fixture: Enter opens it again.
    await step('Entrée le rouvre', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(shown(panel)).toBe(true));
    });
  },

  'header/translate': async ({ canvasElement, step }) => {
    const translate = canvasElement.querySelector('charte-translate')!;
    const button = translate.shadowRoot!.querySelector('button')!;
    const panel = translate.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    const current = translate.querySelector('a[aria-current="true"]')!;
    await step('Tab atteint le sélecteur, qui montre la langue en cours', async () => {
      expect(await tab()).toBe(button);
      expect(button.textContent!.trim()).toMatch(new RegExp(`^${current.getAttribute('hreflang')!.toUpperCase()}`));
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(shown(panel)).toBe(false);
    });
    await step('Entrée ouvre la liste des langues, chacune avec sa langue (lang, hreflang)', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(shown(panel)).toBe(true));
      expect(button).toHaveAttribute('aria-expanded', 'true');
      for (const link of translate.querySelectorAll('a')) {
        expect(link).toHaveAttribute('lang');
        expect(link.getAttribute('hreflang')).toBe(link.getAttribute('lang'));
      }
      expect(translate.contains(await tab())).toBe(true);
    });
    await step('Échap la ferme et rend le focus au sélecteur', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(shown(panel)).toBe(false));
      expect(focused()).toBe(button);
    });
  },

  'header/translate-open': async ({ canvasElement, step }) => {
    const translate = canvasElement.querySelector('charte-translate')!;
    const button = translate.shadowRoot!.querySelector('button')!;
    await step('Ouverte, la liste se ferme d’un clic ailleurs dans la page', async () => {
      expect(button).toHaveAttribute('aria-expanded', 'true');
      await userEvent.click(canvasElement.querySelector('.charte-story') ?? canvasElement);
      await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'false'));
    });
    // The story shows the list open, as its fixture: Tab and Enter open it again.
    await step('Tab puis Entrée la rouvrent', async () => {
      await tabTo(button);
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(button).toHaveAttribute('aria-expanded', 'true'));
    });
  },
};
