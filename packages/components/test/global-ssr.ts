/**
 * Renders every fixture on the server side (Node, @lit-labs/ssr) before the browser tests run, and hands
 * the markup to them (`inject('ssr')`): test/ssr.test.ts hydrates it in Chromium.
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    ssr: Record<string, { html?: string; error?: string }>;
  }
}

export default async function setup(project: TestProject) {
  const { renderFixtures } = await import('./ssr-render.ts');
  project.provide('ssr', await renderFixtures());
}
