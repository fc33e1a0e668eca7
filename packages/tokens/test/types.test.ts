/** The shipped declarations describe the shipped modules: every export declared, typed as used. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as fonts from '../dist/js/fonts.js';
import * as tokens from '../dist/js/index.js';
import { dist, read } from './helpers.ts';

const declared = (file: string) =>
  [...read(dist(file)).matchAll(/export declare (?:const|function) (\w+)/g)].map((m) => m[1]).sort();

describe('type declarations', () => {
  it('declare exactly the exports of index.js and fonts.js', () => {
    expect(declared('js/index.d.ts')).toEqual(Object.keys(tokens).sort());
    expect(declared('js/fonts.d.ts')).toEqual(Object.keys(fonts).sort());
  });

  it('type the values as they are', () => {
    const decision = tokens.decisions['text-title-grey'];
    expect(decision?.context).toBe('text');
    expectTypeOf(tokens.palette[0]!.value).toBeString();
    expectTypeOf(tokens.charters.etat!.thresholds.blocMarque.minWidthMm).toEqualTypeOf<number | null>();
    expect(tokens.charters.etat?.thresholds.blocMarque.minWidthMm).toBeNull();
    expectTypeOf(tokens.charters.etat!.thresholds.assets.maxWebBytes).toEqualTypeOf<number | null>();
    // Ministries inherit the asset audit's thresholds from the State's charter.
    expect(tokens.charters.culture?.thresholds.assets).toEqual(tokens.charters.etat?.thresholds.assets);
    expect(tokens.charters.culture?.thresholds.assets.minPrintPpi).toBe(300);
    expectTypeOf(fonts.fontFaces).parameter(0).toEqualTypeOf<string | undefined>();
  });
});
