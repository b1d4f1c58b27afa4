import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Client, ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BACKUP_END, BACKUP_FORMAT_VERSION, BACKUP_MAGIC, BackupHeader, BackupSequence, BackupTable } from './backup-format';
import { MIGRATIONS_TABLE, publicTablesInForeignKeyOrder, quoteIdent } from './schema';

export interface BackupResult {
  file: string;
  bytes: number;
  header: BackupHeader;
  durationMs: number;
}

/** `suunta-2026-12-06T08-30-00-123Z.backup`: sortable, and safe on every file system. */
export function backupFileName(at = new Date()): string {
  return `suunta-${at.toISOString().replace(/[:.]/g, '-')}.backup`;
}

/**
 * A logical snapshot: one REPEATABLE READ READ ONLY transaction, `COPY … TO STDOUT` per table in
 * foreign-key order, so the file is one consistent point in time while the app keeps writing.
 * Written to `<file>.partial` and renamed at the end, so a crash never leaves a file that looks whole.
 */
export async function createBackup(options: {
  databaseUrl: string;
  file: string;
  /**
   * Called inside the snapshot transaction with its exported snapshot id, before any table is
   * copied: another connection can `SET TRANSACTION SNAPSHOT` to see exactly what the file holds.
   */
  onSnapshot?: (snapshotId: string) => Promise<void>;
}): Promise<BackupResult> {
  const started = Date.now();
  const client = new Client({ connectionString: options.databaseUrl, application_name: 'suunta-backup' });
  await client.connect();
  await mkdir(dirname(options.file), { recursive: true });
  // Spooled beside the target (same disk), so a large database does not fill /tmp.
  const spool = await mkdtemp(join(dirname(options.file), '.suunta-backup-'));
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    if (options.onSnapshot) {
      const { rows } = await client.query(`SELECT pg_export_snapshot() AS id`);
      await options.onSnapshot(rows[0].id);
    }
    const header = await snapshot(client, spool);
    await client.query('COMMIT');
    const partial = `${options.file}.partial`;
    await pipeline(assemble(header, spool), createGzip({ level: 6 }), createWriteStream(partial, { flags: 'w', mode: 0o600 }));
    await rename(partial, options.file);
    const { size } = await stat(options.file);
    return { file: options.file, bytes: size, header, durationMs: Date.now() - started };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await rm(`${options.file}.partial`, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await rm(spool, { recursive: true, force: true });
  }
}

async function snapshot(client: ClientBase, spool: string): Promise<BackupHeader> {
  // The transaction's first query fixed the snapshot: every read below sees the same moment.
  const migrations = await client.query(`SELECT to_regclass($1) AS t`, [MIGRATIONS_TABLE]);
  if (!migrations.rows[0].t) {
    throw new Error(`The database has no ${MIGRATIONS_TABLE} table: it was never migrated by Suunta, so there is nothing to back up.`);
  }
  const level = await client.query(`SELECT "timestamp", name FROM ${quoteIdent(MIGRATIONS_TABLE)} ORDER BY "timestamp" DESC, id DESC LIMIT 1`);
  if (level.rowCount === 0) {
    throw new Error('The database has no applied migration: there is nothing to back up.');
  }
  const { rows: version } = await client.query(`SHOW server_version`);
  const tables: BackupTable[] = [];
  for (const table of await publicTablesInForeignKeyOrder(client)) {
    const file = join(spool, `${tables.length}.copy`);
    const hash = createHash('sha256');
    let bytes = 0;
    let rows = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        bytes += chunk.length;
        // COPY text format escapes newlines inside values, so each row ends with the only raw \n.
        for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) rows++;
        done(null, chunk);
      },
    });
    const columns = table.columns.map(quoteIdent).join(', ');
    await pipeline(client.query(copyTo(`COPY ${quoteIdent(table.name)} (${columns}) TO STDOUT`)), measure, createWriteStream(file));
    tables.push({ name: table.name, columns: table.columns, rows, bytes, sha256: hash.digest('hex') });
  }
  const sequences: BackupSequence[] = [];
  for (const name of await publicSequences(client)) {
    const { rows } = await client.query(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM ${quoteIdent(name)}`);
    sequences.push({ name, lastValue: rows[0].lastValue, isCalled: rows[0].isCalled });
  }
  return {
    format: 'suunta-backup',
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    migration: { timestamp: Number(level.rows[0].timestamp), name: level.rows[0].name },
    serverVersion: version[0].server_version,
    tables,
    sequences,
  };
}

/** Sequences of the public schema except the migrations table's own (restore makes that one). */
async function publicSequences(client: ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT s.relname AS name
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
       LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class owner ON owner.oid = d.refobjid
      WHERE n.nspname = 'public' AND s.relkind = 'S' AND owner.relname IS DISTINCT FROM $1
      ORDER BY s.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => r.name);
}

async function* assemble(header: BackupHeader, spool: string): AsyncGenerator<Buffer> {
  yield Buffer.from(BACKUP_MAGIC, 'latin1');
  yield Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  for (let i = 0; i < header.tables.length; i++) {
    for await (const chunk of createReadStream(join(spool, `${i}.copy`))) yield chunk as Buffer;
  }
  yield Buffer.from(BACKUP_END, 'latin1');
}

/** Writes a chunk to a COPY FROM stream, waiting when its buffer is full; rejects once the stream failed. */
export function writeWithBackpressure(stream: Writable, chunk: Buffer): Promise<void> {
  if (stream.errored) return Promise.reject(stream.errored);
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      stream.off('error', onError);
      stream.off('close', onClose);
      stream.off('drain', onDrain);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(stream.errored ?? new Error('The COPY stream closed early'));
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    stream.on('error', onError);
    stream.on('close', onClose);
    if (stream.write(chunk)) onDrain();
    else stream.on('drain', onDrain);
  });
}
