import { z } from 'zod';
import { requiredText } from '../fields';
import { query, returns } from './define';

export const printContract = {
  /**
   * The print view on screen saved as a PDF where the organizer picks in the system's dialog
   * (its page size from the view's CSS @page); null: cancelled. Desktop app only: the preview prints
   * through the browser.
   */
  'print.savePdf': query(z.strictObject({ suggestedName: requiredText(200) }), returns<{ file: string | null }>()),
  /**
   * A PDF the page made itself (the badges, written by pdfkit) saved where the organizer picks; null:
   * cancelled. Desktop app only: the preview hands it to the browser's downloads.
   */
  'print.savePdfData': query(
    z.strictObject({
      suggestedName: requiredText(200),
      // "%PDF-" in base64, then base64 only: nothing else is written to the organizer's disk.
      dataBase64: z
        .string()
        // About 300 MB of PDF: far more than any badge run, and under the longest string V8 makes.
        .max(400_000_000)
        .regex(/^JVBERi0[A-Za-z0-9+/]*={0,2}$/, { error: 'pdf' }),
    }),
    returns<{ file: string | null }>(),
  ),
};
