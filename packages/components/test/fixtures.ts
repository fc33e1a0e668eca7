import type { Fixture } from './types.ts';

/** Every component's fixtures (`src/components/<name>/<name>.fixtures.ts`), in component order. */
const modules = import.meta.glob<{ fixtures: Fixture[] }>('../src/components/*/*.fixtures.ts', { eager: true });

export const fixtures: Fixture[] = Object.keys(modules)
  .sort()
  .flatMap((file) => modules[file]!.fixtures);

const seen = new Set<string>();
for (const fixture of fixtures) {
  if (seen.has(fixture.id)) throw new Error(`Two fixtures are named "${fixture.id}"`);
  seen.add(fixture.id);
}

/** Components that have a folder (and so must have fixtures). */
export const componentFolders = Object.keys(import.meta.glob('../src/components/*/define.ts')).map(
  (file) => file.split('/').at(-2)!,
);
