/** Server rendering of the fixtures, in Node: declarative shadow DOM, as `@lit-labs/ssr` writes it. */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import type { Fixture } from './types.ts';

export async function renderFixtures(): Promise<Record<string, { html?: string; error?: string }>> {
  await Promise.all(Object.values(import.meta.glob('../src/components/*/define.ts')).map((load) => load()));
  const modules = import.meta.glob<{ fixtures: Fixture[] }>('../src/components/*/*.fixtures.ts', { eager: true });
  const out: Record<string, { html?: string; error?: string }> = {};
  for (const fixture of Object.values(modules).flatMap((m) => m.fixtures)) {
    try {
      out[fixture.id] = { html: await collectResult(render(html`${unsafeStatic(fixture.html)}`)) };
    } catch (error) {
      out[fixture.id] = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
  }
  return out;
}
