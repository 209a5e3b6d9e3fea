/**
 * Hands a file to the user: a Blob behind a temporary object URL and a click on an <a download>.
 * The preview's browser saves it to its downloads; Electron shows its save dialog.
 */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to have started reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadBytes(fileName: string, mimeType: string, bytes: Uint8Array): void {
  downloadBlob(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
}

/** Bytes as base64, in slices (one call with millions of arguments would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function downloadBase64(fileName: string, mimeType: string, dataBase64: string): void {
  const bin = atob(dataBase64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: mimeType }));
}

export function downloadText(fileName: string, text: string, mimeType = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}

/** A name that is safe on Windows, macOS and Linux: no path characters, no control characters. */
export function safeFileName(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 150) || 'tep'
  );
}
