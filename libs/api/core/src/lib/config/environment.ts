import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

const toNumber = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

/**
 * A whole-number setting: the environment's text read as a number, at least `min` and at most `max`
 * (when given); `message` says what the value must be. (Listed in the order the stacked
 * `@Transform @IsInt @Min @Max` were applied, bottom first.)
 */
function WholeNumber({ min, max, message }: { min: number; max?: number; message?: string }): PropertyDecorator {
  return applyDecorators(...(max === undefined ? [] : [Max(max)]), Min(min), IsInt(message === undefined ? undefined : { message }), Transform(toNumber));
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every setting the API reads from its environment. Validated once at boot, so a typo in a
 * variable stops the start with a message naming it instead of failing later at first use.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @WholeNumber({ min: 1, max: 65535, message: 'PORT must be a whole number, e.g. 3000' })
  PORT = 3000;

  @IsString({ message: 'DATABASE_URL is required, e.g. postgres://user:password@localhost:5432/suunta' })
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL!: string;

  /** Database connections each API process keeps at most (PostgreSQL's max_connections bounds all processes together). */
  @WholeNumber({ min: 1, max: 500, message: 'DATABASE_POOL_SIZE must be a whole number of connections, e.g. 10' })
  DATABASE_POOL_SIZE = 10;

  /**
   * A request's SQL statement running longer than this is cancelled by PostgreSQL and answered
   * 503 with Retry-After, so one runaway query cannot hold a connection; 0 turns the limit off.
   * Migrations run without it.
   */
  @WholeNumber({ min: 0, max: 3600, message: 'DATABASE_STATEMENT_TIMEOUT_SECONDS must be a whole number of seconds (0 = no limit)' })
  DATABASE_STATEMENT_TIMEOUT_SECONDS = 30;

  @IsOptional()
  @IsString()
  DATA_DIR = '.data';

  @IsIn(LOG_LEVELS as unknown as string[], { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  /** Folder with the built Angular app; when set, the API serves it at `/`. */
  @IsOptional()
  @IsString()
  WEB_DIST?: string = undefined;

  /** Folder with the reviewable seed files (tools/seed-data). */
  @IsOptional()
  @IsString()
  SEED_DATA_DIR = 'tools/seed-data';

  /** Load the organization's data (strategy, plans, reports…) into an empty database at start. */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DATA = false;

  /** Create one demo user per role (the embedded default only, unless asked for). */
  @Transform(toBoolean)
  @IsBoolean()
  SEED_DEMO_USERS = false;

  /** Comma-separated origins allowed by CORS; empty means CORS is off. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string = undefined;

  /** Behind a TLS-terminating proxy: trust X-Forwarded-* so cookies can be Secure. */
  @Transform(toBoolean)
  @IsBoolean()
  TRUST_PROXY = false;

  /** A session ends after this many minutes without a request. */
  @WholeNumber({ min: 1, message: 'SESSION_IDLE_MINUTES must be a whole number of minutes' })
  SESSION_IDLE_MINUTES = 30;

  /** A session ends this many hours after sign-in, however active. */
  @WholeNumber({ min: 1, message: 'SESSION_ABSOLUTE_HOURS must be a whole number of hours' })
  SESSION_ABSOLUTE_HOURS = 12;

  /** Failed sign-ins allowed per account, and per client address, within LOGIN_WINDOW_MINUTES. */
  @WholeNumber({ min: 1 })
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @WholeNumber({ min: 1 })
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  @WholeNumber({ min: 1 })
  LOGIN_WINDOW_MINUTES = 15;

  /** On SIGTERM/SIGINT, requests in flight get this long to finish before their connections are cut. */
  @WholeNumber({ min: 0, max: 600, message: 'SHUTDOWN_GRACE_SECONDS must be a whole number of seconds' })
  SHUTDOWN_GRACE_SECONDS = 10;

  /** Folder of the backup files (`npm run db:backup`, the daily backup); default DATA_DIR/backups. */
  @IsOptional()
  @IsString()
  BACKUP_DIR?: string = undefined;

  /** How many backup files the daily backup keeps (older ones are deleted). */
  @WholeNumber({ min: 1, message: 'BACKUP_KEEP must be a whole number of backups to keep, e.g. 14' })
  BACKUP_KEEP = 14;

  /** Back up once a day from the running API (`npm start` turns it on for the embedded database). */
  @Transform(toBoolean)
  @IsBoolean()
  BACKUP_DAILY = false;

  /** Enables Prometheus metrics at /api/metrics, readable with `Authorization: Bearer <token>`. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters (it is the only protection of /api/metrics)' })
  METRICS_TOKEN?: string = undefined;

  /** The first admin, created at start when the database has no admin (else a one-time password is printed). */
  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string = undefined;

  @IsOptional()
  @IsString()
  ADMIN_PASSWORD?: string = undefined;

  /**
   * The address users reach Suunta at (e.g. https://suunta.example.fi): links in e-mails and the
   * single sign-on callback are built from it. Defaults to http://localhost:PORT.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^/?#]+(\/[^?#]*)?$/, { message: 'PUBLIC_URL must be an http(s) URL without query, e.g. https://suunta.example.fi' })
  PUBLIC_URL?: string = undefined;

  /** Outgoing mail server, e.g. smtps://user:password@smtp.example.fi:465; without it mails go to DATA_DIR/outbox as .eml files. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@smtp.example.fi:587' })
  SMTP_URL?: string = undefined;

  /** The sender of every mail, e.g. "Suunta <suunta@example.fi>". */
  @IsString()
  @Matches(/^(.*<)?[^\s@<>]+@[^\s@<>]+>?$/, { message: 'MAIL_FROM must be an e-mail address, optionally with a name: Suunta <suunta@example.fi>' })
  MAIL_FROM = 'Suunta <suunta@localhost>';

  /** First wait before a failed background job (e.g. a mail) is retried; it doubles each time (exponential backoff), up to an hour. */
  @WholeNumber({ min: 1, max: 3600, message: 'JOB_RETRY_DELAY_SECONDS must be a whole number of seconds' })
  JOB_RETRY_DELAY_SECONDS = 30;

  /** An attempt running longer than this (e.g. its process died) is given to another process. */
  @WholeNumber({ min: 2, max: 3600, message: 'JOB_TIMEOUT_SECONDS must be a whole number of seconds' })
  JOB_TIMEOUT_SECONDS = 120;

  /** THL Sotkanet's REST API (version 1.1), where the context indicators are fetched from. */
  @Matches(/^https?:\/\/[^?#]+$/, { message: 'SOTKANET_URL must be an http(s) URL without query, e.g. https://sotkanet.fi/rest/1.1' })
  SOTKANET_URL = 'https://sotkanet.fi/rest/1.1';

  /** How long one request to Sotkanet may take before the fetch counts as failed. */
  @WholeNumber({ min: 1, max: 600, message: 'SOTKANET_TIMEOUT_SECONDS must be a whole number of seconds' })
  SOTKANET_TIMEOUT_SECONDS = 30;
}

export class EnvironmentError extends Error {}

/** The public base URL without a trailing slash (PUBLIC_URL, else http://localhost:PORT). */
export function publicUrl(env: Environment): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

/** Reads and validates the environment; throws one error listing every bad variable. */
export function validateEnvironment(raw: Record<string, string | undefined>): Environment {
  const env = plainToInstance(Environment, stripEmpty(raw), { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `  - ${e.property}: ${m}`));
    throw new EnvironmentError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}

function stripEmpty(raw: Record<string, string | undefined>): Record<string, string> {
  const known = Object.keys(new Environment());
  return Object.fromEntries(
    Object.entries(raw).filter(
      (entry): entry is [string, string] =>
        (known.includes(entry[0]) || entry[0] === 'DATABASE_URL') && entry[1] !== undefined && entry[1] !== '',
    ),
  );
}
