import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '@suunta/api-accounts';
import { domainError } from '@suunta/api-core';
import { helsinkiDay, REMINDER_LIMITS, type ReminderSubscriptionInput, type ReminderSubscriptionResultDto } from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import { Clock } from './clock';
import { addDays } from './due-items.util';
import { hashToken } from './reminder-run.service';

/** How long the link of a digest works. */
const LINK_VALID_DAYS = 90;

/**
 * The link in every digest: without signing in, its recipient snoozes the reminders for 30 days,
 * stops them, or resumes them. The token is the digest's (its SHA-256 is stored); the change is
 * audited with the system actor "reminder link".
 */
@Injectable()
export class ReminderSubscriptionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async apply(input: ReminderSubscriptionInput): Promise<ReminderSubscriptionResultDto> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const [digest]: { user_id: string; organization_id: string }[] = await manager.query(
        `SELECT user_id, organization_id FROM reminder_digest WHERE token_hash = $1 AND created_at > $2::timestamptz - make_interval(days => $3)`,
        [hashToken(input.token), now.toISOString(), LINK_VALID_DAYS],
      );
      if (!digest) {
        throw domainError('reminder_link_invalid', HttpStatus.BAD_REQUEST, 'The link is unknown or too old', undefined, {
          errors: [{ field: 'token', code: 'reminder_link_invalid', message: 'The link is unknown or too old' }],
        });
      }
      const [before]: { unsubscribed_at: string | null; snoozed_until: string | null }[] = await manager.query(
        `SELECT unsubscribed_at, snoozed_until::text AS snoozed_until FROM reminder_subscription WHERE user_id = $1 FOR UPDATE`,
        [digest.user_id],
      );
      const snoozedUntil = input.action === 'snooze' ? addDays(helsinkiDay(now), REMINDER_LIMITS.snoozeDays) : null;
      await manager.query(
        `INSERT INTO reminder_subscription (user_id, organization_id, unsubscribed_at, snoozed_until, updated_at) VALUES ($1, $2, $3, $4, now())
         ON CONFLICT (user_id) DO UPDATE SET unsubscribed_at = EXCLUDED.unsubscribed_at, snoozed_until = EXCLUDED.snoozed_until, updated_at = now()`,
        [digest.user_id, digest.organization_id, input.action === 'unsubscribe' ? now.toISOString() : null, snoozedUntil],
      );
      const after = { action: input.action, snoozedUntil };
      await this.audit.record(
        manager,
        { system: 'reminder link', organizationId: digest.organization_id },
        { entityType: 'reminder_subscription', entityId: digest.user_id, action: 'update', before: before ?? null, after },
      );
      return after;
    });
  }
}
