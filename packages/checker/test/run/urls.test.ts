/**
 * One normal form per page URL (so a page is checked once and keeps its id in baselines), origins,
 * and which links a crawler follows.
 */
import { describe, expect, it } from 'vitest';
import { extensionOf, isHtmlLink, isHttpUrl, normaliseUrl, sameOrigin } from '../../src/run/urls.ts';

describe('normaliseUrl', () => {
  it.each([
    ['https://www.example.gouv.fr/page#section', 'https://www.example.gouv.fr/page'],
    ['https://www.example.gouv.fr/page?b=2&a=1#x', 'https://www.example.gouv.fr/page?b=2&a=1'],
    ['HTTPS://WWW.Example.GOUV.FR/Page', 'https://www.example.gouv.fr/Page'],
    ['http://www.example.gouv.fr:80/', 'http://www.example.gouv.fr/'],
    ['https://www.example.gouv.fr:443/a', 'https://www.example.gouv.fr/a'],
    ['https://www.example.gouv.fr:8443/a', 'https://www.example.gouv.fr:8443/a'],
    ['http://www.example.gouv.fr:443/a', 'http://www.example.gouv.fr:443/a'],
    ['https://www.example.gouv.fr', 'https://www.example.gouv.fr/'],
    ['https://www.example.gouv.fr/a/../b/./c', 'https://www.example.gouv.fr/b/c'],
    ['  https://www.example.gouv.fr/espace  ', 'https://www.example.gouv.fr/espace'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it('refuses what is not an absolute URL, naming it', () => {
    expect(() => normaliseUrl('/relative/path')).toThrow('"/relative/path" is not an absolute URL');
  });
});

describe('sameOrigin', () => {
  it.each([
    ['https://www.example.gouv.fr/a', 'HTTPS://WWW.EXAMPLE.GOUV.FR:443/b?x#y', true],
    ['https://www.example.gouv.fr/a', 'http://www.example.gouv.fr/a', false],
    ['https://www.example.gouv.fr/a', 'https://example.gouv.fr/a', false],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8081/', false],
    ['https://www.example.gouv.fr/', 'not a url', false],
    ['data:text/html,a', 'data:text/html,a', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(sameOrigin(a, b)).toBe(expected);
  });
});

describe('isHtmlLink', () => {
  it.each([
    'https://www.example.gouv.fr/actualites',
    '/actualites/2025/',
    'page.html',
    'page.htm',
    'recherche.php?q=impots',
    '../index.xhtml',
    '/users/jean.dupont',
    '?page=2',
    'https://www.example.gouv.fr/doc.pdf.html',
  ])('follows %s', (href) => {
    expect(isHtmlLink(href, 'https://www.example.gouv.fr/')).toBe(true);
  });

  it.each([
    'mailto:webmestre@example.gouv.fr',
    'MAILTO:webmestre@example.gouv.fr',
    'tel:+33100000000',
    'javascript:void(0)',
    '  javascript:alert(1)',
    'data:text/html,<p>x</p>',
    'ftp://ftp.example.gouv.fr/',
    '#contenu',
    '',
    '/documents/rapport-2025.pdf',
    '/documents/RAPPORT.PDF',
    'archive.zip',
    '/images/logo.png?v=3',
    '/images/photo.jpeg#zoom',
    '/styles/main.css',
    '/plan-du-site.xml',
    'https://www.example.gouv.fr/fichier%2Epdf',
  ])('does not follow %s', (href) => {
    expect(isHtmlLink(href, 'https://www.example.gouv.fr/')).toBe(false);
  });

  it('judges relative links without a base', () => {
    expect(isHtmlLink('contact')).toBe(true);
    expect(isHtmlLink('notice.pdf')).toBe(false);
  });
});

describe('isHttpUrl and extensionOf', () => {
  it('tells http(s) URLs from paths and other schemes', () => {
    expect(isHttpUrl('https://www.example.gouv.fr/')).toBe(true);
    expect(isHttpUrl('http://127.0.0.1:3000/a')).toBe(true);
    expect(isHttpUrl('site/index.html')).toBe(false);
    expect(isHttpUrl('file:///tmp/a.html')).toBe(false);
    expect(isHttpUrl('C:\\site\\index.html')).toBe(false);
  });

  it('gives the lower-case extension of the last segment only', () => {
    expect(extensionOf('/a.b/c')).toBe('');
    expect(extensionOf('/a/Photo.JPG')).toBe('jpg');
    expect(extensionOf('/a/.hidden')).toBe('');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
  });
});
