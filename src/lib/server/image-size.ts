/**
 * An image's width and height in pixels, read from its header, for the <img> that shows it
 * (so the page does not move when it arrives). PNG, GIF, JPEG and WebP; undefined for anything
 * else or a header it cannot read.
 */
export interface ImageSize {
  width: number;
  height: number;
}

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = (width: number, height: number) =>
    width > 0 && height > 0 ? { width, height } : undefined;
  try {
    // PNG: the signature, then the IHDR chunk: width and height, big-endian.
    if (bytes.length >= 24 && ascii(bytes, 1, 4) === 'PNG' && ascii(bytes, 12, 16) === 'IHDR')
      return size(view.getUint32(16), view.getUint32(20));
    // GIF: "GIF87a" or "GIF89a", then width and height, little-endian.
    if (bytes.length >= 10 && ascii(bytes, 0, 4) === 'GIF8')
      return size(view.getUint16(6, true), view.getUint16(8, true));
    // WebP: a RIFF file of one of three kinds of frame.
    if (bytes.length >= 30 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
      const kind = ascii(bytes, 12, 16);
      if (kind === 'VP8 ')
        return size(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
      if (kind === 'VP8L') {
        const bits = view.getUint32(21, true);
        return size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
      }
      if (kind === 'VP8X') {
        const at = (i: number) => bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16);
        return size(at(24) + 1, at(27) + 1);
      }
      return undefined;
    }
    // JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC).
    if (bytes[0] === 0xff && bytes[1] === 0xd8) {
      let i = 2;
      while (i + 9 < bytes.length) {
        if (bytes[i] !== 0xff) return undefined;
        const marker = bytes[i + 1]!;
        if (marker === 0xff) {
          i += 1;
          continue;
        }
        const length = view.getUint16(i + 2);
        if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
          return size(view.getUint16(i + 7), view.getUint16(i + 5));
        i += 2 + length;
      }
    }
  } catch {
    // A header cut short: no size, and the page does without.
  }
  return undefined;
}
