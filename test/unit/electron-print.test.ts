import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dialog, FakeBrowserWindow, resetFakes } from './fake-electron';
import { testStore } from './helpers/store';

vi.mock('electron', () => import('./fake-electron'));

const { electronDesktop } = await import('../../electron/main/desktop');
const { dispatch } = await import('../../electron/main/dispatch');

let dir: string;
beforeEach(() => {
  resetFakes();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoi-nghi-print-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('print.savePdf in the desktop app', () => {
  it("asks where with the save dialog, then prints the window's page with the CSS page size to that file", async () => {
    const win = new FakeBrowserWindow();
    const t = await testStore();
    const chosen = path.join(dir, 'USB', 'so-do');
    fs.mkdirSync(path.dirname(chosen));
    dialog.saveDialogAnswer = { canceled: false, filePath: chosen };
    const r = await dispatch(
      'print.savePdf',
      { suggestedName: 'Sơ đồ: Hội trường A/B' },
      { store: t.store, appVersion: 'test', desktop: electronDesktop(() => win as never) },
    );
    expect(r).toEqual({ ok: true, value: { file: `${chosen}.pdf` } });
    expect(fs.readFileSync(`${chosen}.pdf`, 'utf8')).toMatch(/^%PDF-/);
    expect(fs.existsSync(`${chosen}.pdf.partial`)).toBe(false);
    // Without preferCSSPageSize Chromium falls back to Letter for a non-integer custom size.
    expect(win.webContents.pdfRequests).toEqual([{ preferCSSPageSize: true, printBackground: true }]);
    // The suggested name loses what a file name cannot hold, and keeps its diacritics.
    expect(path.basename(dialog.saveDialogs[0].defaultPath)).toBe('Sơ đồ Hội trường A B.pdf');
    expect(dialog.saveDialogs[0].filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
  });

  it('prints nothing when the organizer cancels, or when the window is gone', async () => {
    const win = new FakeBrowserWindow();
    const desktop = electronDesktop(() => win as never);
    expect(await desktop.savePdf('Danh sách')).toBeNull();
    expect(win.webContents.pdfRequests).toEqual([]);
    expect(await electronDesktop(() => null).savePdf('Danh sách')).toBeNull();
    expect(dialog.saveDialogs).toHaveLength(1);
  });

  it('keeps a name already ending in .pdf as it is', async () => {
    const win = new FakeBrowserWindow();
    dialog.saveDialogAnswer = { canceled: false, filePath: path.join(dir, 'bien-ten.PDF') };
    expect(await electronDesktop(() => win as never).savePdf('Biển tên')).toBe(path.join(dir, 'bien-ten.PDF'));
  });

  it('is refused in the preview, which has no dialogs (the page prints through the browser there)', async () => {
    const t = await testStore();
    expect(await t.raw('print.savePdf', { suggestedName: 'Sơ đồ' })).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: { vi: expect.stringContaining('ứng dụng Hội Nghị trên máy') } },
    });
  });
});

describe('print.savePdfData in the desktop app (the badges, written by the page)', () => {
  it('writes exactly the bytes it was given where the organizer chose, whole or not at all', async () => {
    const win = new FakeBrowserWindow();
    const t = await testStore();
    const chosen = path.join(dir, 'the-dai-bieu');
    dialog.saveDialogAnswer = { canceled: false, filePath: chosen };
    const pdf = Buffer.from('%PDF-1.7\n% Thẻ đại biểu\n%%EOF\n');
    const r = await dispatch(
      'print.savePdfData',
      { suggestedName: 'Thẻ đại biểu', dataBase64: pdf.toString('base64') },
      { store: t.store, appVersion: 'test', desktop: electronDesktop(() => win as never) },
    );
    expect(r).toEqual({ ok: true, value: { file: `${chosen}.pdf` } });
    expect(fs.readFileSync(`${chosen}.pdf`)).toEqual(pdf);
    expect(fs.existsSync(`${chosen}.pdf.partial`)).toBe(false);
    // Not Chromium's printer: the page made the PDF.
    expect(win.webContents.pdfRequests).toEqual([]);
  });

  it('refuses what is not a PDF in base64, with a message in both languages, and writes nothing', async () => {
    const win = new FakeBrowserWindow();
    const t = await testStore();
    dialog.saveDialogAnswer = { canceled: false, filePath: path.join(dir, 'x.pdf') };
    for (const dataBase64 of [Buffer.from('MZ\x90\x00 not a pdf').toString('base64'), 'JVBERi0 with spaces', '']) {
      const r = await dispatch(
        'print.savePdfData',
        { suggestedName: 'x', dataBase64 },
        { store: t.store, appVersion: 'test', desktop: electronDesktop(() => win as never) },
      );
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.any(String), en: expect.any(String) } } });
    }
    expect(dialog.saveDialogs).toHaveLength(0);
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });
});
