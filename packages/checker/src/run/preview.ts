/**
 * The annotated preview of an asset for the HTML report: its pixels reduced to at most 480 px wide, the
 * bloc-marque found framed, its clear space drawn around it (dashed; red when something intrudes), and the
 * pixels far from the palette tinted magenta.
 */
import sharp, { type OverlayOptions } from 'sharp';
import type { BlocMarqueMatch, Raster } from '../model/asset.ts';

const WIDTH = 480;

export async function preview(raster: Raster, blocks: BlocMarqueMatch[], offPalette?: Uint8Array): Promise<string> {
  const { width, height } = raster;
  const data = Buffer.from(raster.data.buffer, raster.data.byteOffset, raster.data.byteLength);
  const layers: OverlayOptions[] = [];
  if (offPalette) {
    const tint = Buffer.alloc(width * height * 4);
    for (let p = 0; p < width * height; p++) {
      if (!offPalette[p]) continue;
      tint.writeUInt32BE(0xff00ffa0, p * 4);
    }
    layers.push({ input: tint, raw: { width, height, channels: 4 } });
  }
  // Boxes are in the asset's units; the raster is `scale` pixels per unit.
  const k = raster.scale;
  const rect = (b: { x: number; y: number; width: number; height: number }, style: string) =>
    `<rect x="${b.x * k}" y="${b.y * k}" width="${b.width * k}" height="${b.height * k}" fill="none" ${style}/>`;
  const stroke = Math.max(2, Math.round(width / 300));
  const shapes = blocks.flatMap((m, i) => {
    const out = [rect(m.box, `stroke="#0a76f6" stroke-width="${stroke}"`)];
    if (i === 0 && m.extent && m.clearSpace) {
      const c = m.clearSpace.margin;
      const e = m.extent;
      out.push(
        rect(e, `stroke="#0a76f6" stroke-width="${stroke / 2}"`),
        rect(
          { x: e.x - c, y: e.y - c, width: e.width + 2 * c, height: e.height + 2 * c },
          `stroke="${m.clearSpace.free ? '#18753c' : '#ce0500'}" stroke-width="${stroke}" stroke-dasharray="${stroke * 3} ${stroke * 2}"`,
        ),
        ...m.clearSpace.intrusions.map((b) => rect(b, `stroke="#ce0500" stroke-width="${stroke}"`)),
      );
    }
    return out;
  });
  if (shapes.length)
    layers.push({
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}</svg>`,
      ),
    });
  // sharp resizes before it composites: the layers go on at full size first, then the whole is reduced.
  const drawn = await sharp(data, { raw: { width, height, channels: 3 } })
    .composite(layers)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const png = await sharp(drawn.data, { raw: drawn.info })
    .resize({ width: Math.min(WIDTH, width), withoutEnlargement: true })
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return png.toString('base64');
}
