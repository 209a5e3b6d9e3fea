/**
 * Merges the features' contracts into one, refusing at compile time a call name two features
 * define (a spread would let the later one silently replace the earlier).
 */
type KeysOf<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]] ? keyof H | KeysOf<R> : never;
type Duplicates<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? (keyof H & KeysOf<R>) | Duplicates<R>
  : never;
type Merged<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]] ? H & Merged<R> : unknown;

export function mergeContracts<const T extends readonly object[]>(
  ...parts: T & ([Duplicates<T>] extends [never] ? unknown : { 'a call name is defined twice': Duplicates<T> })
): Merged<T> {
  return Object.assign({}, ...parts) as Merged<T>;
}
