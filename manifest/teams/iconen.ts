// The app icons, drawn in code and encoded as PNG with node:zlib only: a round table with six seats.
// `npx tsx manifest/teams/iconen.ts` writes color.png (192×192, full colour) and outline.png (32×32,
// white on transparent) next to this file; both are committed, and a test checks they match.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync, inflateSync } from 'node:zlib';

export const ACCENTKLEUR = '#1F6F8B';

type Rgba = [number, number, number, number];

function chunk(soort: string, data: Buffer): Buffer {
  const lengte = Buffer.alloc(4);
  lengte.writeUInt32BE(data.length);
  const typeEnData = Buffer.concat([Buffer.from(soort, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeEnData) >>> 0);
  return Buffer.concat([lengte, typeEnData, crc]);
}

/** An RGBA image (8 bits per channel, no interlace) as PNG bytes. */
export function png(breedte: number, hoogte: number, rgba: Uint8Array): Buffer {
  const kop = Buffer.alloc(13);
  kop.writeUInt32BE(breedte, 0);
  kop.writeUInt32BE(hoogte, 4);
  kop[8] = 8; // bit depth
  kop[9] = 6; // colour type RGBA
  const rijen = Buffer.alloc(hoogte * (breedte * 4 + 1));
  for (let y = 0; y < hoogte; y++) {
    // Filter type 0 per scanline: the bytes as they are.
    rijen[y * (breedte * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * breedte * 4, breedte * 4).copy(
      rijen,
      y * (breedte * 4 + 1) + 1,
    );
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', kop),
    chunk('IDAT', deflateSync(rijen, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width, height and pixels of a PNG this module wrote (RGBA, filter 0); for checks in tests. */
export function leesPng(bestand: Buffer): {
  breedte: number;
  hoogte: number;
  kleurtype: number;
  rgba: Uint8Array;
} {
  if (!bestand.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error('geen PNG');
  let pos = 8;
  let breedte = 0;
  let hoogte = 0;
  let kleurtype = 0;
  const idat: Buffer[] = [];
  while (pos < bestand.length) {
    const lengte = bestand.readUInt32BE(pos);
    const soort = bestand.toString('ascii', pos + 4, pos + 8);
    const data = bestand.subarray(pos + 8, pos + 8 + lengte);
    if (soort === 'IHDR') {
      breedte = data.readUInt32BE(0);
      hoogte = data.readUInt32BE(4);
      kleurtype = data[9]!;
    } else if (soort === 'IDAT') idat.push(data);
    pos += 12 + lengte;
  }
  const rijen = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(breedte * hoogte * 4);
  for (let y = 0; y < hoogte; y++) {
    const start = y * (breedte * 4 + 1);
    if (rijen[start] !== 0) throw new Error('alleen filter 0 wordt gelezen');
    rgba.set(rijen.subarray(start + 1, start + 1 + breedte * 4), y * breedte * 4);
  }
  return { breedte, hoogte, kleurtype, rgba };
}

/** Six seats around a round table, in units of the icon's size (0..1). */
function vormen(): { x: number; y: number; r: number }[] {
  const stoelen = Array.from({ length: 6 }, (_, i) => {
    const hoek = (i / 6) * 2 * Math.PI - Math.PI / 2;
    return { x: 0.5 + 0.34 * Math.cos(hoek), y: 0.5 + 0.34 * Math.sin(hoek), r: 0.085 };
  });
  return [{ x: 0.5, y: 0.5, r: 0.2 }, ...stoelen];
}

/** How much of a pixel the shapes cover, sampled 4×4 for smooth edges. */
function dekking(px: number, py: number, grootte: number, marge: number): number {
  const schaal = grootte * (1 - 2 * marge);
  let binnen = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const x = (px + (sx + 0.5) / 4 - grootte * marge) / schaal;
      const y = (py + (sy + 0.5) / 4 - grootte * marge) / schaal;
      if (vormen().some((v) => (x - v.x) ** 2 + (y - v.y) ** 2 <= v.r ** 2)) binnen++;
    }
  }
  return binnen / 16;
}

function teken(grootte: number, marge: number, achtergrond: Rgba | null): Uint8Array {
  const rgba = new Uint8Array(grootte * grootte * 4);
  for (let y = 0; y < grootte; y++) {
    for (let x = 0; x < grootte; x++) {
      const d = dekking(x, y, grootte, marge);
      const i = (y * grootte + x) * 4;
      if (achtergrond) {
        // White shapes over the accent colour.
        for (let k = 0; k < 3; k++) rgba[i + k] = Math.round(achtergrond[k]! * (1 - d) + 255 * d);
        rgba[i + 3] = 255;
      } else {
        rgba.set([255, 255, 255, Math.round(255 * d)], i);
      }
    }
  }
  return rgba;
}

const accent: Rgba = [0x1f, 0x6f, 0x8b, 255];

export const kleurPixels = () => teken(192, 0.12, accent);
export const omtrekPixels = () => teken(32, 0.03, null);
export const kleurIcoon = () => png(192, 192, kleurPixels());
export const omtrekIcoon = () => png(32, 32, omtrekPixels());

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('./color.png', import.meta.url), kleurIcoon());
  writeFileSync(new URL('./outline.png', import.meta.url), omtrekIcoon());
  console.log('color.png (192×192) en outline.png (32×32) geschreven in manifest/teams/');
}
