import type { importContract } from '../../shared/contract/import';
import { commitImport, inspectImport, previewImport } from '../import/pipeline';
import { getProgress } from '../import/progress';
import type { HandlersFor } from './types';

export const importHandlers: HandlersFor<keyof typeof importContract> = {
  'import.inspect': async (input, { db }) => inspectImport(db, input),
  'import.preview': async (input, { db }) => previewImport(db, input),
  'import.commit': async (input, { db, store }) => commitImport(db, store.sqlite, input),
  // Answered from memory while a commit holds the database: it must never query it.
  'import.progress': async ({ progressId }) => getProgress(progressId),
};
