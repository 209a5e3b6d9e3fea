/** The event file's first line: says what the file is to a person and to the app. */
export const EVENT_FILE_MAGIC = 'HOINGHI-EVENT-FILE\n';
export const EVENT_FILE_FORMAT = 'hoinghi-event';
/** Raised when the body's shape changes incompatibly; an older app refuses a newer file. */
export const EVENT_FILE_VERSION = 1;
export const EVENT_FILE_EXTENSION = '.hoinghi';
export const EVENT_FILE_MIME = 'application/x-hoinghi-event';
/** The largest event file accepted, in bytes (the 5,000-delegate event with its history is far below). */
export const MAX_EVENT_FILE_BYTES = 200 * 1024 * 1024;
