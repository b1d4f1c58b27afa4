import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../session/session.types';

/** Longer paths are cut: the trail needs to know where, not to keep 15 KB of an attacker's URL. */
export const AUDIT_PATH_MAX = 200;
/** Repeats of the same anonymous refusal (address + route + reason) within this window are counted, not stored. */
export const ANONYMOUS_REFUSAL_WINDOW_MS = 60_000;
/** At most this many anonymous refusal rows per window in all, whatever the addresses. */
export const ANONYMOUS_REFUSAL_ROWS_PER_WINDOW = 100;
const MAX_TRACKED_KEYS = 10_000;

interface Tally {
  windowStart: number;
  suppressed: number;
}

/**
 * Records refused access (403) in the audit trail. Written in its own transaction: the refused
 * change, if any, is rolled back, the record of the refusal is not.
 *
 * Anonymous refusals cannot be tied to anyone and cost nothing to send, so they are compacted: the
 * first of a kind (address + method + route + reason) per window is stored, later repeats only
 * counted and reported as `repeatsSinceLast` on the next stored row; an overall cap per window
 * bounds what many addresses can add. Signed-in users' refusals are all stored.
 */
@Injectable()
export class RefusalRecorder {
  private readonly logger = new Logger('Access');
  private readonly tallies = new Map<string, Tally>();
  private globalWindowStart = 0;
  private globalRows = 0;
  private globalSuppressed = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(req: AuthenticatedRequest, reason: string): Promise<void> {
    const user = req.user;
    const route = routePattern(req);
    const after: Record<string, unknown> = { method: req.method, path: truncate(req.originalUrl.split('?')[0], AUDIT_PATH_MAX), route, reason: truncate(reason, AUDIT_PATH_MAX) };
    if (!user) {
      const repeats = this.admitAnonymous(`${req.ip}|${req.method}|${route ?? after['path']}|${reason}`, Date.now());
      if (repeats === null) return;
      if (repeats > 0) after['repeatsSinceLast'] = repeats;
    }
    try {
      await this.audit.record(
        this.dataSource.manager,
        user ?? { system: 'anonymous' },
        { entityType: 'access', entityId: null, action: 'access_denied', after },
        { ip: req.ip ?? null },
      );
    } catch (error) {
      // The 403 stands even if the trail cannot be written; the failure is logged.
      this.logger.error(`Could not record a refused access: ${(error as Error).message}`);
    }
  }

  /** null: count it, store nothing; a number: store a row, with that many repeats folded into it. */
  private admitAnonymous(key: string, now: number): number | null {
    if (now - this.globalWindowStart >= ANONYMOUS_REFUSAL_WINDOW_MS) {
      if (this.globalSuppressed > 0) this.logger.warn(`${this.globalSuppressed} anonymous refusals were not stored individually in the last window`);
      this.globalWindowStart = now;
      this.globalRows = 0;
      this.globalSuppressed = 0;
    }
    const tally = this.tallies.get(key);
    if (tally && now - tally.windowStart < ANONYMOUS_REFUSAL_WINDOW_MS) {
      tally.suppressed++;
      return null;
    }
    if (this.globalRows >= ANONYMOUS_REFUSAL_ROWS_PER_WINDOW) {
      this.globalSuppressed++;
      return null;
    }
    if (this.tallies.size >= MAX_TRACKED_KEYS) this.tallies.clear();
    this.tallies.set(key, { windowStart: now, suppressed: 0 });
    this.globalRows++;
    return tally?.suppressed ?? 0;
  }
}

function truncate(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max)}…`;
}

function routePattern(req: AuthenticatedRequest): string | null {
  // The route template Fastify matched (`/api/users/:id`); none for an unmatched path.
  const path = req.is404 ? undefined : req.routeOptions.url;
  return typeof path === 'string' ? truncate(path, AUDIT_PATH_MAX) : null;
}
