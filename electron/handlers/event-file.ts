import { encodeEventFile } from '../../db/event-file/codec';
import { eventPayload } from '../../db/event-file/export';
import { planImport } from '../../db/event-file/import';
import { readEventFile } from '../../db/event-file/read';
import { schemaVersion } from '../../db/migrate';
import { nowIso } from '../../db/clock';
import type { eventFileContract } from '../../shared/contract/event-file';
import { EVENT_FILE_EXTENSION, EVENT_FILE_MIME, MAX_EVENT_FILE_BYTES, MAX_EVENT_FILE_MB } from '../../shared/event-file/format';
import { DomainError } from '../../shared/result';
import { foldForSearch } from '../../shared/text';
import { whenIdle } from '../main/auto-backup';
import type { HandlersFor } from './types';

const bytesOf = (dataBase64: string) => {
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length > MAX_EVENT_FILE_BYTES)
    throw new DomainError('TOO_LARGE', {
      vi: `Tệp sự kiện quá lớn (tối đa ${MAX_EVENT_FILE_MB} MB).`,
      en: `The event file is too large (${MAX_EVENT_FILE_MB} MB at most).`,
    });
  return bytes;
};

const slug = (name: string) =>
  foldForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'hoi-nghi';

export const eventFileHandlers: HandlersFor<keyof typeof eventFileContract> = {
  // Reads hold the connection, so a write under way is never seen half done.
  'eventFile.export': async ({ eventId }, { store, appVersion, laptop }) =>
    whenIdle(store, () => {
      const at = nowIso();
      const payload = eventPayload(store.sqlite, eventId, laptop(), at);
      const bytes = encodeEventFile(payload, appVersion, schemaVersion(store.sqlite));
      const rows = Object.values(payload.tables).reduce((n, t) => n + t.rows.length, 0);
      return {
        fileName: `${slug(payload.event.name)}-${at.slice(0, 10)}${EVENT_FILE_EXTENSION}`,
        mimeType: EVENT_FILE_MIME,
        dataBase64: Buffer.from(bytes).toString('base64'),
        rows,
      };
    }),
  'eventFile.preview': async ({ dataBase64 }, { store }) =>
    whenIdle(store, () => planImport(store.sqlite, readEventFile(store.sqlite, bytesOf(dataBase64)), {}, 'mine').summary),
  'eventFile.import': async ({ dataBase64, choices, otherwise }, { store, changeSet }) => {
    const plan = planImport(store.sqlite, readEventFile(store.sqlite, bytesOf(dataBase64)), choices, otherwise);
    plan.apply(changeSet?.id ?? null);
    const { mode, event, from } = plan.summary;
    if (changeSet)
      changeSet.label =
        mode === 'new'
          ? { vi: `Thêm hội nghị “${event.name}” từ tệp sự kiện của ${from.laptop}`, en: `Add the event “${event.name}” from ${from.laptop}’s event file` }
          : { vi: `Gộp tệp sự kiện từ ${from.laptop}`, en: `Merged the event file from ${from.laptop}` };
    return plan.summary;
  },
};
