/**
 * The 106 criteria of the French accessibility standard RGAA 4.1.2 in 13 themes: each criterion's id, theme, French
 * title (Markdown links and backticks removed), the WCAG 2.1 success criteria it maps to and the WCAG techniques it
 * cites. Transcribed from the official machine-readable `RGAA/criteres.json` of the DISIC repository
 * accessibilite.numerique.gouv.fr, published under the Licence Ouverte 2.0 (etalab-2.0); see `rgaa-4.1.2.json`.
 */
import { readFileSync } from 'node:fs';

export interface RgaaCriterion {
  id: string;
  theme: number;
  title: string;
  wcag: string[];
  techniques: string[];
}

export interface RgaaTheme {
  number: number;
  title: string;
}

interface RgaaData {
  version: string;
  source: string;
  licence: string;
  themes: RgaaTheme[];
  criteria: RgaaCriterion[];
}

const data = JSON.parse(readFileSync(new URL('./rgaa-4.1.2.json', import.meta.url), 'utf8')) as RgaaData;

export const rgaaVersion: string = data.version;
export const rgaaThemes: RgaaTheme[] = data.themes;
export const rgaaCriteria: RgaaCriterion[] = data.criteria;

const byId = new Map(rgaaCriteria.map((criterion) => [criterion.id, criterion]));

export function rgaaCriterion(id: string): RgaaCriterion | undefined {
  return byId.get(id);
}

/** Ids of the criteria citing a WCAG technique (`H37`, `aria6`…), compared case-insensitively, in criterion order. */
export function rgaaForTechnique(code: string): string[] {
  const wanted = code.trim().toUpperCase();
  return rgaaCriteria.filter((c) => c.techniques.some((t) => t.toUpperCase() === wanted)).map((c) => c.id);
}

/** Ids of the criteria mapped to a WCAG success criterion (`1.4.3`), in criterion order. */
export function rgaaForWcag(sc: string): string[] {
  const wanted = sc.trim();
  return rgaaCriteria.filter((c) => c.wcag.includes(wanted)).map((c) => c.id);
}

export function rgaaUrl(id: string): string {
  return `https://accessibilite.numerique.gouv.fr/methode/criteres-et-tests/#${id}`;
}
