// JSON columns. What a jsonb column holds is said once, in schema.ts: both engines hand jsonb back
// parsed, so a read is typed by the column, and a write must be the JSON text of a value of that
// type — made by jsonText, so a payload of the wrong shape does not compile.
import type { ColumnType } from 'kysely';

declare const jsonOf: unique symbol;

/** The JSON text of a `T`, as written to a jsonb column. */
export type JsonText<T> = string & { readonly [jsonOf]: T };

/** A jsonb column holding a `T`. */
export type Json<T> = ColumnType<T, JsonText<T>, JsonText<T>>;

export function jsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}
