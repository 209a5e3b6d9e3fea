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
};
