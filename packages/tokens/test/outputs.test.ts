/** What users of @charte/tokens get: files, exports, charters, fonts, and a reproducible build. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { build } from '../build/build.ts';
import { dsfrFiles } from '../build/dsfr.ts';
import { dist, distDir, packageDir, read, repoDir, tempDir } from './helpers.ts';

const tokens = await import(dist('js/index.js'));
const fonts = await import(dist('js/fonts.js'));
const charterIds = readdirSync(path.join(repoDir, 'tokens/charters')).map((f) => f.replace(/\.json$/, ''));

describe('build', () => {
  it('gives byte-identical outputs when run twice', async () => {
    const [a, b] = [tempDir('a'), tempDir('b')];
    await build({ outDir: a, quiet: true });
    await build({ outDir: b, quiet: true });
    const list = (dir: string) =>
      (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(path.join(dir, f)).isFile()).sort();
    expect(list(a)).toEqual(list(b));
    const differing = list(a).filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))));
    expect(differing).toEqual([]);
    expect(list(a)).toEqual(list(distDir));
  });
});

describe('package exports', () => {
  const samples: Record<string, string> = {
    css: 'all.css',
    json: 'palette.json',
    fonts: 'Marianne-Bold.woff2',
    schema: 'charter.schema.json',
  };
  it('point at files that exist', () => {
    const pkg = JSON.parse(read(path.join(packageDir, 'package.json')));
    for (const [key, target] of Object.entries<Record<string, string> | string>(pkg.exports)) {
      const targets = typeof target === 'string' ? [target] : Object.values(target);
      for (const t of targets) {
        const probe = t.replace('*', samples[key.split('/')[1] as string] ?? '');
        expect(existsSync(path.join(packageDir, probe)), `${key} -> ${probe}`).toBe(true);
      }
    }
  });
});

describe('CSS', () => {
  it.each(['all.css', 'light.css', 'dark.css', 'fonts.css', ...charterIds.map((id) => `charters/${id}.css`)])(
    '%s parses and declares something',
    (file) => {
      const root = postcss.parse(read(dist(`css/${file}`)));
      let declarations = 0;
      root.walkDecls(() => {
        declarations++;
      });
      expect(declarations).toBeGreaterThan(0);
    },
  );

  it('puts decisions on :root as references to option pairs, like DSFR', () => {
    const css = read(dist('css/light.css'));
    expect(css).toContain('--background-action-high-blue-france: var(--blue-france-sun-113-625);');
    expect(css).toContain('--blue-france-sun-113-625: #000091;');
    expect(css).toContain('--text-title-grey: var(--grey-50-1000);');
  });

  it('switches only option pairs and the shadow colour in the dark theme', () => {
    const root = postcss.parse(read(dist('css/dark.css')));
    const names: string[] = [];
    root.walkDecls((d) => {
      names.push(d.prop);
    });
    expect(names.filter((n) => !(n === '--shadow-color' || tokens.optionPairs[n.slice(2)]))).toEqual([]);
    expect(read(dist('css/dark.css'))).toContain('--blue-france-sun-113-625: #8585f6;');
  });
});

describe('ESM output', () => {
  it('lists the palette with the brand colours under their DSFR names', () => {
    const byName = new Map(tokens.palette.map((c: { name: string; value: string }) => [c.name, c.value]));
    expect(byName.get('blue-france-sun-113')).toBe('#000091');
    expect(byName.get('blue-france-sun-113-hover')).toBe('#1212ff');
    expect(byName.get('red-marianne-main-472')).toBe('#e1000f');
    expect(byName.get('grey-50')).toBe('#161616');
    expect(new Set(tokens.palette.map((c: { family: string }) => c.family)).size).toBe(tokens.families.length);
  });

  it('resolves decisions in both themes with the options they use', () => {
    const d = tokens.decisions['background-action-high-blue-france'];
    expect(d).toMatchObject({ light: '#000091', lightOption: 'blue-france-sun-113', darkOption: 'blue-france-625' });
    expect(d.dark).toBe(tokens.palette.find((c: { name: string }) => c.name === 'blue-france-625').value);
  });

  it('carries the non-colour tokens a component needs', () => {
    expect(tokens.themes.light['charte-focus-color']).toBe('#0a76f6');
    expect(tokens.themes.dark['charte-focus-color']).toBe('#0a76f6');
    expect(tokens.tokens['charte-space-4v']).toBe('1rem');
    expect(tokens.tokens['charte-font-heading-h1-size-desktop']).toBe('2.5rem');
    expect(tokens.tokens['charte-breakpoint-md']).toBe('48em');
  });
});

describe('charters', () => {
  it('has every charter of tokens/charters, each resolved up to etat', () => {
    expect(Object.keys(tokens.charters).sort()).toEqual([...charterIds].sort());
    for (const charter of Object.values<{ chain: string[]; intitule: string[] }>(tokens.charters)) {
      expect(charter.chain.at(-1)).toBe('etat');
      expect(charter.intitule.length).toBeGreaterThan(0);
      expect(charter.intitule.length).toBeLessThanOrEqual(7);
    }
  });

  it('keeps the intitulés as set in the bloc-marque', () => {
    expect(tokens.charters.etat.intitule).toEqual(['République', 'Française']);
    expect(tokens.charters.gouvernement.intitule).toEqual(['Gouvernement']);
    expect(tokens.charters.interieur.intitule).toEqual(['Ministère', "de l'Intérieur"]);
  });

  it('inherits thresholds and accent families from etat', () => {
    expect(tokens.charters.culture.thresholds).toEqual(tokens.charters.etat.thresholds);
    expect(tokens.charters.culture.accentFamilies).toEqual(tokens.charters.etat.accentFamilies);
  });
});

describe('fonts', () => {
  it('fonts.css loads Marianne and Spectral from files that are in the package, equal to DSFR’s', () => {
    const css = read(dist('css/fonts.css'));
    const urls = [...css.matchAll(/url\("([^"]+)"\)/g)].map((m) => m[1] as string);
    expect(urls.length).toBe(fonts.fontFiles.length * 2);
    for (const url of urls) {
      const file = path.resolve(path.dirname(dist('css/fonts.css')), url);
      expect(readFileSync(file).equals(readFileSync(path.join(dsfrFiles.fonts, path.basename(file))))).toBe(true);
    }
    expect(css).toMatch(/font-family: "Marianne";[\s\S]*font-weight: 700;/);
    expect(css).toMatch(/font-family: "Spectral";[\s\S]*font-weight: 900;/);
  });

  it('fontFaces() points the rules at wherever a site serves the files', () => {
    const css = fonts.fontFaces('https://static.example.gouv.fr/fonts', { display: 'optional' });
    expect(css).toContain('url("https://static.example.gouv.fr/fonts/Marianne-Regular.woff2") format("woff2")');
    expect(css).toContain('font-display: optional;');
    expect(css).not.toContain('../fonts/');
  });
});

describe('repository', () => {
  it('holds no official asset: no font file, no Marianne or devise SVG', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: repoDir,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    expect(files.filter((f) => /\.(woff2?|ttf|otf)$/i.test(f))).toEqual([]);
    const logoCss = read(path.join(path.dirname(dsfrFiles.core), '../component/logo/logo.css'));
    const marianneData = /url\("data:image\/svg\+xml[^"]{200}/.exec(logoCss)?.[0];
    expect(marianneData).toBeDefined();
    const leaking = files.filter((f) => {
      try {
        return read(path.join(repoDir, f)).includes((marianneData as string).slice(40, 200));
      } catch {
        return false;
      }
    });
    expect(leaking).toEqual([]);
  });
});
