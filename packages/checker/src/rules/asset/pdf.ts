/**
 * Accessibility of PDF documents that a machine can check (RGAA 13.3, PDF/UA and the Matterhorn Protocol's
 * machine-checkable points): tagged, language, title shown, text extractable, figures described.
 */
import type { PdfAsset } from '../../model/asset.ts';
import type { Reference } from '../../model/index.ts';
import type { AssetRule, Issue } from '../../model/rule.ts';

const RGAA_13_3: Reference = {
  type: 'rgaa',
  id: '13.3',
  title: 'Document bureautique accessible',
  url: 'https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#13.3',
};

/** A PDF rule: checks only PDF documents, every issue bears on RGAA 13.3. */
function pdfRule(
  meta: Omit<AssetRule['meta'], 'kinds' | 'defaultSeverity'>,
  check: (pdf: PdfAsset) => Issue[],
): AssetRule {
  return {
    meta: { ...meta, defaultSeverity: 'error', kinds: ['pdf'], references: [...meta.references, RGAA_13_3] },
    check: (asset) => (asset.kind === 'pdf' ? check(asset).map((i) => ({ rgaa: ['13.3'], ...i })) : []),
  };
}

export const pdfTagged = pdfRule(
  {
    id: 'pdf/tagged',
    title: { fr: 'Document balisé', en: 'Tagged document' },
    help: {
      fr: 'Le document est balisé : /MarkInfo /Marked vaut true et le catalogue a un arbre de structure (/StructTreeRoot), qui donne aux technologies d’assistance les titres, paragraphes, listes, tableaux et l’ordre de lecture.',
      en: 'The document is tagged: /MarkInfo /Marked is true and the catalog has a structure tree (/StructTreeRoot), which gives assistive technologies the headings, paragraphs, lists, tables and reading order.',
    },
    references: [{ type: 'pdfua', id: '7.1', title: 'Tagged PDF' }],
  },
  (pdf) => {
    const missing = [
      !pdf.marked && '/MarkInfo /Marked true',
      !pdf.structTree && 'a structure tree (/StructTreeRoot)',
    ].filter(Boolean);
    return missing.length ? [{ message: `The document is not tagged: it lacks ${missing.join(' and ')}.` }] : [];
  },
);

export const pdfLang = pdfRule(
  {
    id: 'pdf/lang',
    title: { fr: 'Langue du document indiquée', en: 'Document language set' },
    help: {
      fr: 'Le catalogue du document indique sa langue principale (/Lang, par exemple fr-FR), pour que les synthèses vocales la prononcent correctement.',
      en: 'The document’s catalog gives its main language (/Lang, e.g. fr-FR), so that screen readers pronounce it right.',
    },
    references: [{ type: 'pdfua', id: '7.2', title: 'Natural language' }],
  },
  (pdf) =>
    pdf.lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(pdf.lang)
      ? []
      : [
          {
            message: pdf.lang
              ? `The document language "${pdf.lang}" is not a language tag (e.g. fr-FR).`
              : 'The document does not give its language (/Lang in the catalog).',
          },
        ],
);

export const pdfTitle = pdfRule(
  {
    id: 'pdf/title',
    title: { fr: 'Titre du document affiché', en: 'Document title shown' },
    help: {
      fr: 'Le document a un titre dans ses métadonnées XMP (dc:title) et demande aux lecteurs de l’afficher comme titre de fenêtre (/ViewerPreferences /DisplayDocTitle true) plutôt que le nom du fichier.',
      en: 'The document has a title in its XMP metadata (dc:title) and asks viewers to show it as the window title (/ViewerPreferences /DisplayDocTitle true) rather than the file name.',
    },
    references: [{ type: 'pdfua', id: '7.1', title: 'Matterhorn 06-003, 07-001' }],
  },
  (pdf) => {
    const issues: Issue[] = [];
    if (!pdf.title?.trim()) issues.push({ message: 'The document has no title (dc:title in its XMP metadata).' });
    if (!pdf.displayDocTitle)
      issues.push({
        message:
          'The document does not ask viewers to show its title (/ViewerPreferences /DisplayDocTitle true): they show the file name.',
      });
    return issues;
  },
);

export const pdfText = pdfRule(
  {
    id: 'pdf/text',
    title: { fr: 'Texte extractible', en: 'Extractable text' },
    help: {
      fr: 'Les pages contiennent du texte réel, pas seulement des images de texte (document numérisé sans reconnaissance de caractères) : sinon, rien n’est lisible par une synthèse vocale ni ne peut être agrandi ou recherché.',
      en: 'Pages hold real text, not only pictures of text (a scanned document without character recognition): otherwise nothing can be read by a screen reader, enlarged or searched.',
    },
    references: [{ type: 'wcag', id: '1.4.5', title: 'Images of Text' }],
  },
  (pdf) => {
    const empty = pdf.textChars.flatMap((n, i) => (n === 0 ? [i + 1] : []));
    if (pdf.pagesRead > 0 && empty.length === pdf.pagesRead)
      return [
        {
          message: `No text can be extracted from the ${pdf.pagesRead === 1 ? 'page' : `${pdf.pagesRead} pages read`}: a scanned document needs character recognition.`,
          location: { page: 1 },
          data: { pages: empty },
        },
      ];
    // Pages without text inside a text document: a scanned page slipped in, or a full-page picture.
    return empty
      .filter((page) => pdf.images.some((i) => i.page === page))
      .map((page) => ({
        message: `Page ${page} holds an image and no text: if it shows text, that text cannot be read.`,
        location: { page },
        severity: 'warn' as const,
      }));
  },
);

export const pdfFigureAlt = pdfRule(
  {
    id: 'pdf/figure-alt',
    title: { fr: 'Figures avec une alternative', en: 'Figures with alternative text' },
    help: {
      fr: 'Chaque élément de structure Figure a une alternative textuelle (/Alt) ou un texte de remplacement (/ActualText).',
      en: 'Every Figure structure element has alternative text (/Alt) or replacement text (/ActualText).',
    },
    references: [{ type: 'pdfua', id: '7.3', title: 'Matterhorn 13-004' }],
  },
  (pdf) =>
    pdf.figures
      .filter((f) => !f.alt?.trim())
      .map((f) => ({
        message: `A figure${f.page ? ` on page ${f.page}` : ''} has no alternative text (/Alt).`,
        ...(f.page ? { location: { page: f.page } } : {}),
      })),
);

export const pdfRules: AssetRule[] = [pdfTagged, pdfLang, pdfTitle, pdfText, pdfFigureAlt];
