import { Injectable } from '@nestjs/common';
import { Environment } from '@suunta/api-core';
import type { BackupStatus } from '@suunta/shared-domain';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Backup files are named `suunta-<ISO time>.backup`; anything else in the folder is left alone. */
export const BACKUP_FILE_PATTERN = /^suunta-\d{4}-\d{2}-\d{2}T[\d-]+Z\.backup$/;

export interface BackupFileInfo {
  name: string;
  path: string;
  bytes: number;
  /** When the snapshot was taken: the time in the file's name. */
  takenAt: Date;
}

/** `suunta-2026-12-06T08-30-00-123Z.backup` → 2026-12-06T08:30:00.123Z (the name's time). */
export function backupTimeFromName(name: string): Date | undefined {
  const m = /^suunta-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.backup$/.exec(name);
  if (!m) return undefined;
  const time = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(time.getTime()) ? undefined : time;
}

/** The backup folder: BACKUP_DIR, or DATA_DIR/backups. */
export function backupDirectory(env: Pick<Environment, 'BACKUP_DIR' | 'DATA_DIR'>): string {
  return resolve(env.BACKUP_DIR ?? join(env.DATA_DIR, 'backups'));
}

/** Backup files of a folder, newest first (the name's timestamp sorts as time). */
export async function listBackups(dir: string): Promise<BackupFileInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files = names.filter((n) => BACKUP_FILE_PATTERN.test(n)).sort().reverse();
  const out: BackupFileInfo[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined); // deleted meanwhile by a pruning process
    if (info) out.push({ name, path, bytes: info.size, takenAt: backupTimeFromName(name) ?? info.mtime });
  }
  return out;
}

/** Deletes all but the newest `keep` backup files of a folder; returns the names deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const old = (await listBackups(dir)).slice(keep);
  for (const file of old) await rm(file.path, { force: true });
  return old.map((f) => f.name);
}

/**
 * The `backup` part of the operations status (`GET /api/admin/operations`): the newest backup
 * file's time and size, how many are kept, and whether this process backs up daily.
 */
@Injectable()
export class BackupStatusService {
  constructor(private readonly env: Environment) {}

  get directory(): string {
    return backupDirectory(this.env);
  }

  async status(): Promise<BackupStatus> {
    const [newest] = await listBackups(this.directory);
    return {
      lastBackupAt: newest ? newest.takenAt.toISOString() : null,
      lastBackupBytes: newest ? newest.bytes : null,
      lastBackupFile: newest ? newest.name : null,
      keep: this.env.BACKUP_KEEP,
      automatic: this.env.BACKUP_DAILY,
    };
  }
}
