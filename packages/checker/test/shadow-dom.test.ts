/**
 * Pages built from web components: the snapshot enters shadow roots, so a bloc-marque, a header and a footer
 * drawn inside components are seen as they are rendered (text, slotted content, links, selectors).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../src/model/page.ts';
import { check } from '../src/run/engine.ts';
import { type StaticServer, startStaticServer } from '../src/run/static-server.ts';

const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Accueil - Service</title></head><body>
<x-header></x-header><main><h1>Titre</h1></main><x-footer><p>Texte glissé dans le pied de page</p></x-footer>
<script>
customElements.define('x-header', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<header><x-logo></x-logo></header>';
  }
});
customElements.define('x-logo', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<a href="/" title="Accueil - Service - République Française"><p class="fr-logo" id="logo">République<br>Française</p></a>';
  }
});
customElements.define('x-footer', class extends HTMLElement {
  connectedCallback() {
    this.attachShadow({ mode: 'open' }).innerHTML =
      '<footer><slot></slot><a href="https://www.info.gouv.fr">info.gouv.fr</a> Sous licence etalab-2.0</footer>';
  }
});
</script></body></html>`;

let dir: string;
let server: StaticServer;
let snapshot: PageSnapshot | undefined;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'charte-shadow-'));
  writeFileSync(path.join(dir, 'index.html'), page);
  server = await startStaticServer(dir);
  await check([{ id: 'index.html', url: server.urlFor('index.html'), kind: 'page', origin: 'argument' }], {
    axe: false,
    onSnapshot: (_target, s) => {
      snapshot = s;
    },
  });
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('shadow DOM', () => {
  it('finds a bloc-marque inside nested shadow roots, in the header, with its link', () => {
    const bloc = snapshot!.blocMarques.find((b) => b.kind === 'fr-logo');
    expect(bloc?.lines).toEqual(['République', 'Française']);
    expect(bloc?.inHeader).toBe(true);
    expect(bloc?.link?.title).toBe('Accueil - Service - République Française');
    expect(bloc?.selector).toBe('body > x-header >>> header > x-logo >>> #logo');
  });

  it('reads the footer as rendered: its shadow text, the slotted text and its links', () => {
    expect(snapshot!.footer?.text).toContain('Texte glissé dans le pied de page');
    expect(snapshot!.footer?.text).toContain('Sous licence etalab-2.0');
    expect(snapshot!.links.find((l) => l.href.startsWith('https://www.info.gouv.fr'))?.inFooter).toBe(true);
  });

  it('gives shadow elements selectors that cross shadow roots', () => {
    expect(snapshot!.elements.some((e) => e.selector.includes(' >>> ') && e.tag === 'h1')).toBe(false);
    expect(snapshot!.elements.map((e) => e.selector)).toContain('body > x-header >>> header > x-logo >>> a');
  });
});
