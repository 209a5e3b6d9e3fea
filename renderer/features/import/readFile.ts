import { MAX_IMPORT_FILE_BYTES } from '../../../shared/contract/import';

export type FileProblem = 'wrongType' | 'tooBig';

/** What the wizard accepts, by name: the server checks the bytes again whatever the name says. */
export function fileProblem(file: File): FileProblem | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'wrongType';
  if (file.size > MAX_IMPORT_FILE_BYTES) return 'tooBig';
  return null;
}

/** The file's bytes as base64, read in the renderer (the main process never touches the user's disk for this). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
