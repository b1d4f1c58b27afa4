import { createTestApp } from '@suunta/api-testing';
import type { TestApp } from '@suunta/api-testing';
import { AppModule } from '../src/app/app.module';

/**
 * The TypeORM entities (what the code believes) against the schema the migrations build (what
 * PostgreSQL has): every entity table and column exists, with the same type and nullability.
 * `synchronize` is never on, so nothing else would notice a column renamed in one place only.
 */

/** information_schema's spelling of the column types the entities use. */
function pgType(type: unknown): string {
  const t = typeof type === 'function' ? (type as { name: string }).name.toLowerCase() : String(type);
  const map: Record<string, string> = {
    uuid: 'uuid',
    text: 'text',
    varchar: 'character varying',
    'character varying': 'character varying',
    string: 'character varying',
    int: 'integer',
    integer: 'integer',
    int4: 'integer',
    number: 'integer',
    bigint: 'bigint',
    smallint: 'smallint',
    numeric: 'numeric',
    decimal: 'numeric',
    date: 'date',
    timestamptz: 'timestamp with time zone',
    'timestamp with time zone': 'timestamp with time zone',
    timestamp: 'timestamp without time zone',
    jsonb: 'jsonb',
    json: 'json',
    boolean: 'boolean',
    bool: 'boolean',
  };
  return map[t] ?? `unmapped:${t}`;
}

describe('entities and the migrated schema agree', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp((env) => AppModule.register(env));
  });
  afterAll(() => t.close());

  it('has at least the entities of organization, strategy, plans and surveys registered', () => {
    const tables = t.dataSource.entityMetadatas.map((m) => m.tableName);
    expect(tables).toEqual(expect.arrayContaining(['organization', 'region', 'strategy', 'focus_area', 'action_plan', 'progress_entry', 'survey']));
  });

  it('every entity column exists with the same type and nullability', async () => {
    const rows: { table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: 'YES' | 'NO' }[] = await t.dataSource.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const db = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
    const drift: string[] = [];
    for (const meta of t.dataSource.entityMetadatas) {
      for (const col of meta.columns) {
        const key = `${meta.tableName}.${col.databaseName}`;
        const actual = db.get(key);
        if (!actual) {
          drift.push(`${key}: in the entity, not in the database`);
          continue;
        }
        const expectedType = col.isArray ? 'ARRAY' : pgType(col.type);
        if (actual.data_type !== expectedType) drift.push(`${key}: entity ${expectedType}, database ${actual.data_type}`);
        if (col.isArray && actual.udt_name !== `_${pgType(col.type) === 'text' ? 'text' : pgType(col.type)}`) drift.push(`${key}: array of ${String(col.type)}, database ${actual.udt_name}`);
        if ((actual.is_nullable === 'YES') !== col.isNullable) drift.push(`${key}: entity ${col.isNullable ? 'nullable' : 'NOT NULL'}, database ${actual.is_nullable === 'YES' ? 'nullable' : 'NOT NULL'}`);
      }
    }
    expect(drift).toEqual([]);
  });
});
