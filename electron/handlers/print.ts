import type { printContract } from '../../shared/contract/print';
import { onDesktop } from './on-desktop';
import type { HandlersFor } from './types';

export const printHandlers: HandlersFor<keyof typeof printContract> = {
  'print.savePdf': async ({ suggestedName }, { desktop }) => ({ file: await onDesktop(desktop).savePdf(suggestedName) }),
  'print.savePdfData': async ({ suggestedName, dataBase64 }, { desktop }) => ({
    file: await onDesktop(desktop).savePdfData(suggestedName, Buffer.from(dataBase64, 'base64')),
  }),
};
