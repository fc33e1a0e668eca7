/**
 * CIELAB (D50) and CIEDE2000 on plain numbers, for the per-pixel work of the asset audit where colour objects
 * would be too slow. Same results as colorjs.io's `deltaE(…, '2000')` (tested against it).
 */

import Color from 'colorjs.io';

export type Lab = [number, number, number];

const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const LINEAR = Float64Array.from({ length: 256 }, (_, i) => linear(i));
const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
// Linear sRGB to XYZ adapted to D50, and D50 white, taken from colorjs.io so that both agree (its `lab` is D50).
const column = (coords: [number, number, number]) => new Color('srgb-linear', coords).to('xyz-d50').coords.map(Number);
const [RX, RY, RZ] = column([1, 0, 0]) as [number, number, number];
const [GX, GY, GZ] = column([0, 1, 0]) as [number, number, number];
const [BX, BY, BZ] = column([0, 0, 1]) as [number, number, number];
const XN = RX + GX + BX;
const YN = RY + GY + BY;
const ZN = RZ + GZ + BZ;

/** sRGB bytes to CIELAB (D50, as colorjs.io's `lab`). */
export function rgbToLab(r: number, g: number, b: number): Lab {
  const R = LINEAR[r] as number;
  const G = LINEAR[g] as number;
  const B = LINEAR[b] as number;
  const fy = f((RY * R + GY * G + BY * B) / YN);
  return [
    116 * fy - 16,
    500 * (f((RX * R + GX * G + BX * B) / XN) - fy),
    200 * (fy - f((RZ * R + GZ * G + BZ * B) / ZN)),
  ];
}

export function hexToLab(hex: string): Lab {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgbToLab((n >> 16) & 255, (n >> 8) & 255, n & 255);
}

const deg = Math.PI / 180;
const P25 = 25 ** 7;

/** CIEDE2000 distance (kL = kC = kH = 1). */
export function ciede2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm7 = ((C1 + C2) / 2) ** 7;
  const G = 0.5 * (1 - Math.sqrt(Cm7 / (Cm7 + P25)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0;
    const h = Math.atan2(b, a) / deg;
    return h < 0 ? h + 360 : h;
  };
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * deg);
  const Lpm = (L1 + L2) / 2;
  const Cpm = (C1p + C2p) / 2;
  let hpm = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) > 180) hpm += h1p + h2p < 360 ? 360 : -360;
    hpm /= 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hpm - 30) * deg) +
    0.24 * Math.cos(2 * hpm * deg) +
    0.32 * Math.cos((3 * hpm + 6) * deg) -
    0.2 * Math.cos((4 * hpm - 63) * deg);
  const dTheta = 30 * Math.exp(-(((hpm - 275) / 25) ** 2));
  const Cpm7 = Cpm ** 7;
  const RC = 2 * Math.sqrt(Cpm7 / (Cpm7 + P25));
  const SL = 1 + (0.015 * (Lpm - 50) ** 2) / Math.sqrt(20 + (Lpm - 50) ** 2);
  const SC = 1 + 0.045 * Cpm;
  const SH = 1 + 0.015 * Cpm * T;
  const RT = -Math.sin(2 * dTheta * deg) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

/**
 * Nearest-colour search over a fixed set of colours by CIEDE2000. Candidates are first ranked by CIEDE2000
 * without its hue-dependent terms (T and the blue rotation), then the best few are compared exactly.
 */
export function nearestFinder(hexes: readonly string[], candidates = 12) {
  const labs = hexes.map(hexToLab);
  const n = labs.length;
  const L = Float64Array.from(labs, (l) => l[0]);
  const A = Float64Array.from(labs, (l) => l[1]);
  const B = Float64Array.from(labs, (l) => l[2]);
  const C = Float64Array.from(labs, (l) => Math.hypot(l[1], l[2]));
  const bestI = new Int32Array(candidates);
  const bestD = new Float64Array(candidates);
  return (lab: Lab): { index: number; deltaE: number } => {
    const [l, a, b] = lab;
    const c = Math.hypot(a, b);
    let filled = 0;
    for (let i = 0; i < n; i++) {
      const li = L[i] as number;
      const ci = C[i] as number;
      const cm = (ci + c) / 2;
      const cm7 = cm * cm * cm * cm * cm * cm * cm;
      const g = 1.5 - 0.5 * Math.sqrt(cm7 / (cm7 + P25));
      const ai = (A[i] as number) * g;
      const aq = a * g;
      const bi = B[i] as number;
      const cpi = Math.sqrt(ai * ai + bi * bi);
      const cpq = Math.sqrt(aq * aq + b * b);
      const dl = li - l;
      const dc = cpi - cpq;
      const da = ai - aq;
      const db = bi - b;
      const cpm = (cpi + cpq) / 2;
      const lm = (li + l) / 2 - 50;
      const sl = 1 + (0.015 * lm * lm) / Math.sqrt(20 + lm * lm);
      const sc = 1 + 0.045 * cpm;
      const sh = 1 + 0.015 * cpm;
      const dh2 = Math.max(0, da * da + db * db - dc * dc);
      const d = (dl * dl) / (sl * sl) + (dc * dc) / (sc * sc) + dh2 / (sh * sh);
      if (filled < candidates || d < (bestD[filled - 1] as number)) {
        let j = filled < candidates ? filled++ : filled - 1;
        while (j > 0 && (bestD[j - 1] as number) > d) {
          bestD[j] = bestD[j - 1] as number;
          bestI[j] = bestI[j - 1] as number;
          j--;
        }
        bestD[j] = d;
        bestI[j] = i;
      }
    }
    let index = -1;
    let deltaE = Number.POSITIVE_INFINITY;
    for (let k = 0; k < filled; k++) {
      const i = bestI[k] as number;
      const d = ciede2000(lab, labs[i] as Lab);
      if (d < deltaE) {
        deltaE = d;
        index = i;
      }
    }
    return { index, deltaE };
  };
}
