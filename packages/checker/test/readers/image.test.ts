import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImage } from '../../src/readers/image.ts';
import { bombPng, failure, halves, limits, noise, photo, withIptc } from './fixtures.ts';

/** The error a read throws, for assertions on its code and message. */

const pixel = (raster: { width: number; data: Uint8Array }, x: number, y: number) => {
  const i = (y * raster.width + x) * 3;
  return [raster.data[i], raster.data[i + 1], raster.data[i + 2]];
};

describe('readImage', () => {
  it('reads each supported format from its bytes', async () => {
    const base = photo(320, 200);
    const files = {
      png: await base.clone().png().toBuffer(),
      jpeg: await base.clone().jpeg().toBuffer(),
      webp: await base.clone().webp().toBuffer(),
      avif: await base.clone().avif({ effort: 0 }).toBuffer(),
      tiff: await base.clone().tiff().toBuffer(),
      gif: await base.clone().gif().toBuffer(),
    };
    for (const [format, bytes] of Object.entries(files)) {
      const asset = await readImage(bytes, `photo.${format === 'jpeg' ? 'jpg' : format}`, limits);
      expect(asset.kind).toBe('image');
      expect(asset.format).toBe(format);
      expect([asset.width, asset.height]).toEqual([320, 200]);
      expect(asset.bytes).toBe(bytes.length);
      expect(asset.notes).toEqual([]);
      expect(asset.blocMarques).toEqual([]);
      expect(asset.pixels).toBeUndefined();
      expect(asset.raster?.data.length).toBe(320 * 200 * 3);
    }
  });

  it('shrinks the raster to the analysis size, RGB, with its scale', async () => {
    const bytes = await photo(1920, 1080).jpeg().toBuffer();
    const asset = await readImage(bytes, 'large.jpg', limits);
    expect([asset.width, asset.height]).toEqual([1920, 1080]);
    const raster = asset.raster!;
    expect([raster.width, raster.height]).toEqual([1600, 900]);
    expect(raster.data.length).toBe(1600 * 900 * 3);
    expect(raster.scale).toBeCloseTo(1600 / 1920, 6);
    const small = await readImage(bytes, 'large.jpg', { ...limits, analysisSize: 400 });
    expect([small.raster?.width, small.raster?.height]).toEqual([400, 225]);
  });

  it('keeps the colours: flat halves come out as drawn', async () => {
    const bytes = await halves(200, 100, '#000091', '#e1000f').png().toBuffer();
    const raster = (await readImage(bytes, 'halves.png', limits)).raster!;
    expect(pixel(raster, 10, 50)).toEqual([0, 0, 0x91]);
    expect(pixel(raster, 190, 50)).toEqual([0xe1, 0, 0x0f]);
  });

  it('flattens transparency on white and says the image has alpha', async () => {
    const bytes = await sharp({
      create: { width: 40, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const asset = await readImage(bytes, 'transparent.png', limits);
    expect(asset.hasAlpha).toBe(true);
    expect(pixel(asset.raster!, 5, 5)).toEqual([255, 255, 255]);
  });

  it('converts CMYK to sRGB and tells the colour space', async () => {
    const bytes = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#e1000f' } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    const asset = await readImage(bytes, 'print.jpg', limits);
    expect(asset.space).toBe('cmyk');
    const [r, g, b] = pixel(asset.raster!, 32, 32) as [number, number, number];
    // A red, whatever profile converted it.
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(80);
    expect(b).toBeLessThan(80);
  });

  it('reads the density in pixels per inch', async () => {
    const bytes = await photo(100, 100).png().withDensity(300).toBuffer();
    expect((await readImage(bytes, 'print.png', limits)).density).toBeCloseTo(300, 0);
  });

  it('turns the image upright as its EXIF orientation says', async () => {
    const bytes = await photo(200, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const asset = await readImage(bytes, 'rotated.jpg', limits);
    expect([asset.width, asset.height]).toEqual([100, 200]);
    expect([asset.raster?.width, asset.raster?.height]).toEqual([100, 200]);
    expect(asset.notes.join()).toMatch(/orientation/);
  });

  it('reads the first frame of an animation and says so', async () => {
    const frames = noise(30 * 60 * 3, 4);
    const bytes = await sharp(frames, { raw: { width: 30, height: 60, channels: 3, pageHeight: 20 } })
      .gif()
      .toBuffer();
    const asset = await readImage(bytes, 'animation.gif', limits);
    expect([asset.width, asset.height]).toEqual([30, 20]);
    expect(asset.notes).toContain('only the first of 3 frames read');
  });

  it('notes an extension that does not match the content', async () => {
    const bytes = await photo(64, 64).jpeg().toBuffer();
    const asset = await readImage(bytes, 'images/photo.png', limits);
    expect(asset.format).toBe('jpeg');
    expect(asset.notes).toContain('named .png but is JPEG');
    const fromUrl = await readImage(bytes, 'https://example.test/photo.webp?v=2', limits);
    expect(fromUrl.notes).toContain('named .webp but is JPEG');
  });

  it('reads creator, credit and copyright from EXIF, IPTC and XMP', async () => {
    const exif = await photo(64, 64)
      .jpeg()
      // EXIF text is ASCII: libexif writes accents as plain letters.
      .withExif({ IFD0: { Artist: 'Jeanne Martin', Copyright: '(c) Prefecture du Nord' } })
      .toBuffer();
    expect((await readImage(exif, 'exif.jpg', limits)).rights).toEqual({
      creator: 'Jeanne Martin',
      copyright: '(c) Prefecture du Nord',
    });

    const iptc = withIptc(await photo(64, 64).jpeg().toBuffer(), {
      80: 'Paul Durand',
      110: 'Service photo du ministère',
      116: '© République française',
    });
    expect((await readImage(iptc, 'iptc.jpg', limits)).rights).toEqual({
      creator: 'Paul Durand',
      credit: 'Service photo du ministère',
      copyright: '© République française',
    });

    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="SIG &amp; ministère"><dc:creator><rdf:Seq><rdf:li>Léa Petit</rdf:li></rdf:Seq></dc:creator><dc:rights><rdf:Alt><rdf:li xml:lang="en">© French Republic</rdf:li><rdf:li xml:lang="x-default">© République française</rdf:li></rdf:Alt></dc:rights></rdf:Description></rdf:RDF></x:xmpmeta>`;
    const withXmp = await photo(64, 64).png().withXmp(xmp).toBuffer();
    expect((await readImage(withXmp, 'xmp.png', limits)).rights).toEqual({
      creator: 'Léa Petit',
      credit: 'SIG & ministère',
      copyright: '© République française',
    });

    expect((await readImage(await photo(64, 64).png().toBuffer(), 'none.png', limits)).rights).toEqual({});
  });

  it('refuses an empty file', async () => {
    const error = await failure(readImage(new Uint8Array(), 'vide.png', limits));
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/^vide\.png: .*empty/);
  });

  it('refuses a file that is not an image, and an SVG given as one', async () => {
    const text = await failure(readImage(Buffer.from('Bonjour, ceci est du texte.\n'), 'notes.png', limits));
    expect(text.code).toBe('unsupported-format');
    expect(text.message).toMatch(/^notes\.png: not an image/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const vector = await failure(readImage(svg, 'logo.png', limits));
    expect(vector.code).toBe('unsupported-format');
    expect(vector.message).toMatch(/SVG/);
  });

  it('says a PNG is truncated', async () => {
    const bytes = await photo(400, 300).png().toBuffer();
    const error = await failure(readImage(bytes.subarray(0, Math.floor(bytes.length / 2)), 'photo.png', limits));
    expect(error.code).toBe('truncated');
    expect(error.message).toBe('photo.png: truncated PNG (the file ends inside image data)');
  });

  it('says a JPEG is truncated', async () => {
    const bytes = await photo(400, 300).jpeg().toBuffer();
    const error = await failure(readImage(bytes.subarray(0, Math.floor(bytes.length / 2)), 'photo.jpg', limits));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/^photo\.jpg: truncated JPEG/);
  });

  it('refuses a decompression bomb from its header, before decoding', async () => {
    const bytes = await bombPng(50_000, 50_000);
    // Small on disk, 7.5 GB once decoded to RGB.
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const error = await failure(readImage(bytes, 'affiche.png', limits));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(
      'affiche.png: 50,000 × 50,000 px is above the 100,000,000-pixel limit (limits.maxPixels)',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
  });

  it('applies the configured limits', async () => {
    const bytes = await photo(400, 300).png().toBuffer();
    const pixels = await failure(readImage(bytes, 'photo.png', { ...limits, maxPixels: 100_000 }));
    expect(pixels.code).toBe('too-large');
    expect(pixels.message).toMatch(/400 × 300 px is above the 100,000-pixel limit/);
    const size = await failure(readImage(bytes, 'photo.png', { ...limits, maxBytes: 1000 }));
    expect(size.code).toBe('too-large');
    expect(size.message).toMatch(/limits\.maxBytes/);
  });

  it('says damaged image data is malformed', async () => {
    const bytes = Buffer.from(await photo(200, 200).png().toBuffer());
    // Corrupt the image data in the middle, keep the chunk layout (and so the file's length).
    const idat = bytes.indexOf('IDAT');
    bytes.fill(0xff, idat + 40, idat + 400);
    const error = await failure(readImage(bytes, 'damaged.png', limits));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^damaged\.png: /);
  });
});
