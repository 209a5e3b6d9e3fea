import { IMAGE_MAX_BYTES, wholePicture } from '../../../shared/badges/design';
import { toBase64 } from '../../ui/download';

/**
 * A picture file for a badge as a data URL with its pixel size, or why not: only PNG and JPEG
 * (what the PDF writer embeds), told by their first bytes rather than the file's name.
 */
export async function readPicture(file: Blob): Promise<{ src: string; width: number; height: number } | 'type' | 'size'> {
  if (file.size > IMAGE_MAX_BYTES) return 'size';
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const png = head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47;
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  if (!png && !jpeg) return 'type';
  const src = `data:image/${png ? 'png' : 'jpeg'};base64,${toBase64(new Uint8Array(await file.arrayBuffer()))}`;
  if (!wholePicture(src)) return 'type';
  const img = new Image();
  img.src = src;
  try {
    await img.decode();
  } catch {
    return 'type';
  }
  return { src, width: img.naturalWidth || 1, height: img.naturalHeight || 1 };
}
