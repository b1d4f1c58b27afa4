/**
 * The one way to read a raw SQL result row (`dataSource.query`) into typed values. pg returns
 * `numeric` and `bigint` as strings, `date` as a Date or string depending on the cast, and NULL as
 * null; each reader converts once and fails loudly (a 500 with the column named in the log) when a
 * NOT NULL expectation is broken, instead of letting `String(null)` = "null" reach a client.
 */
export type RawRow = Record<string, unknown>;

export class SqlRow {
  constructor(private readonly row: RawRow) {}

  private required(column: string): unknown {
    const v = this.row[column];
    if (v === null || v === undefined) throw new TypeError(`SQL row: column "${column}" is ${v === null ? 'NULL' : 'missing'}`);
    return v;
  }

  /** A text or uuid column that is never NULL. */
  string(column: string): string {
    return this.text(column, this.required(column));
  }

  stringOrNull(column: string): string | null {
    const v = this.row[column];
    return v === null || v === undefined ? null : this.text(column, v);
  }

  // A date/timestamp read as text would print as "Thu Mar 04 2021 …": select it `::text` or use dateOrNull/timestampOrNull.
  private text(column: string, v: unknown): string {
    if (v instanceof Date) throw new TypeError(`SQL row: column "${column}" is a date; read it with dateOrNull/timestampOrNull or select it ::text`);
    return String(v);
  }

  /** An integer, numeric or bigint column that is never NULL (pg sends numeric and bigint as text). */
  number(column: string): number {
    const n = Number(this.required(column));
    if (Number.isNaN(n)) throw new TypeError(`SQL row: column "${column}" is not a number`);
    return n;
  }

  numberOrNull(column: string): number | null {
    const v = this.row[column];
    return v === null || v === undefined ? null : this.number(column);
  }

  boolean(column: string): boolean {
    return this.required(column) === true;
  }

  /** A `date` column as YYYY-MM-DD (pg gives a Date for `date`, a string for `date::text`). */
  dateOrNull(column: string): string | null {
    const v = this.row[column];
    if (v === null || v === undefined) return null;
    return typeof v === 'string' ? v.slice(0, 10) : (v as Date).toISOString().slice(0, 10);
  }

  /** A `timestamptz` column that is never NULL, as an ISO 8601 string. */
  timestamp(column: string): string {
    return new Date(this.required(column) as string | Date).toISOString();
  }

  /** A `timestamptz` column as an ISO 8601 string. */
  timestampOrNull(column: string): string | null {
    const v = this.row[column];
    return v === null || v === undefined ? null : new Date(v as string | Date).toISOString();
  }

  /** A json/jsonb column (pg parses it); the caller states its shape. */
  json<T>(column: string): T {
    return this.row[column] as T;
  }

  /** A text column constrained by a CHECK to one of a union's values (the database keeps the promise). */
  oneOf<T extends string>(column: string): T {
    return this.string(column) as T;
  }
}

/** Wraps a raw row for typed reading: `const r = sqlRow(raw); r.string('id')`. */
export function sqlRow(row: RawRow): SqlRow {
  return new SqlRow(row);
}

/** `region_id` → `regionId` at the type level (a name without `_` stays as it is). */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/**
 * The named columns of a row that needs no conversion, under their camelCase names and in the order
 * given: the one way to turn a typed row into (part of) its DTO, `pickCamel(row, ['id', 'region_id'])`
 * → `{ id, regionId }`. Columns not named stay out, so a DTO never leaks what the SELECT reads for
 * other purposes.
 */
export function pickCamel<R extends object, K extends keyof R & string>(row: R, columns: readonly K[]): { [P in K as CamelCase<P>]: R[P] } {
  const out: Record<string, unknown> = {};
  for (const column of columns) out[column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())] = row[column];
  return out as { [P in K as CamelCase<P>]: R[P] };
}
