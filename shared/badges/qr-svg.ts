import { correction, generate, mode } from 'lean-qr';

/** A QR code's dark modules as runs along each row: [column, row, length] three numbers a run. */
export interface QrRuns {
  /** Modules across, the quiet zone not included. */
  modules: number;
  runs: number[];
}

/**
 * The badge's code as a QR code (lean-qr), error correction M or better (a creased badge still reads). A code of
 * QR's alphanumeric set once in capitals (ours: digits, hex letters, dots and dashes) is encoded
 * as such: 5.5 bits a character instead of 8, so 33 modules across instead of 41, quicker to
 * encode, print and scan. The scanner types it in capitals; readBadgeCode reads either case.
 */
export function qrRuns(text: string): QrRuns {
  const upper = text.toUpperCase();
  const data = /^[0-9A-Z $%*+\-./:]*$/.test(upper) ? mode.alphaNumeric(upper) : text;
  const qr = generate(data, { minCorrectionLevel: correction.M });
  const n = qr.size;
  const runs: number[] = [];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.get(c, r)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.get(c, r)) c++;
      runs.push(start, r, c - start);
    }
  }
  return { modules: n, runs };
}

/** The same runs as one SVG path, in module units. */
export function qrPath(text: string): { modules: number; d: string } {
  const { modules, runs } = qrRuns(text);
  let d = '';
  for (let i = 0; i < runs.length; i += 3) d += `M${runs[i]} ${runs[i + 1]}h${runs[i + 2]}v1h${-runs[i + 2]!}z`;
  return { modules, d };
}
