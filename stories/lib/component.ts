/**
 * Stories from the components' fixtures: every fixture (`src/components/<name>/<name>.fixtures.ts`) is a story,
 * its HTML is the code shown to copy, and a playground story takes its controls from the custom-elements
 * manifest. The story files in `stories/components/` are written by `pnpm stories` from the fixtures.
 */
import { charters } from '@charte/tokens';
import type { StoryObj } from '@storybook/web-components-vite';
import manifest from '../../packages/components/custom-elements.json';
import type { Fixture } from '../../packages/components/test/types.ts';

export type Story = StoryObj;
export type Play = NonNullable<StoryObj['play']>;

interface Attribute {
  name: string;
  fieldName?: string;
  type?: { text?: string };
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: { kind: string; name: string; static?: boolean; privacy?: string }[];
  description?: string;
  summary?: string;
}

/** The manifest's declaration of a custom element. */
export function declaration(tag: string): Declaration | undefined {
  for (const module of manifest.modules as { declarations?: Declaration[] }[])
    for (const declared of module.declarations ?? []) if (declared.tagName === tag) return declared;
  return undefined;
}

/** `'sm' | 'md' | undefined` → `['sm', 'md']`; undefined when the type is not a union of string literals. */
export function literalOptions(type: string | undefined): string[] | undefined {
  if (!type) return undefined;
  const parts = type.split('|').map((part) => part.trim());
  const values = parts.filter((part) => part !== 'undefined' && part !== 'null');
  if (!values.length || !values.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return values.map((part) => part.slice(1, -1));
}

/**
 * Controls for the element's attributes from the manifest: a select for a union of values, a switch for a
 * boolean, a number or a text field otherwise. Properties that mirror an attribute are documented once, under
 * the attribute.
 */
export function argTypesFor(tag: string): NonNullable<StoryObj['argTypes']> {
  const declared = declaration(tag);
  const argTypes: NonNullable<StoryObj['argTypes']> = {};
  // Private and protected members (internal state) are not part of the API.
  for (const member of declared?.members ?? [])
    if (member.privacy === 'private' || member.privacy === 'protected' || member.static)
      argTypes[member.name] = { table: { disable: true } };
  for (const attribute of declared?.attributes ?? []) {
    const type = attribute.type?.text;
    // A charter is one of `@charte/tokens`' charters.
    const options = attribute.name === 'charter' ? Object.keys(charters) : literalOptions(type);
    const control = options
      ? { type: options.length > 5 ? 'select' : 'inline-radio' }
      : type === 'boolean'
        ? { type: 'boolean' }
        : /^number( \| undefined)?$/.test(type ?? '')
          ? { type: 'number' }
          : /^string( \| undefined)?$/.test(type ?? '')
            ? { type: 'text' }
            : false;
    argTypes[attribute.name] = {
      ...(options ? { options } : {}),
      control: control as never,
      table: { category: 'attributes' },
    };
    if (attribute.fieldName && attribute.fieldName !== attribute.name)
      argTypes[attribute.fieldName] = { table: { disable: true } };
  }
  return argTypes;
}

/** Attributes set on `<html>` by a fixture (e.g. `data-fr-mourning`), undone when the story changes. */
function withRootAttributes(fixture: Fixture): StoryObj['decorators'] {
  const attributes = fixture.rootAttributes;
  if (!attributes) return [];
  return [
    (story) => {
      const root = document.documentElement;
      for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
      return story();
    },
  ];
}

/** A story showing one fixture as written, with its HTML as the code to copy. */
export function variant(fixtures: readonly Fixture[], id: string, play?: Play): Story {
  const fixture = fixtures.find((f) => f.id === id);
  if (!fixture) throw new Error(`No fixture "${id}"`);
  return {
    render: () => fixture.html,
    decorators: withRootAttributes(fixture),
    // A fixture measured only on a phone (an open mobile menu) is shown, and tested, at the xs viewport.
    ...(fixture.widths?.length && fixture.widths.every((width) => width < 576)
      ? { globals: { viewport: { value: 'xs', isRotated: false } } }
      : {}),
    ...(play ? { play } : {}),
    parameters: {
      controls: { disable: true },
      docs: { source: { code: fixture.html, language: 'html' } },
      ...(fixture.axeExceptions ? { a11y: axeExceptions(fixture.axeExceptions) } : {}),
    },
  };
}

/** The fixture's own axe exceptions (each with its reason in the fixture), on top of the WCAG 2.1 AA run. */
function axeExceptions(exceptions: Readonly<Record<string, string>>) {
  return {
    test: 'error',
    options: {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: Object.fromEntries(Object.keys(exceptions).map((rule) => [rule, { enabled: false }])),
    },
  };
}

/**
 * A story whose controls (from the manifest) change the first `tag` element of a fixture: attributes, properties
 * and CSS custom properties.
 */
export function playground(fixtures: readonly Fixture[], id: string, tag: string): Story {
  const fixture = fixtures.find((f) => f.id === id);
  if (!fixture) throw new Error(`No fixture "${id}"`);
  const declared = declaration(tag);
  const attributes = new Map((declared?.attributes ?? []).map((a) => [a.name, a]));
  const properties = new Set((declared?.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name));
  return {
    decorators: withRootAttributes(fixture),
    render: (args) => {
      const template = document.createElement('template');
      template.innerHTML = fixture.html;
      const element = template.content.querySelector(tag) as (HTMLElement & Record<string, unknown>) | null;
      if (element) {
        for (const [key, value] of Object.entries(args)) {
          if (value === undefined) continue;
          if (key.startsWith('--')) element.style.setProperty(key, String(value));
          else if (attributes.has(key)) {
            if (value === false || value === '' || value === null) element.removeAttribute(key);
            else element.setAttribute(key, value === true ? '' : String(value));
          } else if (properties.has(key)) element[key] = value;
        }
      }
      const frame = document.createElement('div');
      frame.append(template.content);
      return frame;
    },
    parameters: { docs: { source: { code: fixture.html, language: 'html' } } },
  };
}
