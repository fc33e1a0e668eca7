import sharp from 'sharp';
import { detectBlocMarques } from './src/vision/detect.ts';

async function busy(seed: number) {
  const next = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const small = Buffer.alloc(64 * 48 * 3);
  for (let i = 0; i < small.length; i++) small[i] = Math.floor(next() * 256);
  const width = 1600,
    height = 1067;
  const grain = Buffer.alloc(width * height);
  for (let i = 0; i < grain.length; i++) grain[i] = Math.floor(next() * 40);
  const { data, info } = await sharp(small, { raw: { width: 64, height: 48, channels: 3 } })
    .resize(width, height, { kernel: 'cubic' })
    .blur(3)
    .composite([{ input: grain, raw: { width, height, channels: 1 }, blend: 'overlay' }])
    .jpeg({ quality: 88 })
    .toBuffer()
    .then((b) => sharp(b).removeAlpha().raw().toBuffer({ resolveWithObject: true }));
  return { width: info.width, height: info.height, data: new Uint8Array(data), scale: 1 };
}
for (const s of [1, 2, 3, 4, 5, 6, 7, 8]) {
  const r = await busy(s);
  const t = performance.now();
  const m = detectBlocMarques(r);
  console.log(
    s,
    (performance.now() - t).toFixed(0),
    m.map((x) => x.box.height.toFixed(1) + '/' + x.score.toFixed(2)).join(' '),
  );
}
