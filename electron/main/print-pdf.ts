import { app, dialog, type BrowserWindow } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';

// A name from the page becomes a file name: no folders, nothing Windows refuses.
const fileNameOf = (name: string) =>
  `${
    name
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\.pdf$/i, '') || 'Hoi-Nghi'
  }.pdf`;

async function choosePdfPath(win: BrowserWindow, suggestedName: string): Promise<string | null> {
  const chosen = await dialog.showSaveDialog(win, {
    title: 'Lưu PDF / Save as PDF',
    defaultPath: path.join(app.getPath('documents'), fileNameOf(suggestedName)),
    buttonLabel: 'Lưu PDF',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (chosen.canceled || !chosen.filePath) return null;
  return /\.pdf$/i.test(chosen.filePath) ? chosen.filePath : `${chosen.filePath}.pdf`;
}

// Written beside, then renamed: a half-written PDF never takes the place of a good one.
async function writeWhole(file: string, pdf: Uint8Array): Promise<void> {
  const partial = `${file}.partial`;
  await fs.writeFile(partial, pdf);
  await fs.rename(partial, file);
}

/**
 * The print view on screen as a PDF: the save dialog first, then Chromium's own printer. The page
 * size comes from the view's CSS @page: preferCSSPageSize is what keeps a non-integer size (A3
 * landscape, 420 × 297 mm) from falling back to Letter.
 */
export async function savePagePdf(win: BrowserWindow | null, suggestedName: string): Promise<string | null> {
  if (!win || win.isDestroyed()) return null;
  const file = await choosePdfPath(win, suggestedName);
  if (!file) return null;
  await writeWhole(file, await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
  return file;
}

/** A PDF the page wrote itself (the badges), saved where the organizer picks. */
export async function savePdfBytes(win: BrowserWindow | null, suggestedName: string, pdf: Uint8Array): Promise<string | null> {
  if (!win || win.isDestroyed()) return null;
  const file = await choosePdfPath(win, suggestedName);
  if (!file) return null;
  await writeWhole(file, pdf);
  return file;
}
