/**
 * WCAG 2.1 contrast, against values published with the formula and easy to check by hand; and, over every value
 * of `@charte/tokens`, what the colour pages rely on to stay readable (axe sees only the rows a story opens).
 */
import { contrastPairs, decisions, palette } from '@charte/tokens';
import { describe, expect, it } from 'vitest';
import { BLACK, contrastRatio, formatRatio, luminance, parseHex, readableOn, WHITE, wcagLevel } from '../lib/colour.ts';

describe('luminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBe(1);
  });

  it('weighs green most and blue least (sRGB coefficients)', () => {
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(luminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('uses the linear segment under the threshold', () => {
    // 10/255 ≈ 0.0392 is under 0.04045: linear, 0.0392 / 12.92.
    expect(luminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 6);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#000091', '#000091')).toBe(1);
  });

  it('gives the well-known 4.54 of #767676 on white, and 4.48 of #777777', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('does not depend on the order of the colours', () => {
    expect(contrastRatio('#0000ff', WHITE)).toBeCloseTo(contrastRatio(WHITE, '#0000ff'), 12);
    expect(contrastRatio('#0000ff', WHITE)).toBeCloseTo(8.59, 2);
  });
});

describe('parseHex', () => {
  it('reads #rgb and #rrggbb, any case', () => {
    expect(parseHex('#fA0')).toEqual([255, 170, 0]);
    expect(parseHex('#00FF80')).toEqual([0, 255, 128]);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => parseHex('rgb(0, 0, 0)')).toThrow(/Not a hex colour/);
    expect(() => parseHex('#12345')).toThrow(/Not a hex colour/);
  });
});

describe('wcagLevel', () => {
  it('names the level of each threshold, thresholds included', () => {
    expect(wcagLevel(21)).toBe('AAA');
    expect(wcagLevel(7)).toBe('AAA');
    expect(wcagLevel(6.99)).toBe('AA');
    expect(wcagLevel(4.5)).toBe('AA');
    expect(wcagLevel(4.49)).toBe('AA grands textes');
    expect(wcagLevel(3)).toBe('AA grands textes');
    expect(wcagLevel(2.99)).toBe('insuffisant');
  });
});

describe('readableOn', () => {
  it('writes white on dark colours and black on light ones', () => {
    expect(readableOn('#000091')).toBe(WHITE);
    expect(readableOn('#ffff00')).toBe(BLACK);
  });

  it('always reaches AA for normal text', () => {
    // The worst case of the better of black and white is a mid luminance, about 4.58:1.
    for (let grey = 0; grey <= 255; grey++) {
      const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrastRatio(hex, readableOn(hex)), hex).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('formatRatio', () => {
  it('writes the ratio in French with two decimals', () => {
    expect(formatRatio(21)).toBe('21,00:1');
    expect(formatRatio(contrastRatio('#767676', '#ffffff'))).toBe('4,54:1');
  });

  it('never rounds a ratio up to a threshold it misses', () => {
    expect(formatRatio(4.4999)).toBe('4,49:1');
    expect(formatRatio(2.999)).toBe('2,99:1');
  });
});

describe('the colour pages over every value of @charte/tokens', () => {
  it('write every swatch (options, decisions in both themes) in a readable black or white', () => {
    const colours = [...palette.map((c) => c.value), ...Object.values(decisions).flatMap((d) => [d.light, d.dark])];
    expect(colours.length).toBeGreaterThan(palette.length);
    for (const hex of colours) expect(contrastRatio(hex, readableOn(hex)), hex).toBeGreaterThanOrEqual(4.5);
  });

  it('show as plain text only pairs readable as normal text (the others are DSFR exceptions, shown disabled)', () => {
    for (const pair of contrastPairs) {
      if (pair.exception) continue;
      for (const theme of ['light', 'dark'] as const) {
        const ratio = contrastRatio(decisions[pair.text]![theme], decisions[pair.background]![theme]);
        // The sample is normal-size text: it needs 4.5:1, whatever ratio the pair requires.
        expect(ratio, `${pair.text} on ${pair.background} (${theme})`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
