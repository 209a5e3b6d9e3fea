import type { z } from 'zod';

/** One operation the UI can ask the main process for. */
export interface Entry<I extends z.ZodType, O> {
  input: I;
  /** Never set at run time; it only carries the output type. */
  output?: O;
  /** Writes run in an IMMEDIATE transaction (takes the write lock up front); reads in a deferred one. */
  write: boolean;
}

/** Names the output type of an entry: `query(schema, returns<EventRecord>())`. */
export const returns = <O>(): O => undefined as O;

export const query = <I extends z.ZodType, O>(input: I, _output: O): Entry<I, O> => ({ input, write: false });
export const command = <I extends z.ZodType, O>(input: I, _output: O): Entry<I, O> => ({ input, write: true });

export type AnyEntry = Entry<z.ZodType, unknown>;
export type InputOf<E> = E extends Entry<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<E> = E extends Entry<infer I, unknown> ? z.output<I> : never;
export type OutputOf<E> = E extends Entry<z.ZodType, infer O> ? O : never;
