/**
 * Interaction stories of the table: sorting a column with its sort button (and seeing the rows move), selecting
 * rows with their checkbox and all of them with the header's, from the keyboard.
 */
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Play } from '../lib/component.ts';

const headers = (canvas: HTMLElement) => [...canvas.querySelectorAll<HTMLTableCellElement>('charte-table thead th')];
const rows = (canvas: HTMLElement) => [...canvas.querySelectorAll<HTMLTableRowElement>('charte-table tbody tr')];
const checkbox = (row: HTMLTableRowElement) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

/** Every body row says it is selected exactly when its checkbox is checked. */
function rowsFollowCheckboxes(canvas: HTMLElement) {
  for (const row of rows(canvas)) expect(row).toHaveAttribute('aria-selected', String(checkbox(row).checked));
}

/** The first cell of each body row, in the order shown. */
const firstColumn = (canvas: HTMLElement) => rows(canvas).map((row) => row.cells[0]!.textContent!.trim());

export const plays: Record<string, Play> = {
  'table/sort-data': async ({ canvasElement, step }) => {
    const [name, count] = headers(canvasElement);
    const shown = () => firstColumn(canvasElement);
    await step('Entrée sur « Trier » de la première colonne : les démarches par ordre alphabétique', async () => {
      name!.querySelector('button')!.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(name).toHaveAttribute('aria-sort', 'ascending'));
      expect(shown()).toEqual([
        'Aide au logement',
        'Carte nationale d’identité',
        'Déclaration de revenus',
        'Inscription sur les listes électorales',
        'Permis de conduire',
      ]);
    });
    await step('Tab puis Espace : par nombre de demandes, comme des nombres (980 avant 8 950)', async () => {
      await userEvent.tab();
      expect(document.activeElement).toBe(count!.querySelector('button'));
      await userEvent.keyboard(' ');
      await waitFor(() => expect(count).toHaveAttribute('aria-sort', 'ascending'));
      expect(shown()).toEqual([
        'Inscription sur les listes électorales',
        'Permis de conduire',
        'Carte nationale d’identité',
        'Aide au logement',
        'Déclaration de revenus',
      ]);
    });
    await step('Espace encore : la plus demandée d’abord', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(count).toHaveAttribute('aria-sort', 'descending'));
      expect(shown()[0]).toBe('Déclaration de revenus');
      expect(shown().at(-1)).toBe('Inscription sur les listes électorales');
    });
  },

  'table/sort': async ({ canvasElement, step }) => {
    const table = canvasElement.querySelector('charte-table')!;
    const [first, second] = headers(canvasElement);
    const sorts: string[] = [];
    table.addEventListener('charte-sort', (event) => sorts.push(`${event.detail.column}:${event.detail.direction}`));

    await step('Tab atteint le bouton « Trier » de la première colonne triable', async () => {
      await userEvent.tab();
      const button = first!.querySelector('button')!;
      expect(document.activeElement).toBe(button);
      expect(button).toHaveAccessibleName('Trier');
      expect(first).toHaveAttribute('aria-sort', 'ascending');
    });
    await step('Entrée : la colonne passe en ordre décroissant, le focus reste sur le bouton', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(first).toHaveAttribute('aria-sort', 'descending'));
      expect(document.activeElement).toBe(first!.querySelector('button'));
    });
    await step('Tab puis Espace : la colonne suivante est triée, la précédente ne l’est plus', async () => {
      await userEvent.tab();
      expect(document.activeElement).toBe(second!.querySelector('button'));
      await userEvent.keyboard(' ');
      await waitFor(() => expect(second).toHaveAttribute('aria-sort', 'ascending'));
      expect(first).not.toHaveAttribute('aria-sort');
    });
    await step('Espace encore : ordre décroissant', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(second).toHaveAttribute('aria-sort', 'descending'));
    });
    expect(sorts).toEqual(['0:descending', '1:ascending', '1:descending']);
  },

  'table/selectable': async ({ canvasElement, step }) => {
    const table = canvasElement.querySelector('charte-table')!;
    const [, row2] = rows(canvasElement);
    const selections: number[] = [];
    table.addEventListener('charte-selection-change', (event) => selections.push(event.detail.rows.length));

    await step('Les lignes cochées sont annoncées sélectionnées', async () => {
      await waitFor(() => rowsFollowCheckboxes(canvasElement));
      expect(row2).toHaveAttribute('aria-selected', 'false');
    });
    await step('Tab, Tab : la case de la deuxième ligne', async () => {
      await userEvent.tab();
      await userEvent.tab();
      expect(document.activeElement).toBe(checkbox(row2!));
    });
    await step('Espace : la ligne est sélectionnée', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(row2).toHaveAttribute('aria-selected', 'true'));
      expect(checkbox(row2!)).toBeChecked();
      rowsFollowCheckboxes(canvasElement);
    });
    await step('Espace encore : elle ne l’est plus', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(row2).toHaveAttribute('aria-selected', 'false'));
      rowsFollowCheckboxes(canvasElement);
    });
    expect(selections).toEqual([rows(canvasElement).length, rows(canvasElement).length - 1]);
  },

  'table/selectable-all': async ({ canvasElement, step }) => {
    const table = canvasElement.querySelector('charte-table')!;
    const all = canvasElement.querySelector<HTMLInputElement>('charte-table thead input[type="checkbox"]')!;
    const selections: number[] = [];
    table.addEventListener('charte-selection-change', (event) => selections.push(event.detail.rows.length));

    await step('Une partie des lignes est sélectionnée : la case de l’en-tête est dans l’état mixte', async () => {
      await waitFor(() => expect(all.indeterminate).toBe(true));
      expect(all).toBePartiallyChecked();
    });
    await step('Tab puis Espace sur la case de l’en-tête : toutes les lignes sont sélectionnées', async () => {
      await userEvent.tab();
      expect(document.activeElement).toBe(all);
      await userEvent.keyboard(' ');
      await waitFor(() => expect(all).toBeChecked());
      expect(all.indeterminate).toBe(false);
      for (const row of rows(canvasElement)) expect(row).toHaveAttribute('aria-selected', 'true');
    });
    await step('Espace encore : aucune ligne ne l’est plus', async () => {
      await userEvent.keyboard(' ');
      await waitFor(() => expect(all).not.toBeChecked());
      for (const row of rows(canvasElement)) expect(row).toHaveAttribute('aria-selected', 'false');
    });
    expect(selections).toEqual([rows(canvasElement).length, 0]);
  },
};
