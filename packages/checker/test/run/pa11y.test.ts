/**
 * pa11y-ci compatibility: pa11y's action strings read as pa11y reads them and played in real Chromium,
 * and pa11y-ci configuration files read as pa11y-ci reads them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../src/run/browser.ts';
import {
  formatAction,
  type Pa11yAction,
  Pa11yActionError,
  Pa11yConfigError,
  parseAction,
  readPa11yCiConfig,
  runActions,
} from '../../src/run/pa11y.ts';
import { removeTempDirs, startTestServer, type TestServer, tempDir, write } from './helpers.ts';

describe('parseAction', () => {
  const forms: [string, Pa11yAction][] = [
    ['click element #tab-1', { type: 'click', selector: '#tab-1' }],
    ['click .menu > a', { type: 'click', selector: '.menu > a' }],
    ['CLICK ELEMENT button[type="submit"]', { type: 'click', selector: 'button[type="submit"]' }],
    ['set field #fullname to John Doe', { type: 'set-field', selector: '#fullname', value: 'John Doe' }],
    ['set #q to to be or not to be', { type: 'set-field', selector: '#q', value: 'to be or not to be' }],
    ['set field #a to b to c', { type: 'set-field', selector: '#a', value: 'b to c' }],
    ['clear field #middlename', { type: 'clear-field', selector: '#middlename' }],
    ['clear #middlename', { type: 'clear-field', selector: '#middlename' }],
    ['check field #terms', { type: 'check-field', selector: '#terms', checked: true }],
    ['check #terms', { type: 'check-field', selector: '#terms', checked: true }],
    ['uncheck field #subscribe', { type: 'check-field', selector: '#subscribe', checked: false }],
    ['UNCHECK #subscribe', { type: 'check-field', selector: '#subscribe', checked: false }],
    ['screen capture example.png', { type: 'screen-capture', path: 'example.png' }],
    ['screen-capture shots/a.png', { type: 'screen-capture', path: 'shots/a.png' }],
    ['capture screen to b.png', { type: 'screen-capture', path: 'b.png' }],
    [
      'wait for fragment to be #page-2',
      { type: 'wait-for-url', subject: 'fragment', value: '#page-2', negated: false },
    ],
    ['wait for hash #page-2', { type: 'wait-for-url', subject: 'hash', value: '#page-2', negated: false }],
    ['wait for path to not be /login', { type: 'wait-for-url', subject: 'path', value: '/login', negated: true }],
    [
      'Wait For Host to be example.org',
      { type: 'wait-for-url', subject: 'host', value: 'example.org', negated: false },
    ],
    [
      'wait for url to be https://example.com/',
      { type: 'wait-for-url', subject: 'url', value: 'https://example.com/', negated: false },
    ],
    [
      'wait for element #tab-1-content to be visible',
      { type: 'wait-for-element', selector: '#tab-1-content', state: 'visible' },
    ],
    ['wait for .foo .bar to be added', { type: 'wait-for-element', selector: '.foo .bar', state: 'added' }],
    ['wait for element #spinner to be removed', { type: 'wait-for-element', selector: '#spinner', state: 'removed' }],
    ['wait for #tab-1 to be HIDDEN', { type: 'wait-for-element', selector: '#tab-1', state: 'hidden' }],
    [
      'wait for element #panel to emit content-loaded',
      { type: 'wait-for-event', selector: '#panel', event: 'content-loaded' },
    ],
    ['wait for #my-image to emit load', { type: 'wait-for-event', selector: '#my-image', event: 'load' }],
    ['navigate to https://another-example.com/', { type: 'navigate', url: 'https://another-example.com/' }],
    ['navigate to url https://another-example.com/', { type: 'navigate', url: 'https://another-example.com/' }],
    ['navigate to /other', { type: 'navigate', url: '/other' }],
    // pa11y tries `wait for <url part>` before `wait for <selector> to be <state>`.
    ['wait for path to be visible', { type: 'wait-for-url', subject: 'path', value: 'visible', negated: false }],
    // and `navigate` before `click`, `set`…: what follows "navigate to" is always a url.
    ['navigate to set field', { type: 'navigate', url: 'set field' }],
  ];

  it.each(forms)('reads %j', (text, expected) => {
    expect(parseAction(text)).toEqual(expected);
  });

  it('writes every action back in a form it reads the same', () => {
    for (const [, action] of forms) expect(parseAction(formatAction(action))).toEqual(action);
  });

  it('rejects what matches no form, naming it and listing the accepted forms', () => {
    for (const text of ['press #submit', 'wait for #panel', 'set field #a', '']) {
      expect(() => parseAction(text)).toThrow(Pa11yConfigError);
      try {
        parseAction(text);
      } catch (error) {
        const message = (error as Error).message;
        expect(message).toContain(JSON.stringify(text));
        expect(message).toContain('click element <selector>');
        expect(message).toContain('wait for element <selector> to emit <event>');
      }
    }
  });
});

describe('readPa11yCiConfig', () => {
  afterAll(removeTempDirs);

  it('reads urls as strings or objects merged over the defaults, as pa11y-ci does', async () => {
    const dir = tempDir('pa11yci');
    write(dir, 'site/index.html', '<!doctype html><title>Accueil</title>');
    write(
      dir,
      '.pa11yci',
      JSON.stringify({
        defaults: {
          timeout: 1000,
          wait: 200,
          viewport: { width: 320, height: 480 },
          headers: { Authorization: 'Basic abc' },
          ignore: ['WCAG2AA.Principle1.Guideline1_4.1_4_3.G18.Fail', 'Notice'],
          standard: 'WCAG2AAA',
          chromeLaunchConfig: { args: ['--no-sandbox'] },
          useIncognitoBrowserContext: false,
          reporters: ['cli', 'json'],
          concurrency: 3,
        },
        urls: [
          'https://www.example.gouv.fr/',
          {
            url: 'https://www.example.gouv.fr/contact',
            timeout: 50000,
            viewport: { width: 1024 },
            headers: { 'X-Test': 1 },
            hideElements: '.cookie-banner',
            rootElement: 'main',
            runners: ['axe', 'htmlcs'],
            actions: ['set field #name to Marie', 'click element #send', 'wait for path to be /merci'],
          },
          './site/index.html',
          'site',
          'www.example.gouv.fr/mentions',
        ],
      }),
    );
    const config = await readPa11yCiConfig('.pa11yci', dir);
    expect(config.file).toBe(path.join(dir, '.pa11yci'));
    expect(config.concurrency).toBe(3);
    expect(config.warnings).toEqual([]);
    expect(config.entries.map((entry) => entry.url)).toEqual([
      'https://www.example.gouv.fr/',
      'https://www.example.gouv.fr/contact',
      path.join(dir, 'site/index.html'),
      path.join(dir, 'site'),
      'http://www.example.gouv.fr/mentions',
    ]);

    const [home, contact] = config.entries;
    expect(home?.options).toEqual({
      actions: [],
      timeout: 1000,
      wait: 200,
      viewport: { width: 320, height: 480 },
      headers: { Authorization: 'Basic abc' },
      ignore: ['wcag2aa.principle1.guideline1_4.1_4_3.g18.fail', 'notice'],
      runners: ['htmlcs'],
      standard: 'WCAG2AAA',
      unsupported: [],
    });
    expect(contact?.options).toEqual({
      actions: [
        { type: 'set-field', selector: '#name', value: 'Marie' },
        { type: 'click', selector: '#send' },
        { type: 'wait-for-url', subject: 'path', value: '/merci', negated: false },
      ],
      timeout: 50000,
      wait: 200,
      viewport: { width: 1024, height: 480 },
      headers: { Authorization: 'Basic abc', 'X-Test': '1' },
      hideElements: '.cookie-banner',
      rootElement: 'main',
      ignore: ['wcag2aa.principle1.guideline1_4.1_4_3.g18.fail', 'notice'],
      runners: ['axe', 'htmlcs'],
      standard: 'WCAG2AAA',
      unsupported: [],
    });
  });

  it('merges lists position by position as pa11y-ci does, and says so', async () => {
    const dir = tempDir('pa11yci');
    const file = write(
      dir,
      'lists.json',
      JSON.stringify({
        defaults: { actions: ['click element #cookies-ok', 'wait for element #cookies to be removed'] },
        urls: [
          { url: 'https://a.example/', actions: ['click element #menu'] },
          { url: 'https://b.example/', actions: ['click #x', 'click #y', 'click #z'] },
          'https://c.example/',
        ],
      }),
    );
    const config = await readPa11yCiConfig(file, '/');
    expect(config.entries.map((entry) => entry.options.actions.map(formatAction))).toEqual([
      ['click element #menu', 'wait for element #cookies to be removed'],
      ['click element #x', 'click element #y', 'click element #z'],
      ['click element #cookies-ok', 'wait for element #cookies to be removed'],
    ]);
    expect(config.warnings).toHaveLength(1);
    expect(config.warnings[0]).toMatch(new RegExp(`^${file}: urls\\[0\\] \\(https://a.example/\\): "actions"`));
  });

  it('warns once for each option that would change the results and that it does not apply', async () => {
    const dir = tempDir('pa11yci');
    const file = write(
      dir,
      '.pa11yci.json',
      JSON.stringify({
        defaults: { includeNotices: true, method: 'GET', log: null, level: 'warning', timout: 10 },
        urls: [
          {
            url: 'https://a.example/',
            userAgent: 'A11Y TESTS',
            threshold: 5,
            viewport: { width: 320, isMobile: true },
          },
          { url: 'https://b.example/', includeNotices: false },
          'https://c.example/',
        ],
      }),
    );
    const config = await readPa11yCiConfig('.pa11yci.json', dir);
    expect(config.entries.map((entry) => entry.options.unsupported)).toEqual([
      ['includeNotices', 'userAgent', 'threshold', 'viewport.isMobile'],
      [],
      ['includeNotices'],
    ]);
    expect(config.warnings).toHaveLength(5);
    const [notices, typo, userAgent, threshold, mobile] = config.warnings;
    expect(notices).toMatch(new RegExp(`^${file}: defaults: option "includeNotices" is not supported`));
    expect(typo).toContain('"timout" is not a pa11y option');
    expect(userAgent).toMatch(new RegExp(`^${file}: urls\\[0\\] \\(https://a.example/\\): option "userAgent"`));
    expect(threshold).toContain('"threshold"');
    expect(mobile).toContain('"viewport.isMobile"');
  });

  it('reads a CommonJS module, a promise it exports, and an ES module default export', async () => {
    const dir = tempDir('pa11yci');
    write(
      dir,
      '.pa11yci.js',
      "module.exports = Promise.resolve({ defaults: { timeout: 5000 }, urls: ['https://' + 'example.org/'] });\n",
    );
    const found = await readPa11yCiConfig('.', dir);
    expect(found.file).toBe(path.join(dir, '.pa11yci.js'));
    expect(found.entries).toEqual([
      { url: 'https://example.org/', options: expect.objectContaining({ timeout: 5000 }) },
    ]);

    write(dir, 'ci.cjs', "module.exports = { urls: [{ url: 'https://example.org/a', wait: 10 }] };\n");
    // Named without its extension, as `pa11y-ci --config ci` finds ci.cjs.
    const cjs = await readPa11yCiConfig('ci', dir);
    expect(cjs.file).toBe(path.join(dir, 'ci.cjs'));
    expect(cjs.entries[0]?.options.wait).toBe(10);

    write(
      dir,
      'esm/ci.mjs',
      "export default { urls: ['https://example.org/esm'], defaults: { standard: 'WCAG2A' } };\n",
    );
    const esm = await readPa11yCiConfig('esm/ci.mjs', dir);
    expect(esm.entries).toEqual([
      { url: 'https://example.org/esm', options: expect.objectContaining({ standard: 'WCAG2A', runners: ['htmlcs'] }) },
    ]);
  });

  it('turns screenCapture into a last screen capture action', async () => {
    const dir = tempDir('pa11yci');
    write(
      dir,
      '.pa11yci',
      JSON.stringify({ urls: [{ url: 'https://a.example/', actions: ['click #a'], screenCapture: 'a.png' }] }),
    );
    const config = await readPa11yCiConfig('.pa11yci', dir);
    expect(config.entries[0]?.options.actions).toEqual([
      { type: 'click', selector: '#a' },
      { type: 'screen-capture', path: 'a.png' },
    ]);
  });

  it('says where invalid JSON breaks, with line and column', async () => {
    const dir = tempDir('pa11yci');
    const file = write(dir, '.pa11yci', '{\n  "urls": [\n    "https://a.example/",\n  ]\n}\n');
    await expect(readPa11yCiConfig('.pa11yci', dir)).rejects.toThrow(
      `${file}: invalid JSON at line 4, column 3: unexpected "]" (JSON allows no comma before it)`,
    );
    write(dir, 'comments.json', '{\n  // pages\n  "urls": []\n}');
    await expect(readPa11yCiConfig('comments.json', dir)).rejects.toThrow(/line 2, column 3: unexpected "\/"/);
    write(dir, 'empty.json', '');
    await expect(readPa11yCiConfig('empty.json', dir)).rejects.toThrow(/line 1, column 1: unexpected end of the file/);
  });

  it('rejects a configuration without urls or with a url it cannot read, naming the file first', async () => {
    const dir = tempDir('pa11yci');
    const cases: [string, unknown, RegExp][] = [
      ['no-urls.json', { defaults: { timeout: 100 } }, /: no "urls"/],
      ['empty-urls.json', { urls: [] }, /: "urls" is empty/],
      ['not-a-list.json', { urls: 'https://a.example/' }, /: "urls" must be a list/],
      ['number.json', { urls: ['https://a.example/', 42] }, /: urls\[1\] must be a url string or an object/],
      ['no-url.json', { urls: [{ href: 'https://a.example/' }] }, /: urls\[0\] must be a url string or an object/],
      [
        'bad-action.json',
        { urls: [{ url: 'https://a.example/', actions: ['click #ok', 'press #submit'] }] },
        /: urls\[0\] \(https:\/\/a\.example\/\): actions\[1\]: "press #submit" is not a pa11y action/,
      ],
      [
        'bad-default-action.json',
        { defaults: { actions: ['hover #menu'] }, urls: ['https://a.example/'] },
        /: defaults: actions\[0\]: "hover #menu" is not a pa11y action/,
      ],
      [
        'bad-standard.json',
        { defaults: { standard: 'RGAA4' }, urls: ['https://a.example/'] },
        /"standard" must be one of/,
      ],
      ['bad-timeout.json', { urls: [{ url: 'https://a.example/', timeout: 'long' }] }, /"timeout" must be a number/],
    ];
    for (const [name, content, message] of cases) {
      const file = write(dir, name, JSON.stringify(content));
      const error = await readPa11yCiConfig(name, dir).catch((caught: unknown) => caught);
      expect(error, name).toBeInstanceOf(Pa11yConfigError);
      expect((error as Error).message.startsWith(`${file}: `), name).toBe(true);
      expect((error as Error).message, name).toMatch(message);
    }
  });

  it('rejects a missing file or a module that throws, naming the file first', async () => {
    const dir = tempDir('pa11yci');
    await expect(readPa11yCiConfig('missing.json', dir)).rejects.toThrow(
      new RegExp(`^${path.join(dir, 'missing.json')}: no such file`),
    );
    await expect(readPa11yCiConfig('.', dir)).rejects.toThrow(/no pa11y-ci configuration in this folder/);
    const file = write(dir, 'broken.cjs', "throw new Error('TOKEN is not set');\n");
    await expect(readPa11yCiConfig('broken.cjs', dir)).rejects.toThrow(
      `${file}: the module failed to load: TOKEN is not set`,
    );
  });
});

const PAGE = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Formulaire</title></head>
<body>
  <form onsubmit="return false">
    <label for="name">Nom</label> <input id="name" name="name" value="Jean">
    <label><input type="checkbox" id="terms"> J’accepte les conditions</label>
    <button type="button" id="reveal">Afficher le panneau</button>
    <button type="button" id="fire">Charger</button>
  </form>
  <div id="panel" hidden>Panneau</div>
  <div id="plain">Texte</div>
  <div id="emitter"></div>
  <a href="/other">Autre page</a>
  <ol id="log"></ol>
  <script>
    const log = (text) => {
      const item = document.createElement('li');
      item.textContent = text;
      document.getElementById('log').append(item);
    };
    const name = document.getElementById('name');
    name.addEventListener('input', () => log('input:' + name.value));
    name.addEventListener('change', () => log('change:' + name.value));
    const terms = document.getElementById('terms');
    terms.addEventListener('change', () => log('change:terms:' + terms.checked));
    terms.addEventListener('click', () => log('click:terms'));
    document.getElementById('reveal').addEventListener('click', () => {
      setTimeout(() => {
        document.getElementById('panel').hidden = false;
        location.hash = '#panel-open';
      }, 250);
    });
    document.getElementById('fire').addEventListener('click', () => {
      setTimeout(() => document.getElementById('emitter').dispatchEvent(new CustomEvent('charte:loaded')), 250);
    });
  </script>
</body>
</html>`;

describe('runActions in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let cwd: string;
  const options = () => ({ timeout: 5000, cwd });

  beforeAll(async () => {
    cwd = tempDir('pa11y-actions');
    server = await startTestServer((pathname, _req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pathname === '/other' ? '<!doctype html><title>Autre</title><h1>Autre page</h1>' : PAGE);
    });
    browser = await launchChromium(findChromium());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    removeTempDirs();
  });

  async function open(): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/form`);
    return page;
  }

  const run = (page: Page, texts: string[], timeout = 5000) =>
    runActions(page, texts.map(parseAction), { ...options(), timeout });

  const logged = (page: Page) => page.locator('#log li').allTextContents();

  it('sets and clears a field with the input event pa11y sends', async () => {
    const page = await open();
    await run(page, ['set field #name to Marie Curie']);
    expect(await page.inputValue('#name')).toBe('Marie Curie');
    // pa11y 9.1.1 dispatches `input` only: no `change` event, as under pa11y.
    expect(await logged(page)).toEqual(['input:Marie Curie']);
    await run(page, ['clear field #name']);
    expect(await page.inputValue('#name')).toBe('');
    expect(await logged(page)).toEqual(['input:Marie Curie', 'input:']);
    await page.close();
  });

  it('checks and unchecks a box with a change event and no click', async () => {
    const page = await open();
    await run(page, ['check field #terms']);
    expect(await page.isChecked('#terms')).toBe(true);
    await run(page, ['uncheck #terms']);
    expect(await page.isChecked('#terms')).toBe(false);
    expect(await logged(page)).toEqual(['change:terms:true', 'change:terms:false']);
    await page.close();
  });

  it('refuses to set a value on an element that takes none', async () => {
    const page = await open();
    await expect(run(page, ['set field #plain to Marie'])).rejects.toThrow(
      'pa11y action "set field #plain to Marie" failed: the element <div> matching "#plain" does not take a value',
    );
    await expect(run(page, ['check field #plain'])).rejects.toThrow(/cannot be checked/);
    await page.close();
  });

  it('clicks, then waits for what the click reveals', async () => {
    const page = await open();
    await run(page, [
      'click element #reveal',
      'wait for element #panel to be visible',
      'wait for fragment to be #panel-open',
    ]);
    expect(await page.isVisible('#panel')).toBe(true);
    expect(new URL(page.url()).hash).toBe('#panel-open');
    await run(page, [
      'wait for #panel to be added',
      'wait for #nothing to be removed',
      'wait for #nothing to be hidden',
    ]);
    await page.close();
  });

  it('waits for an element to emit an event', async () => {
    const page = await open();
    await run(page, ['click #fire', 'wait for element #emitter to emit charte:loaded']);
    await page.close();
  });

  it('navigates relative to the current page and waits for the new path', async () => {
    const page = await open();
    await run(page, [
      'wait for path to not be /other',
      'navigate to /other',
      'wait for path to be /other',
      `wait for host to be ${new URL(server.origin).host}`,
      `wait for url to be ${server.origin}/other`,
    ]);
    expect(await page.title()).toBe('Autre');
    await page.close();
  });

  it('fails a click on a missing element within the timeout, naming the selector', async () => {
    const page = await open();
    const started = Date.now();
    const error = await run(page, ['click element #missing-button'], 500).catch((caught: unknown) => caught);
    // Well under the 30 s default, with room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(Pa11yActionError);
    expect((error as Error).message).toBe(
      'pa11y action "click element #missing-button" failed: no element matches "#missing-button" (timed out after 500 ms)',
    );
    await page.close();
  });

  it('says why an element that exists could not be clicked', async () => {
    const page = await open();
    await expect(run(page, ['click #panel'], 500)).rejects.toThrow(
      'pa11y action "click #panel" failed: timed out after 500 ms before the element could be clicked (element is not visible)',
    );
    await page.close();
  });

  it('fails a wait that is never met once the timeout has passed, saying what it saw', async () => {
    const page = await open();
    await expect(run(page, ['wait for element #panel to be visible'], 500)).rejects.toThrow(
      'pa11y action "wait for element #panel to be visible" failed: timed out after 500 ms waiting for "#panel" to be visible (it is hidden)',
    );
    await expect(run(page, ['wait for path to be /elsewhere'], 300)).rejects.toThrow(
      'timed out after 300 ms: the path is "/form", expected "/elsewhere"',
    );
    await expect(run(page, ['wait for #emitter to emit never'], 300)).rejects.toThrow(
      'timed out after 300 ms waiting for "#emitter" to emit "never"',
    );
    await expect(run(page, ['set field #late to x'], 300)).rejects.toThrow(
      'no element matches "#late" (timed out after 300 ms)',
    );
    await page.close();
  });

  it('still says what it saw when the page is too busy to answer before the deadline', async () => {
    const page = await open();
    // The page's main thread is taken for 800 ms: the first look cannot finish within the 300 ms.
    await page.evaluate(() => {
      setTimeout(() => {
        const end = Date.now() + 800;
        while (Date.now() < end) {}
      }, 0);
    });
    await expect(run(page, ['wait for element #panel to be visible'], 300)).rejects.toThrow(
      'timed out after 300 ms waiting for "#panel" to be visible (it is hidden)',
    );
    await page.close();
  });

  it('captures the whole page to a PNG file relative to cwd', async () => {
    const page = await open();
    await run(page, ['screen capture shots/form.png']);
    const file = path.join(cwd, 'shots/form.png');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    write(cwd, 'not-a-folder', 'a file');
    await expect(run(page, ['capture screen to not-a-folder/form.png'])).rejects.toThrow(
      `pa11y action "capture screen to not-a-folder/form.png" failed: could not write ${path.join(cwd, 'not-a-folder/form.png')}: `,
    );
    await page.close();
  });
});
