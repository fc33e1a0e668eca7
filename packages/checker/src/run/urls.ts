/**
 * URL helpers shared by target resolution, sitemaps and crawling: one normal form for URLs (so the
 * same page is checked once and keeps one id in reports and baselines) and the heuristics that tell a
 * link to a page from a link to a file or to something that is not a web page at all.
 */

/** Schemes we load targets from. */
const HTTP_SCHEMES = new Set(['http:', 'https:']);

/** `scheme://` at the start of an input: the input is meant as a URL, not a path. */
const SCHEME_PREFIX = /^[a-z][a-z\d+.-]*:\/\//i;

/**
 * Extensions of links that lead to files rather than HTML pages; a crawler does not follow them.
 * Extensionless paths and unknown extensions (`/article.123`, `/users/jean.dupont`) are taken as pages.
 */
const NON_HTML_EXTENSIONS = new Set([
  // documents
  'pdf',
  'doc',
  'docx',
  'odt',
  'rtf',
  'xls',
  'xlsx',
  'ods',
  'csv',
  'ppt',
  'pptx',
  'odp',
  'epub',
  'txt',
  'ics',
  'vcf',
  // data and feeds
  'json',
  'xml',
  'rss',
  'atom',
  'gz',
  // archives and binaries
  'zip',
  'tar',
  'tgz',
  'bz2',
  'xz',
  'rar',
  '7z',
  'exe',
  'msi',
  'dmg',
  'apk',
  'iso',
  // images
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'svg',
  'ico',
  'bmp',
  'tif',
  'tiff',
  // audio and video
  'mp3',
  'mp4',
  'm4a',
  'm4v',
  'ogg',
  'oga',
  'ogv',
  'wav',
  'webm',
  'avi',
  'mov',
  'mkv',
  // assets
  'css',
  'js',
  'mjs',
  'map',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'eot',
]);

/** True when `input` starts with a scheme followed by `//` (`https://…`, `file://…`, `ftp://…`). */
export function looksLikeUrl(input: string): boolean {
  return SCHEME_PREFIX.test(input);
}

/** True when `input` parses as an absolute http or https URL. */
export function isHttpUrl(input: string): boolean {
  const url = URL.canParse(input) ? new URL(input) : undefined;
  return url !== undefined && HTTP_SCHEMES.has(url.protocol);
}

/**
 * The normal form of a URL: fragment dropped, query kept, scheme and host in lower case, default port
 * (`:80` for http, `:443` for https) removed, path dot-segments resolved.
 *
 * @throws Error naming the input when it is not an absolute URL.
 */
export function normaliseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`"${url}" is not an absolute URL`);
  }
  parsed.hash = '';
  return parsed.href;
}

/**
 * True when both URLs have the same scheme, host and port (after normalisation); false when either
 * is not an absolute URL.
 */
export function sameOrigin(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return false;
  const origin = new URL(a).origin;
  // Opaque origins (`data:`, `file:`…) serialise as "null" and are never the same.
  return origin !== 'null' && origin === new URL(b).origin;
}

/**
 * Whether a crawler should follow `href` as a link to an HTML page. Skips empty links, `mailto:`,
 * `tel:`, `javascript:`, `data:` and every scheme other than http(s), and links whose last path
 * segment ends in a file extension known not to be HTML (`.pdf`, `.zip`, `.png`, `.css`…). Relative
 * links are judged on their path; fragment-only links (`#top`) point into the current page and are not
 * followed.
 *
 * @param href the link as written in the page (`href` attribute), relative or absolute.
 * @param base the page's URL, to resolve relative links; a neutral http base is used when omitted.
 */
export function isHtmlLink(href: string, base = 'http://localhost/'): boolean {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return false;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return false;
  }
  if (!HTTP_SCHEMES.has(url.protocol)) return false;
  const extension = extensionOf(url.pathname);
  return extension === '' || !NON_HTML_EXTENSIONS.has(extension);
}

/** Lower-case extension of the last segment of a URL path or file path, without the dot; '' if none. */
export function extensionOf(pathname: string): string {
  let last = pathname.slice(pathname.lastIndexOf('/') + 1);
  try {
    last = decodeURIComponent(last);
  } catch {
    // Keep the raw text: a malformed escape does not hide a known extension.
  }
  const dot = last.lastIndexOf('.');
  return dot <= 0 ? '' : last.slice(dot + 1).toLowerCase();
}
