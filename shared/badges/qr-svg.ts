import qrcode from 'qrcode-generator';

/** A QR code as one SVG path of its dark modules (runs along each row joined), in module units. */
export interface QrPath {
  /** Modules across, the quiet zone not included. */
  modules: number;
  d: string;
}

/** The badge's code as a QR code, error correction M (a creased badge still reads). */
export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
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
