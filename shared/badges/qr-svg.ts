import { correction, generate, mode } from 'lean-qr';

/** A QR code as one SVG path of its dark modules (runs along each row joined), in module units. */
export interface QrPath {
  /** Modules across, the quiet zone not included. */
  modules: number;
  d: string;
}

/**
 * The badge's code as a QR code (lean-qr), error correction M or better (a creased badge still reads). A code of
 * QR's alphanumeric set once in capitals (ours: digits, hex letters, dots and dashes) is encoded
 * as such: 5.5 bits a character instead of 8, so 33 modules across instead of 41, quicker to
 * encode, print and scan. The scanner types it in capitals; readBadgeCode reads either case.
 */
export function qrPath(text: string): QrPath {
  const upper = text.toUpperCase();
  const data = /^[0-9A-Z $%*+\-./:]*$/.test(upper) ? mode.alphaNumeric(upper) : text;
  const qr = generate(data, { minCorrectionLevel: correction.M });
  const n = qr.size;
  let d = '';
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.get(c, r)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.get(c, r)) c++;
      d += `M${start} ${r}h${c - start}v1h${start - c}z`;
    }
  }
  return { modules: n, d };
}
