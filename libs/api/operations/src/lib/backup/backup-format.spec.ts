import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BACKUP_END, BACKUP_MAGIC, BackupHeader, scanBackup } from './backup-format';
import { backupTimeFromName } from './backup-status.service';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** A well-formed file's uncompressed content: two tables (one empty) in the documented layout. */
function content(overrides: Partial<BackupHeader> = {}): Buffer {
  const a = 'a1\tx\na2\t\\N\n';
  const header: BackupHeader = {
    format: 'suunta-backup',
    formatVersion: 1,
    createdAt: '2026-12-06T08:00:00.000Z',
    migration: { timestamp: 1764010000000, name: 'FocusAreaComments1764010000000' },
    serverVersion: '18.4',
    tables: [
      { name: 'empty', columns: ['id'], rows: 0, bytes: 0, sha256: sha('') },
      { name: 'a', columns: ['id', 'v'], rows: 2, bytes: Buffer.byteLength(a), sha256: sha(a) },
    ],
    sequences: [],
    ...overrides,
  };
  return Buffer.from(`${BACKUP_MAGIC}${JSON.stringify(header)}\n${a}${BACKUP_END}`);
}

describe('scanBackup', () => {
  let dir: string;
  const file = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'suunta-format-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a whole file and hands each table its data', async () => {
    const seen: Record<string, string> = {};
    const header = await scanBackup(file('ok.backup', gzipSync(content())), {
      data: (table, chunk) => void (seen[table.name] = (seen[table.name] ?? '') + chunk.toString()),
    });
    expect(header.tables.map((t) => t.name)).toEqual(['empty', 'a']);
    expect(seen).toEqual({ a: 'a1\tx\na2\t\\N\n' });
  });

  it.each([
    ['inside the header', 20],
    ['inside a table', -(BACKUP_END.length + 3)],
    ['before the end marker', -3],
  ])('refuses content cut off %s (well compressed, so only the framing can tell)', async (_where, cut) => {
    const whole = content();
    await expect(scanBackup(file('cut.backup', gzipSync(whole.subarray(0, cut < 0 ? whole.length + cut : cut))))).rejects.toThrow(/truncated/);
  });

  it('refuses a compressed stream that stops early', async () => {
    const gz = gzipSync(content());
    await expect(scanBackup(file('short.backup', gz.subarray(0, gz.length - 10)))).rejects.toThrow(/truncated/);
  });

  it('refuses data after the end marker, a foreign file and a newer format', async () => {
    await expect(scanBackup(file('extra.backup', gzipSync(Buffer.concat([content(), Buffer.from('x')]))))).rejects.toThrow(/after the end marker/);
    await expect(scanBackup(file('foreign.backup', gzipSync(Buffer.from('PGDMP…'))))).rejects.toThrow(/not a Suunta backup/);
    await expect(scanBackup(file('plain.backup', content()))).rejects.toThrow(/corrupt: it cannot be decompressed/);
    await expect(scanBackup(file('newer.backup', gzipSync(content({ formatVersion: 2 }))))).rejects.toThrow(/format version 2/);
  });

  it('refuses a row count that does not match the header', async () => {
    const text = content().toString().replace('"rows":2', '"rows":3');
    await expect(scanBackup(file('rows.backup', gzipSync(Buffer.from(text))))).rejects.toThrow(/table "a" has 2 rows, its header says 3/);
  });
});

describe('backupTimeFromName', () => {
  it('reads the time back from a backup file name', () => {
    expect(backupTimeFromName('suunta-2026-12-06T08-30-00-123Z.backup')?.toISOString()).toBe('2026-12-06T08:30:00.123Z');
    expect(backupTimeFromName('other.backup')).toBeUndefined();
  });
});
