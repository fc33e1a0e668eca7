/** What a page reader gives the rules: one snapshot per page, read once. */
import type { Box } from './index.ts';

export interface PageElement {
  selector: string;
  tag: string;
  /** The element's own text (not its children's), trimmed, at most 120 characters. */
  text: string;
  box: Box;
  /** Computed colours, as Chromium serialises them (`rgb(…)`, `rgba(…)`). */
  color: string;
  backgroundColor: string;
  backgroundImage: boolean;
  borderColors: string[];
  /** Colours of box-shadows (DSFR draws some boundaries as inset shadows). */
  shadowColours: string[];
  outlineColor: string | null;
  fontFamily: string;
  fontSize: number;
  fontWeight: number;
  isHeading: boolean;
  /** Inside code, pre, kbd or samp: computer text, set in a monospace face, not judged on typeface. */
  code: boolean;
  /** The background behind the element (the first opaque one among its ancestors). */
  behind: string;
  interactive: boolean;
  inHeader: boolean;
  inFooter: boolean;
  snippet: string;
}

export interface BlocMarqueCandidate {
  kind: 'charte' | 'fr-logo' | 'img' | 'svg';
  selector: string;
  box: Box;
  /** The intitulé as written, one string per line (text-transform not applied). */
  lines: string[];
  inHeader: boolean;
  inFooter: boolean;
  link: { href: string; title: string } | null;
  snippet: string;
  /** Size of the Marianne block when it can be measured (DSFR's ::before, the component's part). */
  marianne: { width: number; height: number } | null;
  /** Painted elements within 64px of the bloc-marque (or its link) that are not part of it. */
  neighbours: { selector: string; box: Box; snippet: string }[];
}

/** A font Chromium used to draw text, as CSS.getPlatformFontsForNode reports it. */
export interface RenderedFont {
  family: string;
  /** A web font (@font-face) rather than a system font. */
  custom: boolean;
  glyphs: number;
  /** An element drawn with it. */
  selector: string;
}

export interface AxeNode {
  selector: string;
  snippet: string;
  message: string;
}

/** One issue of HTML_CodeSniffer, as pa11y's runner gives it. */
export interface HtmlcsIssue {
  /** `WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail` */
  code: string;
  type: 'error' | 'warning';
  message: string;
  selector: string;
  snippet: string;
}

export interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  tags: string[];
  nodes: AxeNode[];
}

export interface PageSnapshot {
  url: string;
  finalUrl: string;
  status: number;
  title: string;
  lang: string;
  theme: string;
  viewport: { width: number; height: number };
  documentSize: { width: number; height: number };
  elementCount: number;
  /** The encoding the document was decoded with (`UTF-8`, `windows-1252`). */
  charset: string;
  /** Families of the web fonts (@font-face) the page loaded. */
  loadedFaces: string[];
  /** U+FFFD characters in the text: bytes that were not valid in that encoding. */
  replacementChars: number;
  elements: PageElement[];
  /** More elements than the snapshot keeps: rules say so rather than pretend to have seen them all. */
  truncated: boolean;
  header: { selector: string; box: Box } | null;
  footer: { selector: string; box: Box; text: string } | null;
  blocMarques: BlocMarqueCandidate[];
  links: { href: string; text: string; inFooter: boolean }[];
  favicons: { rel: string; href: string; type: string; sizes: string }[];
  background: { html: string; body: string };
  fonts: RenderedFont[];
  axe: { violations: AxeResult[]; incomplete: AxeResult[] } | null;
  /** HTML_CodeSniffer's issues, when that engine was asked for. */
  htmlcs?: HtmlcsIssue[];
  /** PNG of the top of the page (document coordinates), base64. */
  screenshot?: string;
}
