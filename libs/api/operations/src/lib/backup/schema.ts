import { dataSourceOptions } from '@suunta/api-database';
import type { ClientBase } from 'pg';

/** TypeORM's table of applied migrations: its newest row is the schema's migration level. */
export const MIGRATIONS_TABLE = String(dataSourceOptions('postgres://unused').migrationsTableName);

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export interface TableInfo {
  name: string;
  columns: string[];
}

/**
 * The public schema's tables (the migrations table aside), parents before children, so each
 * table's foreign keys find their rows when a restore copies the tables in this order. Ties are
 * broken by name so two backups of the same schema list the tables alike.
 */
export async function publicTablesInForeignKeyOrder(client: ClientBase): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ oid: number; name: string; columns: string[] }>(
    `SELECT c.oid::int AS oid, c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
      GROUP BY c.oid, c.relname`,
    [MIGRATIONS_TABLE],
  );
  const { rows: edges } = await client.query<{ child: number; parent: number }>(
    `SELECT DISTINCT conrelid::int AS child, confrelid::int AS parent FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`,
  );
  const byOid = new Map(tables.map((t) => [t.oid, t]));
  const parents = new Map<number, Set<number>>(tables.map((t) => [t.oid, new Set<number>()]));
  for (const e of edges) {
    if (byOid.has(e.child) && byOid.has(e.parent)) parents.get(e.child)?.add(e.parent);
  }
  const ordered: TableInfo[] = [];
  const done = new Set<number>();
  while (done.size < tables.length) {
    const ready = tables
      .filter((t) => !done.has(t.oid) && [...(parents.get(t.oid) ?? [])].every((p) => done.has(p)))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (ready.length === 0) {
      const left = tables.filter((t) => !done.has(t.oid)).map((t) => t.name);
      throw new Error(`The foreign keys between ${left.join(', ')} form a cycle: no copy order satisfies them.`);
    }
    for (const t of ready) {
      done.add(t.oid);
      ordered.push({ name: t.name, columns: t.columns });
    }
  }
  return ordered;
}
