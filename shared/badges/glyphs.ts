import { inRanges } from './cmap';
import { FONT_RANGES } from './font-coverage';

/** A character the bundled font cannot draw, and whose badges have it. */
export interface MissingGlyph {
  char: string;
  codePoint: number;
  delegates: { id: string; name: string }[];
}

/**
 * Every character the badges would print that Be Vietnam Pro lacks (it would print as a box or in
 * another font), with the delegates concerned: the export stops on any. Spaces and line breaks are
 * not drawn, so not checked.
 */
export function missingGlyphs(badges: readonly { id: string; name: string; texts: readonly string[] }[]): MissingGlyph[] {
  const found = new Map<number, MissingGlyph>();
  const ok = new Set<number>();
  for (const b of badges)
    for (const text of b.texts)
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (cp <= 0x20 || ok.has(cp)) continue;
        if (inRanges(FONT_RANGES, cp)) {
          ok.add(cp);
          continue;
        }
        const m = found.get(cp) ?? { char: ch, codePoint: cp, delegates: [] };
        if (m.delegates[m.delegates.length - 1]?.id !== b.id) m.delegates.push({ id: b.id, name: b.name });
        found.set(cp, m);
      }
  return [...found.values()];
}
