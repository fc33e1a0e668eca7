/**
 * Accessibility: every fixture of every component, in the light and the dark theme, passes axe-core at
 * WCAG 2.1 A and AA with zero violations.
 */
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mount, parkPointer, setTheme } from './dom.ts';
import { componentFolders, fixtures } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

beforeAll(parkPointer);

afterEach(() => {
  for (const name of [...document.documentElement.attributes].map((a) => a.name)) {
    if (name.startsWith('data-fr-')) document.documentElement.removeAttribute(name);
  }
});

describe('axe, WCAG 2.1 AA', () => {
  it('every component has fixtures', () => {
    const withFixtures = new Set(fixtures.map((f) => f.id.split('/')[0]));
    expect(componentFolders.filter((name) => !withFixtures.has(name))).toEqual([]);
  });

  for (const fixture of fixtures) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${fixture.id} (${theme})`, async () => {
        document.documentElement.lang = 'fr';
        setTheme(theme);
        for (const [name, value] of Object.entries(fixture.rootAttributes ?? {}))
          document.documentElement.setAttribute(name, value);
        const container = await mount(fixture.html);
        const rules = Object.fromEntries(
          Object.keys(fixture.axeExceptions ?? {}).map((id) => [id, { enabled: false }]),
        );
        const result = await axe.run(container, {
          runOnly: { type: 'tag', values: TAGS },
          rules,
          resultTypes: ['violations'],
        });
        const violations = result.violations.map((v) => ({
          rule: v.id,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
        }));
        expect(violations).toEqual([]);
      });
    }
  }
});
