import { HttpException, Injectable, Logger } from '@nestjs/common';
import { AccountDirectoryService, type AuditActor, AuditService } from '@suunta/api-accounts';
import { domainError, Environment, publicUrl, RequestValidationException } from '@suunta/api-core';
import { GovernanceService, MEETING_DIGEST_QUEUE, MeetingBodyRef, MeetingCalendarService, MeetingDigestJob } from '@suunta/api-governance';
import { JobsService } from '@suunta/api-jobs';
import { PlanChangesReadService, YearlyActionCatalogService } from '@suunta/api-plans';
import { Clock, ReminderDutiesService } from '@suunta/api-reminders';
import { SurveyResultsService } from '@suunta/api-surveys';
import { helsinkiDay, type DigestOverdueLine, type MeetingDigestDto, type MeetingDigestSnapshotDto, type MeetingDto } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { digestAsOf, digestPeriod, missedUpdates } from './digest-period.util';
import { renderDigestPdf } from './meeting-digest.pdf';

interface SnapshotRow {
  meeting_id: string;
  generated_at: Date;
  generated_by: string | null;
  trigger: 'scheduled' | 'manual';
  content: MeetingDigestDto;
  pdf_bytes: number;
}

/**
 * The meeting digest: what changed for a body (and its region) between its previous meeting and
 * this one — entries logged, corrected or retracted; status changes of yearly actions with the
 * planner's latest account; survey results imported; the body's decisions with their follow-ups;
 * and what is overdue (follow-ups past due, late yearly actions, updates due with no entry, by
 * the reminders' rule). Everything is read through the owners' exports and computed on request;
 * the stored snapshot (`meeting_digest`) is what the job made when the meeting was scheduled, or
 * what someone made again, with its Finnish PDF for the invitation.
 */
@Injectable()
export class MeetingDigestService {
  private readonly logger = new Logger('MeetingDigest');

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    private readonly clock: Clock,
    private readonly governance: GovernanceService,
    private readonly calendar: MeetingCalendarService,
    private readonly planChanges: PlanChangesReadService,
    private readonly actionCatalog: YearlyActionCatalogService,
    private readonly surveys: SurveyResultsService,
    private readonly duties: ReminderDutiesService,
    private readonly directory: AccountDirectoryService,
    private readonly audit: AuditService,
    jobs: JobsService,
  ) {
    // Scheduling a meeting enqueues this (governance, in the meeting's transaction). Running twice replaces the row: harmless.
    jobs.register<MeetingDigestJob>(MEETING_DIGEST_QUEUE, { retryLimit: 3 }, async (job) => {
      const made = await this.generateForJob(job.organizationId, job.meetingId);
      this.logger.log(made ? `Digest of meeting ${job.meetingId} generated` : `Meeting ${job.meetingId} is gone or undated: no digest`);
    });
  }

  /** The digest computed now from the stored data; 404 for another organization's meeting, 400 (`date`) for an undated one. */
  async compute(organizationId: string, meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<MeetingDigestDto> {
    const meeting = await this.governance.getMeeting(organizationId, meetingId, manager);
    return this.computeFor(organizationId, meeting, manager);
  }

  /** The stored digest, or null when none was made yet. */
  async snapshot(organizationId: string, meetingId: string): Promise<MeetingDigestSnapshotDto | null> {
    await this.governance.getMeeting(organizationId, meetingId);
    const [row]: SnapshotRow[] = await this.dataSource.query(
      `SELECT meeting_id, generated_at, generated_by, trigger, content, octet_length(pdf) AS pdf_bytes FROM meeting_digest WHERE organization_id = $1 AND meeting_id = $2`,
      [organizationId, meetingId],
    );
    if (!row) return null;
    const names = row.generated_by ? await this.directory.displayNames(organizationId, [row.generated_by]) : new Map<string, string>();
    return {
      meetingId: row.meeting_id,
      generatedAt: row.generated_at.toISOString(),
      trigger: row.trigger,
      generatedByName: row.generated_by ? (names.get(row.generated_by) ?? null) : null,
      pdfBytes: Number(row.pdf_bytes),
      content: row.content,
    };
  }

  /** The stored PDF (Finnish, as attached to the invitation); 404 when none was made. */
  async storedPdf(organizationId: string, meetingId: string): Promise<{ pdf: Buffer; content: MeetingDigestDto }> {
    await this.governance.getMeeting(organizationId, meetingId);
    const [row]: { pdf: Buffer; content: MeetingDigestDto }[] = await this.dataSource.query(`SELECT pdf, content FROM meeting_digest WHERE organization_id = $1 AND meeting_id = $2`, [
      organizationId,
      meetingId,
    ]);
    if (!row) throw domainError('not_found', 404, `No digest has been generated for meeting ${meetingId} yet`, { id: meetingId });
    return row;
  }

  /** Computes the digest, renders its Finnish PDF and stores both (replacing the earlier one), in one transaction. */
  async generate(organizationId: string, meetingId: string, trigger: 'scheduled' | 'manual', actor: AuditActor): Promise<MeetingDigestSnapshotDto> {
    const userId = 'system' in actor ? null : actor.id;
    await this.dataSource.transaction(async (m) => {
      const content = await this.compute(organizationId, meetingId, m);
      const pdf = await renderDigestPdf(content, 'fi', publicUrl(this.env));
      // what it replaces, for the audit trail (the stored content itself is not kept twice)
      const [previous] = (await m.query(
        `SELECT generated_at, generated_by, trigger FROM meeting_digest WHERE meeting_id = $1 AND organization_id = $2 FOR UPDATE`,
        [meetingId, organizationId],
      )) as { generated_at: Date; generated_by: string | null; trigger: string }[];
      const [stored] = (await m.query(
        `INSERT INTO meeting_digest (organization_id, meeting_id, generated_at, generated_by, trigger, content, pdf)
         VALUES ($1, $2, now(), $3, $4, $5, $6)
         ON CONFLICT (meeting_id) DO UPDATE SET generated_at = now(), generated_by = $3, trigger = $4, content = $5, pdf = $6
         RETURNING generated_at`,
        [organizationId, meetingId, userId, trigger, JSON.stringify(content), pdf],
      )) as { generated_at: Date }[];
      const summary = (at: Date, by: string | null, how: string) => ({ generatedAt: at.toISOString(), generatedBy: by, trigger: how, from: content.period.from, to: content.period.to });
      await this.audit.record(m, actor, {
        entityType: 'meeting_digest',
        entityId: meetingId,
        action: previous ? 'update' : 'create',
        before: previous ? { generatedAt: previous.generated_at.toISOString(), generatedBy: previous.generated_by, trigger: previous.trigger } : null,
        after: summary(stored.generated_at, userId, trigger),
      });
    });
    return (await this.snapshot(organizationId, meetingId)) as MeetingDigestSnapshotDto;
  }

  /** The job's run: nothing to do when the meeting was deleted or lost its date meanwhile. */
  private async generateForJob(organizationId: string, meetingId: string): Promise<boolean> {
    let date: string | null;
    try {
      date = (await this.governance.getMeeting(organizationId, meetingId)).date;
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() === 404) return false;
      throw error;
    }
    if (!date) return false;
    await this.generate(organizationId, meetingId, 'scheduled', { system: 'meeting digest job', organizationId });
    return true;
  }

  private async computeFor(organizationId: string, meeting: MeetingDto, m: EntityManager): Promise<MeetingDigestDto> {
    if (!meeting.date) {
      throw new RequestValidationException([{ field: 'date', code: 'required', message: 'The meeting has no date: a digest covers the time up to a dated meeting' }]);
    }
    const date = meeting.date;
    const now = this.clock.now();
    const body: MeetingBodyRef = { body: meeting.body, regionId: meeting.regionId };
    const allRegions: { id: string; code: string; name: Record<string, string> }[] = await m.query(
      `SELECT id, code, name FROM region WHERE organization_id = $1 ORDER BY sort_order, code`,
      [organizationId],
    );
    const regions = meeting.regionId ? allRegions.filter((r) => r.id === meeting.regionId) : allRegions;
    // null = every region (an organization-level body sees the whole organization)
    const scope = meeting.regionId ? [meeting.regionId] : null;
    const [previous, planStart] = await Promise.all([
      this.calendar.previousMeeting(organizationId, body, date, meeting.id, m),
      this.planChanges.planPeriodStart(organizationId, meeting.regionId, date, m),
    ]);
    const period = digestPeriod(date, previous, planStart);
    const asOf = digestAsOf(date, helsinkiDay(now));
    const [entries, statusChanges, surveys, decisions, followUps, lateActions, missing] = await Promise.all([
      this.planChanges.entryChanges(organizationId, scope, period.from, period.to, m),
      this.planChanges.statusChanges(organizationId, scope, period.from, period.to, m),
      this.surveys.surveysArrived(m, organizationId, scope, period.from, period.to),
      this.calendar.decisionsBetween(organizationId, body, previous?.date ?? period.from, date, m),
      this.calendar.overdueFollowUps(organizationId, body, asOf, m),
      this.planChanges.lateActions(organizationId, scope, asOf, m),
      this.missingEntries(organizationId, regions.map((r) => r.id), period.from, asOf, m),
    ]);
    const overdue: DigestOverdueLine[] = [
      ...followUps.map((f): DigestOverdueLine => ({ kind: 'follow_up', id: f.id, title: f.title, dueDate: f.dueDate, regionId: meeting.regionId, meetingId: f.meetingId, itemNumber: f.itemNumber })),
      ...lateActions.map(
        (a): DigestOverdueLine => ({ kind: 'action', id: a.actionId, title: a.title, dueDate: `${a.year}-12-31`, regionId: a.regionId, planId: a.planId, status: a.status }),
      ),
      ...missing,
    ];
    return {
      meeting: { id: meeting.id, body: meeting.body, bodyName: meeting.bodyName, date, regionId: meeting.regionId, status: meeting.status },
      regions,
      period,
      asOf,
      computedAt: now.toISOString(),
      entries,
      statusChanges,
      surveys,
      decisions,
      overdue,
    };
  }

  /** Updates due in the period with no entry, by the reminders' rule (duties of api-reminders, entries of api-plans). */
  private async missingEntries(organizationId: string, regionIds: string[], from: string, asOf: string, m: EntityManager): Promise<DigestOverdueLine[]> {
    const duties = await this.duties.list(organizationId, m);
    if (duties.length === 0 || from > asOf) return [];
    const actionIds = duties.filter((d) => d.subjectKind === 'action').map((d) => d.subjectId);
    const criterionIds = duties.filter((d) => d.subjectKind === 'criterion').map((d) => d.subjectId);
    const [actions, meetings] = await Promise.all([this.actionCatalog.actionsByIds(organizationId, actionIds, m), this.calendar.steeringGroupMeetings(organizationId, m)]);
    // the earliest period start any due day can have: the year before the period began (a yearly duty due on 31.12.)
    const since = `${Number(from.slice(0, 4)) - 1}-01-01`;
    const latest = await this.actionCatalog.latestEntries(organizationId, criterionIds, actionIds, since, m);
    const latestBy = new Map(latest.map((l) => [`${l.kind}:${l.id}:${l.regionId}`, l.latestEntryDate]));
    const missed = missedUpdates(
      duties,
      new Map(actions.map((a) => [a.id, a.regionIds])),
      regionIds,
      { from },
      asOf,
      meetings,
      (kind, id, regionId, periodStart) => {
        const last = latestBy.get(`${kind}:${id}:${regionId}`);
        return !last || last < periodStart;
      },
    );
    return missed.map((x) => ({ kind: 'missing_entry', id: x.subjectId, title: x.title, dueDate: x.dueDate, regionId: x.regionId, subjectKind: x.subjectKind }));
  }
}
