/** The event file's first line: says what the file is to a person and to the app. */
export const EVENT_FILE_MAGIC = 'HOINGHI-EVENT-FILE\n';
export const EVENT_FILE_FORMAT = 'hoinghi-event';
/** Raised when the body's shape changes incompatibly; an older app refuses a newer file. */
export const EVENT_FILE_VERSION = 1;
export const EVENT_FILE_EXTENSION = '.hoinghi';
export const EVENT_FILE_MIME = 'application/x-hoinghi-event';
/**
 * The largest event file accepted: 40 MB. A 1,500-delegate event with its seating, check-ins and
 * history is under 0.5 MB (docs/PERFORMANCE.md), so a hundred times that is still far below; the
 * preview's HTTP body limit is set from it, so both transports take the same files.
 */
export const MAX_EVENT_FILE_MB = 40;
export const MAX_EVENT_FILE_BYTES = MAX_EVENT_FILE_MB * 1024 * 1024;
