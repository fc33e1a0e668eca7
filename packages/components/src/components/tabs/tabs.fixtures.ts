import { dsfrIconStyle } from '../../../test/icons.ts';
import type { Fixture } from '../../../test/types.ts';

const content = (n: number) =>
  `<h4 class="fr-h4">Contenu ${n}</h4><p>Lorem ipsum dolor sit amet, consectetur adipiscing, incididunt, ut labore et dolore magna aliqua.</p><ul><li>list item</li><li>list item</li></ul>`;

interface Options {
  count: number;
  selected?: number;
  icon?: string;
  viewport?: boolean;
}

const ours = ({ count, selected = 0, icon, viewport }: Options) => {
  const tabs = Array.from(
    { length: count },
    (_, i) =>
      `<charte-tab${icon ? ` icon="${icon}"` : ''}${i === selected ? ' selected' : ''}>Libellé onglet ${i + 1}</charte-tab>`,
  ).join('');
  const panels = Array.from({ length: count }, (_, i) => `<charte-tab-panel>${content(i + 1)}</charte-tab-panel>`).join(
    '',
  );
  return `<charte-tabs label="Nom du système d'onglets"${viewport ? ' viewport-width' : ''}>${tabs}${panels}</charte-tabs>`;
};

const dsfr = (prefix: string, { count, selected = 0, icon, viewport }: Options) => {
  const tabs = Array.from(
    { length: count },
    (_, i) =>
      `<li role="presentation"><button type="button" id="${prefix}-${i}" class="fr-tabs__tab${icon ? ` fr-icon-${icon} fr-tabs__tab--icon-left` : ''}" tabindex="${i === selected ? 0 : -1}" role="tab" aria-selected="${i === selected}" aria-controls="${prefix}-${i}-panel">Libellé onglet ${i + 1}</button></li>`,
  ).join('');
  const panels = Array.from(
    { length: count },
    (_, i) =>
      `<div id="${prefix}-${i}-panel" class="fr-tabs__panel${i === selected ? ' fr-tabs__panel--selected' : ''}" role="tabpanel" aria-labelledby="${prefix}-${i}" tabindex="0">${content(i + 1)}</div>`,
  ).join('');
  return `${icon ? dsfrIconStyle(icon) : ''}<div class="fr-tabs${viewport ? ' fr-tabs--viewport-width' : ''}"><ul class="fr-tabs__list" role="tablist" aria-label="Nom du système d'onglets">${tabs}</ul>${panels}</div>`;
};

/**
 * DSFR's script sets the frame's height (list + selected panel), scrolls the selected tab into view (16px from
 * the list's edge) and shows the scroll shadows; its script is not loaded here, so do as it does.
 */
const dsfrScript: Fixture['prepare'] = async ({ dsfr }) => {
  const tabs = dsfr.querySelector<HTMLElement>('.fr-tabs')!;
  const list = tabs.querySelector<HTMLElement>('.fr-tabs__list')!;
  const panel = tabs.querySelector<HTMLElement>('.fr-tabs__panel--selected')!;
  const tab = list.querySelector('[aria-selected="true"]')!.getBoundingClientRect();
  const box = list.getBoundingClientRect();
  if (tab.left < box.left) list.scrollLeft += tab.left - box.left - 16;
  else if (tab.right > box.right) list.scrollLeft += tab.right - box.right + 16;
  const range = list.scrollWidth - list.clientWidth;
  if (range > 16) {
    list.classList.add('fr-tabs__shadow');
    list.classList.toggle('fr-tabs__shadow--left', list.scrollLeft > 16);
    list.classList.toggle('fr-tabs__shadow--right', list.scrollLeft < range - 16);
  }
  list.style.setProperty('--tabs-list-height', `${box.height}px`);
  const height = Math.round(panel.offsetHeight) + box.height - 4;
  tabs.style.setProperty('--tabs-height', `${height}px`);
};

const compare = [
  ['charte-tabs >>> .tabs', '.fr-tabs'],
  ['charte-tabs >>> .list', '.fr-tabs__list'],
  ['charte-tab[selected]', '.fr-tabs__tab[aria-selected="true"]'],
  ['charte-tab:not([selected])', '.fr-tabs__tab[aria-selected="false"]'],
  ['charte-tab-panel:not([hidden])', '.fr-tabs__panel--selected'],
] as const;

export const fixtures: Fixture[] = [
  {
    id: 'tabs/icons',
    html: ours({ count: 4, icon: 'checkbox-circle-line' }),
    dsfr: dsfr('t1', { count: 4, icon: 'checkbox-circle-line' }),
    compare,
    prepare: dsfrScript,
  },
  {
    id: 'tabs/two',
    html: ours({ count: 2, selected: 1 }),
    dsfr: dsfr('t2', { count: 2, selected: 1 }),
    compare,
    prepare: dsfrScript,
  },
  {
    id: 'tabs/viewport-width',
    html: ours({ count: 3, viewport: true }),
    dsfr: dsfr('t3', { count: 3, viewport: true }),
    compare,
    prepare: dsfrScript,
  },
  {
    id: 'tabs/scroll',
    html: ours({ count: 8, selected: 5 }),
    dsfr: dsfr('t4', { count: 8, selected: 5 }),
    compare,
    prepare: dsfrScript,
  },
];
