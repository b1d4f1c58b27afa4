import { Injectable, Logger } from '@nestjs/common';
import { AccountRosterService, RosterEntry } from '@suunta/api-accounts';
import { Environment, publicUrl } from '@suunta/api-core';
import { MeetingCalendarService } from '@suunta/api-governance';
import { JobsService } from '@suunta/api-jobs';
import { MailService, ReminderLine } from '@suunta/api-mail';
import { YearlyActionCatalogService } from '@suunta/api-plans';
import { CriterionCatalogService, StrategyReadService } from '@suunta/api-strategy';
import { helsinkiDay, type LanguageCode, type ReminderCadence, type ReminderOwnerRole, type ReminderSubjectKind } from '@suunta/shared-domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Clock } from './clock';
import { DueItem, dueItemsByPerson, SubjectInput } from './due-items.util';
import { ReminderDutiesService } from './reminder-duties.service';

/** The queue of the daily run; pg-boss enqueues it every day at 06:00 Finnish time. */
export const REMINDERS_QUEUE = 'reminders-daily';
export const REMINDERS_CRON = '0 6 * * *';

/** What a run job carries: nothing (the scheduled run: now), or an instant to run as (tests, catching up). */
export interface ReminderRunJob {
  now?: string;
}

export interface ReminderRunResult {
  /** The day the run took as today (Europe/Helsinki). */
  today: string;
  /** Digests mailed, one per person at most. */
  digests: number;
  /** Reminders in them. */
  items: number;
}

interface Subject extends SubjectInput {
  title: string;
  context: string;
  year: number;
}

/** A token for the unsubscribe/snooze link: shown in the mail only; its SHA-256 is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The daily reminder run: for every organization, what is due (the rules: `due-items.util.ts`,
 * the README) and not yet reminded of goes to each person in one digest mail. A digest, its
 * `reminder_sent` rows and its mail job commit together; the primary key of `reminder_sent`
 * makes each reminder go out once, so running again — after a restart, or in two processes at
 * once — sends nothing new.
 */
@Injectable()
export class ReminderRunService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly roster: AccountRosterService,
    private readonly criteria: CriterionCatalogService,
    private readonly strategies: StrategyReadService,
    private readonly actions: YearlyActionCatalogService,
    private readonly calendar: MeetingCalendarService,
    private readonly duties: ReminderDutiesService,
    jobs: JobsService,
  ) {
    jobs.register<ReminderRunJob>(REMINDERS_QUEUE, { retryLimit: 3, cron: REMINDERS_CRON }, async (job) => {
      const result = await this.run(job.now ? new Date(job.now) : this.clock.now());
      this.logger.log(`Reminder run for ${result.today}: ${result.digests} digests, ${result.items} reminders`);
    });
  }

  /** Runs for every organization as of `now`. */
  async run(now: Date): Promise<ReminderRunResult> {
    const today = helsinkiDay(now);
    const orgs: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM organization ORDER BY id`);
    let digests = 0;
    let items = 0;
    for (const org of orgs) {
      const result = await this.runOrganization(org, today);
      digests += result.digests;
      items += result.items;
    }
    return { today, digests, items };
  }

  private async runOrganization(org: { id: string; name: string }, today: string): Promise<{ digests: number; items: number }> {
    const duties: { id: string; criterion_id: string | null; action_id: string | null; owner_user_id: string | null; owner_role: ReminderOwnerRole | null; cadence: ReminderCadence }[] =
      await this.dataSource.query(`SELECT id, criterion_id, action_id, owner_user_id, owner_role, cadence FROM reminder_duty WHERE organization_id = $1`, [org.id]);
    if (duties.length === 0) return { digests: 0, items: 0 };
    const year = Number(today.slice(0, 4));
    const [settings, people, meetings, regions, strategyId, actions, optOuts] = await Promise.all([
      this.duties.settings(org.id),
      this.roster.roster(org.id),
      this.calendar.steeringGroupMeetings(org.id),
      this.dataSource.query(`SELECT id, name FROM region WHERE organization_id = $1 ORDER BY sort_order, code`, [org.id]) as Promise<{ id: string; name: Record<string, string> }[]>,
      this.strategies.strategyInForce(org.id, year),
      this.actions.actionsOfYear(org.id, year),
      this.dataSource.query(
        `SELECT user_id FROM reminder_subscription WHERE organization_id = $1 AND (unsubscribed_at IS NOT NULL OR snoozed_until >= $2::date)`,
        [org.id, today],
      ) as Promise<{ user_id: string }[]>,
    ]);
    const criteria = strategyId ? await this.criteria.criteriaOfStrategy(org.id, strategyId) : [];
    const subjects = new Map<string, Subject>([
      ...criteria.map((c): [string, Subject] => [c.id, { regionIds: [], title: c.title, context: c.focusAreaTitle, year }]),
      ...actions.map((a): [string, Subject] => [a.id, { regionIds: a.regionIds, title: a.title, context: `${a.planTitle} · ${a.focusAreaTitle}`, year: a.year }]),
    ]);
    const optedOut = new Set(optOuts.map((o) => o.user_id));
    const plan = {
      today,
      leadDays: settings.leadDays,
      duties: duties.map((d) => ({
        id: d.id,
        subjectKind: (d.criterion_id ? 'criterion' : 'action') as ReminderSubjectKind,
        subjectId: (d.criterion_id ?? d.action_id) as string,
        ownerUserId: d.owner_user_id,
        ownerRole: d.owner_role,
        cadence: d.cadence,
      })),
      subjects,
      regionIds: regions.map((r) => r.id),
      people: people.map((p) => ({ id: p.id, status: p.status, roles: p.roles, regionIds: p.regionIds, optedOut: optedOut.has(p.id) })),
      meetings,
    };
    // The newest entry per subject and region since the earliest period start any item can have.
    const since = [`${year}-01-01`, ...meetings.filter((m) => m.date < today).map((m) => m.date)].sort()[0];
    const latest = await this.actions.latestEntries(
      org.id,
      plan.duties.filter((d) => d.subjectKind === 'criterion').map((d) => d.subjectId),
      plan.duties.filter((d) => d.subjectKind === 'action').map((d) => d.subjectId),
      since,
    );
    const latestBy = new Map(latest.map((l) => [`${l.kind}:${l.id}:${l.regionId}`, l.latestEntryDate]));
    const byPerson = dueItemsByPerson(plan, (item) => {
      const last = latestBy.get(`${item.subjectKind}:${item.subjectId}:${item.regionId}`);
      return !last || last < item.periodStart;
    });
    let digests = 0;
    let items = 0;
    for (const [userId, due] of byPerson) {
      const person = people.find((p) => p.id === userId) as RosterEntry;
      const sent = await this.sendDigest(org, person, today, due, subjects, regions);
      if (sent > 0) {
        digests += 1;
        items += sent;
      }
    }
    return { digests, items };
  }

  /** One person's digest: the items not reminded of before, recorded and mailed in one transaction. Returns how many it holds. */
  private async sendDigest(
    org: { id: string; name: string },
    person: RosterEntry,
    today: string,
    due: DueItem[],
    subjects: Map<string, Subject>,
    regions: { id: string; name: Record<string, string> }[],
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const token = randomBytes(32).toString('base64url');
      const [{ id: digestId }]: { id: string }[] = await manager.query(
        `INSERT INTO reminder_digest (organization_id, user_id, run_on, token_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
        [org.id, person.id, today, hashToken(token)],
      );
      const inserted: { duty_id: string; region_id: string; due_key: string }[] = await manager.query(
        `INSERT INTO reminder_sent (user_id, duty_id, region_id, due_key, organization_id, digest_id)
         SELECT $1, d.duty_id, d.region_id, d.due_key, $2, $3
           FROM unnest($4::uuid[], $5::uuid[], $6::text[]) AS d(duty_id, region_id, due_key)
         ON CONFLICT DO NOTHING
         RETURNING duty_id, region_id, due_key`,
        [person.id, org.id, digestId, due.map((i) => i.dutyId), due.map((i) => i.regionId), due.map((i) => i.dueKey)],
      );
      if (inserted.length === 0) {
        // Everything was reminded of before: no digest.
        await manager.query(`DELETE FROM reminder_digest WHERE id = $1`, [digestId]);
        return 0;
      }
      const fresh = new Set(inserted.map((r) => `${r.duty_id}|${r.region_id}|${r.due_key}`));
      const lines = due.filter((i) => fresh.has(`${i.dutyId}|${i.regionId}|${i.dueKey}`)).map((i) => this.line(i, person.language, subjects, regions));
      const base = publicUrl(this.env);
      const jobId = await this.mail.enqueue(
        {
          kind: 'reminder_digest',
          to: person.email,
          language: person.language,
          recipientName: person.displayName,
          organizationName: org.name,
          reminders: lines,
          unsubscribeLink: `${base}/reminders/unsubscribe?token=${encodeURIComponent(token)}`,
        },
        manager,
      );
      await manager.query(`UPDATE reminder_digest SET job_id = $2 WHERE id = $1`, [digestId, jobId]);
      return lines.length;
    });
  }

  /** A digest line, with the link that opens the log-progress form filled in (region, item, year). */
  private line(item: DueItem, language: LanguageCode, subjects: Map<string, Subject>, regions: { id: string; name: Record<string, string> }[]): ReminderLine {
    const subject = subjects.get(item.subjectId) as Subject;
    const region = regions.find((r) => r.id === item.regionId);
    const params = new URLSearchParams({ region: item.regionId, kind: item.subjectKind, id: item.subjectId, year: String(subject.year), title: subject.title });
    return {
      title: subject.title,
      context: subject.context,
      regionName: region?.name[language] ?? region?.name['fi'] ?? '',
      reason: item.reason,
      dueDate: item.dueDate,
      link: `${publicUrl(this.env)}/progress/new?${params.toString()}`,
    };
  }
}
