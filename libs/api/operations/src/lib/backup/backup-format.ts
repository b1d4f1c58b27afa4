import { createHash, Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';

/**
 * The Suunta backup file, gzip-compressed:
 *
 * ```
 * SUUNTA-BACKUP\n                 magic line
 * {header JSON}\n                 one line: format version, migration level, time, tables (columns,
 *                                 row count, byte count, sha256 of the data), sequences
 * <table 1 data>                  exactly `bytes` bytes of `COPY … TO STDOUT` text format
 * <table 2 data> …                in foreign-key order (parents first)
 * SUUNTA-BACKUP-END\n             end marker; nothing may follow
 * ```
 *
 * The header comes first so a reader knows every checksum before it reads the data; the writer
 * therefore spools each table to a temporary file before writing the final file.
 */
export const BACKUP_MAGIC = 'SUUNTA-BACKUP\n';
export const BACKUP_END = 'SUUNTA-BACKUP-END\n';
export const BACKUP_FORMAT_VERSION = 1;
/** A header longer than this is not ours (guards the line reader against a binary file). */
const MAX_HEADER_BYTES = 16 * 1024 * 1024;

export interface BackupTable {
  name: string;
  /** Column names in COPY order (generated columns are left out: PostgreSQL recomputes them). */
  columns: string[];
  rows: number;
  bytes: number;
  /** sha256 (hex) of the table's COPY text. */
  sha256: string;
}

export interface BackupSequence {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: 'suunta-backup';
  formatVersion: number;
  createdAt: string;
  /** The newest applied migration (TypeORM's migrations table) when the snapshot was taken. */
  migration: { timestamp: number; name: string };
  serverVersion: string;
  tables: BackupTable[];
  sequences: BackupSequence[];
}

/** The file is not a complete, intact Suunta backup; the message says what is wrong. */
export class BackupFileError extends Error {}

export interface ScanHandlers {
  header?(header: BackupHeader): Promise<void> | void;
  /** A piece of one table's data, in order; a table's pieces add up to its `bytes`. */
  data?(table: BackupTable, chunk: Buffer): Promise<void> | void;
  endTable?(table: BackupTable): Promise<void> | void;
}

/**
 * Reads a backup file from start to end, checking its framing, every table's row count and
 * sha256, and the end marker. Throws {@link BackupFileError} for a truncated or corrupt file.
 * Handlers see the data as it streams; a caller that writes must only commit after this resolves.
 */
export async function scanBackup(path: string, handlers: ScanHandlers = {}): Promise<BackupHeader> {
  const gunzip = createGunzip();
  const source = createReadStream(path);
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);

  let pending: Buffer = Buffer.alloc(0);
  // A holder, not a `let`: the table callbacks move the stage on, which TypeScript's narrowing cannot see.
  const at: { stage: 'magic' | 'header' | 'data' | 'end' | 'done' } = { stage: 'magic' };
  let header: BackupHeader | undefined;
  let tableIndex = 0;
  let remaining = 0;
  let hash: Hash | undefined;
  let newlines = 0;

  const startTable = async (): Promise<void> => {
    // Skip empty tables (0 bytes) straight to their end.
    while (header && tableIndex < header.tables.length) {
      const table = header.tables[tableIndex];
      remaining = table.bytes;
      hash = createHash('sha256');
      newlines = 0;
      if (remaining > 0) return;
      await finishTable();
    }
    at.stage = 'end';
  };
  const finishTable = async (): Promise<void> => {
    const table = (header as BackupHeader).tables[tableIndex];
    const digest = (hash as Hash).digest('hex');
    if (digest !== table.sha256) {
      throw new BackupFileError(`The backup file is corrupt: the data of table "${table.name}" does not match its checksum.`);
    }
    if (newlines !== table.rows) {
      throw new BackupFileError(`The backup file is corrupt: table "${table.name}" has ${newlines} rows, its header says ${table.rows}.`);
    }
    await handlers.endTable?.(table);
    tableIndex++;
  };

  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      while (pending.length > 0) {
        if (at.stage === 'magic') {
          // Compare what has arrived so far, so a short foreign file is named as foreign, not truncated.
          const n = Math.min(pending.length, BACKUP_MAGIC.length);
          if (pending.subarray(0, n).toString('latin1') !== BACKUP_MAGIC.slice(0, n)) {
            throw new BackupFileError('This is not a Suunta backup file (it does not start with SUUNTA-BACKUP).');
          }
          if (pending.length < BACKUP_MAGIC.length) break;
          pending = pending.subarray(BACKUP_MAGIC.length);
          at.stage = 'header';
        } else if (at.stage === 'header') {
          const newline = pending.indexOf(0x0a);
          if (newline < 0) {
            if (pending.length > MAX_HEADER_BYTES) throw new BackupFileError('The backup file is corrupt: its header is not readable.');
            break;
          }
          header = parseHeader(pending.subarray(0, newline).toString('utf8'));
          pending = pending.subarray(newline + 1);
          await handlers.header?.(header);
          at.stage = 'data';
          await startTable();
        } else if (at.stage === 'data') {
          const table = (header as BackupHeader).tables[tableIndex];
          const piece = pending.subarray(0, Math.min(remaining, pending.length));
          pending = pending.subarray(piece.length);
          remaining -= piece.length;
          (hash as Hash).update(piece);
          for (let i = piece.indexOf(0x0a); i >= 0; i = piece.indexOf(0x0a, i + 1)) newlines++;
          await handlers.data?.(table, piece);
          if (remaining === 0) {
            await finishTable();
            await startTable();
          }
        } else if (at.stage === 'end') {
          if (pending.length < BACKUP_END.length) break;
          if (pending.subarray(0, BACKUP_END.length).toString('latin1') !== BACKUP_END) {
            throw new BackupFileError('The backup file is corrupt: the end marker is missing after the last table.');
          }
          pending = pending.subarray(BACKUP_END.length);
          at.stage = 'done';
        } else {
          throw new BackupFileError('The backup file is corrupt: there is data after the end marker.');
        }
      }
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupFileError(`No backup file at ${path}.`);
    if (code === 'Z_BUF_ERROR') throw new BackupFileError(`The backup file is truncated: it ends before its data does (${stageText(at.stage, header, tableIndex)}).`);
    if (typeof code === 'string' && code.startsWith('Z_')) {
      throw new BackupFileError(`The backup file is corrupt: it cannot be decompressed (${(error as Error).message}).`);
    }
    throw error;
  }
  if (at.stage !== 'done') {
    throw new BackupFileError(`The backup file is truncated: it ends ${stageText(at.stage, header, tableIndex)}.`);
  }
  return header as BackupHeader;
}

function stageText(stage: string, header: BackupHeader | undefined, tableIndex: number): string {
  if (stage === 'magic' || stage === 'header') return 'inside its header';
  if (stage === 'data' && header) return `inside table "${header.tables[tableIndex]?.name}"`;
  return 'before its end marker';
}

function parseHeader(text: string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupFileError('The backup file is corrupt: its header is not valid JSON.');
  }
  const h = value as Partial<BackupHeader>;
  if (h?.format !== 'suunta-backup' || typeof h.formatVersion !== 'number') {
    throw new BackupFileError('This is not a Suunta backup file (its header names no suunta-backup format).');
  }
  if (h.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupFileError(`The backup file has format version ${h.formatVersion}; this Suunta reads version ${BACKUP_FORMAT_VERSION}. Update Suunta first.`);
  }
  const tablesOk =
    Array.isArray(h.tables) &&
    h.tables.every(
      (t) =>
        typeof t?.name === 'string' &&
        Array.isArray(t.columns) &&
        Number.isSafeInteger(t.rows) &&
        Number.isSafeInteger(t.bytes) &&
        t.bytes >= 0 &&
        /^[0-9a-f]{64}$/.test(String(t.sha256)),
    );
  if (!tablesOk || !Array.isArray(h.sequences) || typeof h.migration?.timestamp !== 'number' || typeof h.migration?.name !== 'string') {
    throw new BackupFileError('The backup file is corrupt: its header is incomplete.');
  }
  return h as BackupHeader;
}
