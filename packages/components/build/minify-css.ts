/**
 * Minifies the CSS inside Lit's css`…` templates of the compiled modules (esbuild and other bundlers leave
 * template contents as written): comments dropped, whitespace folded, none around braces, semicolons,
 * commas and after colons. Interpolations (`${…}`) are kept as they are.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:,(])0\.(\d)/g, '$1.$2')
    .trim();
}

/** Folds whitespace in markup: runs of spaces and line breaks become one space (as HTML renders them). */
export function foldHtml(markup: string): string {
  return markup.replace(/\s+/g, ' ');
}

/** Minifies every css`…` template in `code`, and folds the whitespace of html`…` templates. */
export function minifyCssTemplates(code: string): string {
  return minifyTemplates(minifyTemplates(code, 'css', minifyCss), 'html', foldHtml);
}

function minifyTemplates(code: string, tag: string, minify: (text: string) => string): string {
  const minifyCss = minify;
  let out = '';
  let at = 0;
  for (;;) {
    // tsc writes the tag as `css \``; sources may have none.
    const match = new RegExp(`\\b${tag} ?\``, 'g');
    match.lastIndex = at;
    const found = match.exec(code);
    if (!found) break;
    const start = found.index + found[0].length;
    out += code.slice(at, start);
    let i = start;
    let chunk = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        chunk += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out += minifyCss(chunk);
        chunk = '';
        let depth = 0;
        const from = i;
        for (; i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}' && --depth === 0) break;
        }
        out += code.slice(from, i + 1);
        i++;
      } else chunk += code[i++];
    }
    out += `${minifyCss(chunk)}\``;
    at = i + 1;
  }
  return out + code.slice(at);
}

/** Applies it to every .js file under `dir`; returns the bytes saved. */
export function minifyCssIn(dir: string): number {
  let saved = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) saved += minifyCssIn(file);
    else if (name.endsWith('.js')) {
      const code = readFileSync(file, 'utf8');
      if (!/\b(css|html) ?`/.test(code)) continue;
      const min = minifyCssTemplates(code);
      saved += code.length - min.length;
      writeFileSync(file, min);
    }
  }
  return saved;
}
