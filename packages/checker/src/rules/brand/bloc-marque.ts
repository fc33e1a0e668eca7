import type { Box } from '../../model/index.ts';
import type { BlocMarqueCandidate } from '../../model/page.ts';
import type { Issue, PageRule } from '../../model/rule.ts';

/** Intitulé lines compared as the eye reads them: case, spaces and apostrophe forms do not matter. */
export const normaliseLine = (line: string) =>
  line
    .normalize('NFC')
    .replace(/[’ʼ`´]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLocaleLowerCase('fr');

const sameIntitule = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => normaliseLine(line) === normaliseLine(b[i] ?? ''));

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * DSFR's bloc-marque is (3.52 + 1.083 × lines) times its Marianne block high (measured on its logo at the
 * three sizes): an image or element of the whole bloc-marque gives the block's height by that ratio.
 */
export const estimateMarianneHeight = (height: number, lines: number) => height / (3.52 + 1.083 * Math.max(1, lines));

const where = (b: BlocMarqueCandidate) => ({ selector: b.selector, snippet: b.snippet, box: b.box });

export const blocMarque: PageRule = {
  meta: {
    id: 'brand/bloc-marque',
    title: {
      fr: 'Bloc-marque présent, en haut à gauche, lisible et conforme à la charte',
      en: 'Bloc-marque present, top left, legible and true to the charter',
    },
    help: {
      fr: "Le bloc-marque (Marianne, intitulé, devise) figure dans l'en-tête, en haut à gauche, à sa taille minimale au moins, entouré de sa zone de protection ; son intitulé est celui de l'émetteur, avec ses retours à la ligne ; un seul émetteur par page.",
      en: 'The bloc-marque (Marianne block, intitulé, motto) is in the header, top left, at least its minimum size, with its clear space free; its intitulé is the emitter’s, with its line breaks; one emitter per page.',
    },
    defaultSeverity: 'error',
    kinds: ['page'],
    references: [
      { type: 'charter', id: 'bloc-marque', title: 'Charte de la marque de l’État: le bloc-marque' },
      {
        type: 'dsfr',
        id: 'header',
        url: 'https://www.systeme-de-design.gouv.fr/composants-et-modeles/composants/en-tete',
      },
    ],
  },
  check(page, { charter }) {
    const issues: Issue[] = [];
    const inHeader = page.blocMarques.filter((b) => b.inHeader);
    if (!page.header) {
      issues.push({ message: 'The page has no header (<header> or role="banner"), so no bloc-marque in it.' });
    } else if (!inHeader.length) {
      issues.push({
        message:
          'No bloc-marque in the header (charte-bloc-marque, DSFR .fr-logo, or an image named after the emitter).',
        location: { selector: page.header.selector, box: page.header.box },
      });
    }
    const main = inHeader[0];
    if (main) {
      const { box } = main;
      const frame = page.header?.box ?? { x: 0, y: 0, width: page.viewport.width, height: page.viewport.height };
      const dx = box.x - frame.x;
      const dy = box.y - frame.y;
      if (dx + box.width / 2 > frame.width / 2 || dy > 160) {
        issues.push({
          message: `The bloc-marque is not top left in the header: ${Math.round(dx)}px from its left, ${Math.round(dy)}px from its top, in a header ${Math.round(frame.width)}px wide.`,
          location: where(main),
        });
      }
      const min = charter.thresholds.blocMarque.minHeightPx;
      // An image's name rarely keeps the intitulé's line breaks: the charter's line count is used for it.
      const lineCount = main.kind === 'img' || main.kind === 'svg' ? charter.intitule.length : main.lines.length;
      const marianne =
        main.marianne?.height ?? estimateMarianneHeight(main.box.height, lineCount || charter.intitule.length);
      if (marianne > 0 && marianne + 0.5 < min) {
        const how = main.marianne
          ? ''
          : ` (estimated from the ${Math.round(main.box.height)}px high ${main.kind === 'charte' ? 'element' : 'image'} with DSFR's proportions)`;
        issues.push({
          message: `The Marianne block is ${marianne.toFixed(1)}px high${how}, under the minimum of ${min}px.`,
          location: where(main),
          data: { height: Number(marianne.toFixed(1)), minimum: min, estimated: !main.marianne },
        });
      }
      if (main.link && !main.link.title.trim()) {
        issues.push({
          message: `The link around the bloc-marque has no title naming where it leads and who publishes: DSFR gives it one such as "Accueil - <site name> - ${charter.intitule.join(' ')}".`,
          location: where(main),
          severity: 'warn',
          rgaa: ['6.1'],
        });
      }
      const unit = (main.marianne?.height || Math.max(marianne, min)) * charter.thresholds.blocMarque.clearSpace;
      const zone = { x: box.x - unit, y: box.y - unit, width: box.width + 2 * unit, height: box.height + 2 * unit };
      const intruders = (main.neighbours ?? []).filter((n) => intersects(n.box, zone) && !intersects(n.box, box));
      const overlapping = (main.neighbours ?? []).filter((n) => intersects(n.box, box));
      for (const n of [...overlapping, ...intruders].slice(0, 5)) {
        issues.push({
          message: `Something is drawn in the bloc-marque’s clear space (${Math.round(unit)}px around it): ${n.selector}.`,
          location: { selector: n.selector, snippet: n.snippet, box: n.box },
          data: { clearSpacePx: unit },
        });
      }
    }
    const wrong = new Map<string, BlocMarqueCandidate[]>();
    for (const b of page.blocMarques) {
      if (!b.lines.length || sameIntitule(b.lines, charter.intitule)) continue;
      const key = b.lines.join(' / ');
      wrong.set(key, [...(wrong.get(key) ?? []), b]);
    }
    for (const [found, blocs] of wrong) {
      const first = blocs[0] as BlocMarqueCandidate;
      issues.push({
        message: `The intitulé reads "${found}" where charter "${charter.id}" sets "${charter.intitule.join(' / ')}" (words and line breaks)${blocs.length > 1 ? `, in ${blocs.length} bloc-marques` : ''}.`,
        location: where(first),
        data: { found: first.lines, expected: charter.intitule, count: blocs.length },
      });
    }
    const emitters = new Set(
      page.blocMarques.filter((b) => b.lines.length).map((b) => b.lines.map(normaliseLine).join('|')),
    );
    if (emitters.size > 1) {
      issues.push({
        message: `More than one emitter on the page: ${[...emitters].map((e) => `"${e.replace(/\|/g, ' / ')}"`).join(', ')}.`,
        location: where(page.blocMarques[1] as BlocMarqueCandidate),
      });
    }
    return issues;
  },
};
