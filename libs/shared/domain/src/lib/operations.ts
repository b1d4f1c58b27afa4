/**
 * Contract of the operations API (admin only): `GET /api/admin/operations` answers one
 * OperationsStatus for the admin page "Ylläpito". Each part is filled by the module that owns it
 * (backups, mail, single sign-on, job queue); a part that is not configured says so.
 */
export interface BackupStatus {
  /** ISO time of the newest backup file, or null when none exists yet. */
  lastBackupAt: string | null;
  /** Size in bytes of that file. */
  lastBackupBytes: number | null;
  /** File name (not a path) of that backup. */
  lastBackupFile: string | null;
  /** How many backups are kept (the automatic daily backup deletes older ones). */
  keep: number;
  /** Whether the daily automatic backup runs in this process (embedded database only). */
  automatic: boolean;
}

export interface MailStatus {
  /** `smtp` when SMTP_URL is set, else `outbox` (.eml files in DATA_DIR/outbox). */
  transport: 'smtp' | 'outbox';
  from: string;
}

export interface SsoStatus {
  enabled: boolean;
  issuer: string | null;
  /** E-mail domains the identity provider covers, e.g. ['sonetbotnia.fi']. */
  domains: string[];
  justInTime: boolean;
}

export interface JobQueueStatus {
  /** Jobs waiting or being retried, per queue name. */
  queued: Record<string, number>;
  failed: number;
}

export interface OperationsStatus {
  backup: BackupStatus;
  mail: MailStatus;
  sso: SsoStatus;
  jobs: JobQueueStatus;
}

/** `POST /api/admin/operations/test-mail` → the queued job; poll `GET …/test-mail/:id` for its outcome. */
export interface TestMailDto {
  jobId: string;
  to: string;
  /** `queued` until a worker takes it, `sent` when the mail server (or outbox) accepted it. */
  state: 'queued' | 'sending' | 'sent' | 'retrying' | 'failed';
  /** The last error of a failed attempt, in the mail server's words. */
  error: string | null;
}
