import qrcode from 'qrcode-generator';

/** A QR code as one SVG path of its dark modules (runs along each row joined), in module units. */
export interface QrPath {
  /** Modules across, the quiet zone not included. */
  modules: number;
  d: string;
}

/**
 * The badge's code as a QR code, error correction M (a creased badge still reads). A code of
 * QR's alphanumeric set once in capitals (ours: digits, hex letters, dots and dashes) is encoded
 * as such: 5.5 bits a character instead of 8, so 33 modules across instead of 41, quicker to
 * encode, print and scan. The scanner types it in capitals; readBadgeCode reads either case.
 */
export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  const upper = text.toUpperCase();
  if (/^[0-9A-Z $%*+\-./:]*$/.test(upper)) qr.addData(upper, 'Alphanumeric');
  else qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.isDark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.isDark(r, c)) c++;
      d += `M${start} ${r}h${c - start}v1h${start - c}z`;
    }
  }
  return { modules: n, d };
}
