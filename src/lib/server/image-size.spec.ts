import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { imageSize } from './image-size.ts';

/** A PNG of w × h grey pixels, made here. */
function png(w: number, h: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc((w + 1) * h))),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

/** A JPEG's first segments: an APP0, then a baseline start-of-frame of w × h. */
function jpeg(w: number, h: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x05, 0x4a, 0x46, 0x49];
  const sof = [0xff, 0xc0, 0x00, 0x0b, 8, h >> 8, h & 255, w >> 8, w & 255, 1, 1, 0x11, 0];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

describe('an image’s size, from its header', () => {
  it.each([
    ['PNG', png(3, 2), { width: 3, height: 2 }],
    ['PNG, wide', png(1200, 630), { width: 1200, height: 630 }],
    ['JPEG', jpeg(640, 480), { width: 640, height: 480 }],
    [
      'GIF',
      Uint8Array.from([...Buffer.from('GIF89a'), 10, 0, 7, 0, 0, 0, 0]),
      { width: 10, height: 7 }
    ]
  ])('%s', (_, bytes, size) => {
    expect(imageSize(bytes)).toEqual(size);
  });

  it('gives none for what it cannot read', () => {
    expect(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(imageSize(png(3, 2).subarray(0, 12))).toBeUndefined();
    expect(imageSize(jpeg(640, 480).subarray(0, 8))).toBeUndefined();
  });
});
