import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { canWriteRegion, domainError, notFound, RequestValidationException, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import { JobsService } from '@suunta/api-jobs';
import { PlansService } from '@suunta/api-plans';
import type {
  CreateActionFromDecisionDto,
  CreateFollowUpDto,
  CreateMeetingDto,
  CreateMeetingItemDto,
  MeetingDto,
  MeetingHeaderInput,
  MeetingItemInput,
  MeetingStatus,
  MinutesImportPreviewDto,
  MinutesImportSaveDto,
  SessionUser,
  UpdateFollowUpDto,
  UpdateMeetingDto,
  UpdateMeetingItemDto,
} from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { GovernanceService } from '../governance.service';
import { MEETING_DIGEST_QUEUE, MeetingDigestJob } from '../meeting-calendar.service';
import { insertFocusAreaLinks } from './focus-area-links';
import { parseMinutes } from './minutes-parser';

interface LockedMeeting {
  id: string;
  region_id: string | null;
  status: MeetingStatus;
  version: number;
  date: string | null;
}

/** 423: checked and approved minutes say what they say until reopened (with a reason). */
export class MeetingLockedException extends HttpException {
  constructor(status: MeetingStatus) {
    super(
      { statusCode: HttpStatus.LOCKED, error: 'Locked', code: 'meeting_locked', message: `The minutes are ${status}: reopen them (with a reason) before changing them`, params: { status } },
      HttpStatus.LOCKED,
    );
  }
}

/** Header columns a request may set, in the order of `MeetingHeaderInput`. */
const HEADER_COLUMNS: [keyof MeetingHeaderInput | 'body', string, ((v: unknown) => unknown)?][] = [
  ['regionId', 'region_id'],
  ['body', 'body'],
  ['bodyName', 'body_name'],
  ['date', 'date'],
  ['startTime', 'start_time'],
  ['endTime', 'end_time'],
  ['place', 'place'],
  ['remote', 'remote'],
  ['chair', 'chair'],
  ['secretary', 'secretary'],
  ['minuteCheckers', 'minute_checkers'],
  ['attendance', 'attendance', (v) => JSON.stringify(v ?? [])],
  ['notes', 'notes'],
];

const ITEM_COLUMNS: [keyof MeetingItemInput, string, ((v: unknown) => unknown)?][] = [
  ['number', 'number'],
  ['title', 'title'],
  ['proposal', 'proposal'],
  ['discussion', 'discussion'],
  ['decision', 'decision'],
  ['note', 'note'],
  ['attachments', 'attachments', (v) => JSON.stringify(v ?? [])],
];

/**
 * Writing minutes: the meeting's header, its § items, the lifecycle draft → checked → approved
 * (locked; reopening → draft with a reason), a decision's yearly action (through
 * `PlansService.createActionInForce`) or follow-up task, and the import of a minutes text.
 *
 * Who writes: admins and the management group any meeting; a planner the meetings of a body of a
 * region they are assigned to (the secretary of their region's steering group). Organization-level
 * bodies (no region): admins and management only. One `version` covers the whole minutes (header
 * and items): every write sends the version read and bumps it (409 when stale). Every change is
 * audited in its own transaction.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly governance: GovernanceService,
    private readonly plans: PlansService,
    private readonly jobs: JobsService,
  ) {}

  async create(user: SessionUser, dto: CreateMeetingDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      const id = await this.insertMeeting(m, user, dto);
      const after = await this.governance.getMeeting(user.organizationId, id, m);
      await this.audit.record(m, user, { entityType: 'meeting', entityId: id, action: 'create', after });
      return after;
    });
  }

  async update(user: SessionUser, id: string, dto: UpdateMeetingDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.lockForEdit(m, user, id, dto.version);
      if (dto.regionId !== undefined && dto.regionId !== meeting.region_id) {
        await this.requireRegion(m, user, dto.regionId ?? null);
        assertCanWrite(user, dto.regionId ?? null);
      }
      const before = await this.governance.getMeeting(user.organizationId, id, m);
      const { sets, params } = assignments(HEADER_COLUMNS, dto, 2);
      await m.query(`UPDATE meeting SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, [id, ...params]);
      const after = await this.governance.getMeeting(user.organizationId, id, m);
      // rescheduled (or moved to another body or region): its digest covers another period now
      if (after.date && (after.date !== before.date || after.regionId !== before.regionId || after.body !== before.body)) {
        await this.enqueueDigest(m, user.organizationId, id);
      }
      await this.audit.record(m, user, { entityType: 'meeting', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  /** Only a draft that nothing was created from; the items go with it. */
  async remove(user: SessionUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.lockForEdit(m, user, id, version);
      const before = await this.governance.getMeeting(user.organizationId, id, m);
      await m.query(`DELETE FROM meeting WHERE id = $1`, [id]);
      await this.audit.record(m, user, { entityType: 'meeting', entityId: id, action: 'delete', before });
    });
  }

  async addItem(user: SessionUser, meetingId: string, dto: CreateMeetingItemDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      await this.lockForEdit(m, user, meetingId, dto.version);
      const itemId = await this.insertItem(m, user, meetingId, dto);
      const after = await this.bump(m, user, meetingId);
      await this.audit.record(m, user, { entityType: 'meeting_item', entityId: itemId, action: 'create', after: after.items.find((i) => i.id === itemId) });
      return after;
    });
  }

  async updateItem(user: SessionUser, meetingId: string, itemId: string, dto: UpdateMeetingItemDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      await this.lockForEdit(m, user, meetingId, dto.version);
      const before = await this.requireItem(m, user, meetingId, itemId);
      if (dto.number !== undefined && dto.number !== before.number) await this.assertNumberFree(m, meetingId, dto.number);
      const { sets, params } = assignments(ITEM_COLUMNS, dto, 2);
      if (sets.length > 0) await m.query(`UPDATE meeting_item SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, [itemId, ...params]);
      await this.writeItemLinks(m, user, itemId, dto);
      const after = await this.bump(m, user, meetingId);
      await this.audit.record(m, user, { entityType: 'meeting_item', entityId: itemId, action: 'update', before, after: after.items.find((i) => i.id === itemId) });
      return after;
    });
  }

  async deleteItem(user: SessionUser, meetingId: string, itemId: string, version: number): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      await this.lockForEdit(m, user, meetingId, version);
      const before = await this.requireItem(m, user, meetingId, itemId);
      await m.query(`DELETE FROM meeting_item WHERE id = $1`, [itemId]);
      const after = await this.bump(m, user, meetingId);
      await this.audit.record(m, user, { entityType: 'meeting_item', entityId: itemId, action: 'delete', before });
      return after;
    });
  }

  /** draft → checked (the minute-checkers have read it). */
  check(user: SessionUser, id: string, version: number): Promise<MeetingDto> {
    return this.transition(user, id, version, 'draft', 'checked', 'check');
  }

  /** checked → approved (locked). */
  approve(user: SessionUser, id: string, version: number): Promise<MeetingDto> {
    return this.transition(user, id, version, 'checked', 'approved', 'approve');
  }

  /** checked or approved → draft, with a reason kept in the audit trail. */
  async reopen(user: SessionUser, id: string, version: number, reason: string): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.lock(m, user, id);
      if (meeting.status === 'draft') throw domainError('meeting_wrong_status', 409, 'The minutes are already a draft', { status: meeting.status });
      if (meeting.version !== version) throw stale(id, version);
      const before = await this.governance.getMeeting(user.organizationId, id, m);
      await m.query(`UPDATE meeting SET status = 'draft', approved_at = NULL, version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      const after = await this.governance.getMeeting(user.organizationId, id, m);
      await this.audit.record(m, user, { entityType: 'meeting', entityId: id, action: 'reopen', before: { status: before.status, version: before.version }, after: { status: after.status, version: after.version, reason } });
      return after;
    });
  }

  /**
   * "This decision becomes a yearly action": in the plan in force for the meeting's region and
   * `year`, under the theme of `focusAreaId`, with the meeting's region as the action's region.
   * Only from approved minutes (the decision stands), and only from a § with a decision.
   */
  async createAction(user: SessionUser, meetingId: string, itemId: string, dto: CreateActionFromDecisionDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.lock(m, user, meetingId);
      if (meeting.status !== 'approved') throw domainError('meeting_not_approved', 409, 'A decision becomes an action only once the minutes are approved', { status: meeting.status });
      const item = await this.requireItem(m, user, meetingId, itemId);
      if (!item.decision) throw new RequestValidationException([{ field: 'decision', message: 'the § has no decision (Päätös)', code: 'required' }]);
      const { actionId } = await this.plans.createActionInForce(m, user, {
        regionId: meeting.region_id,
        year: dto.year,
        focusAreaId: dto.focusAreaId,
        title: dto.title,
        description: dto.description ?? null,
        source: { meetingId, itemId, number: item.number },
      });
      await m.query(`INSERT INTO meeting_item_action (organization_id, item_id, action_id, from_decision) VALUES ($1, $2, $3, true)`, [user.organizationId, itemId, actionId]);
      await this.audit.record(m, user, { entityType: 'meeting_item', entityId: itemId, action: 'update', after: { createdActionId: actionId } });
      return this.governance.getMeeting(user.organizationId, meetingId, m);
    });
  }

  /** A follow-up task of a decision (any state of the minutes: the task is not what they say). */
  async createFollowUp(user: SessionUser, meetingId: string, itemId: string, dto: CreateFollowUpDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      await this.lock(m, user, meetingId);
      await this.requireItem(m, user, meetingId, itemId);
      const [{ id }] = await m.query(
        `INSERT INTO meeting_follow_up (organization_id, item_id, title, owner, due_date) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [user.organizationId, itemId, dto.title, dto.owner, dto.dueDate],
      );
      await this.audit.record(m, user, { entityType: 'meeting_follow_up', entityId: id, action: 'create', after: { itemId, ...dto } });
      return this.governance.getMeeting(user.organizationId, meetingId, m);
    });
  }

  async updateFollowUp(user: SessionUser, meetingId: string, followUpId: string, dto: UpdateFollowUpDto): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      await this.lock(m, user, meetingId);
      const [before] = await m.query(
        `SELECT f.id, f.item_id AS "itemId", f.title, f.owner, to_char(f.due_date, 'YYYY-MM-DD') AS "dueDate", f.done, f.version
           FROM meeting_follow_up f JOIN meeting_item i ON i.id = f.item_id
          WHERE f.id = $1 AND i.meeting_id = $2 AND f.organization_id = $3 FOR UPDATE OF f`,
        [followUpId, meetingId, user.organizationId],
      );
      if (!before) throw notFound('follow_up_not_found', `Follow-up ${followUpId} not found`, { id: followUpId });
      if (before.version !== dto.version) throw versionConflict(`Follow-up ${followUpId} was changed by someone else`, { version: dto.version });
      const { sets, params } = assignments(
        [
          ['title', 'title'],
          ['owner', 'owner'],
          ['dueDate', 'due_date'],
          ['done', 'done'],
        ],
        dto,
        2,
      );
      await m.query(`UPDATE meeting_follow_up SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, [followUpId, ...params]);
      const after = await this.governance.getMeeting(user.organizationId, meetingId, m);
      await this.audit.record(m, user, {
        entityType: 'meeting_follow_up',
        entityId: followUpId,
        action: 'update',
        before,
        after: after.items.flatMap((i) => i.followUps).find((f) => f.id === followUpId),
      });
      return after;
    });
  }

  /** Parse only: the items and the problems by line, nothing saved. */
  preview(text: string): MinutesImportPreviewDto {
    const { items, appendices, problems } = parseMinutes(text);
    return { items, appendices, problems };
  }

  /**
   * A draft meeting with the parsed items; refused (400, one error per problem, field
   * `text.line.<n>`) while the text has problems, so what is saved is what the preview showed.
   */
  async importMinutes(user: SessionUser, dto: MinutesImportSaveDto): Promise<MeetingDto> {
    const parsed = parseMinutes(dto.text);
    if (parsed.problems.length > 0) {
      throw new RequestValidationException(parsed.problems.map((p) => ({ field: `text.line.${p.line}`, message: p.message, code: 'invalid' })));
    }
    const header: CreateMeetingDto = { ...dto };
    delete (header as Partial<MinutesImportSaveDto>).text;
    return this.dataSource.transaction(async (m) => {
      const notes = [header.notes, parsed.preamble].filter((n): n is string => !!n).join('\n\n') || null;
      const id = await this.insertMeeting(m, user, { ...header, notes });
      for (const [index, item] of parsed.items.entries()) {
        await m.query(
          `INSERT INTO meeting_item (organization_id, meeting_id, number, title, proposal, discussion, decision, note, sort_order) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [user.organizationId, id, item.number, item.title, item.proposal, item.discussion, item.decision, item.note, index + 1],
        );
      }
      const after = await this.governance.getMeeting(user.organizationId, id, m);
      await this.audit.record(m, user, { entityType: 'meeting', entityId: id, action: 'import', after: { ...after, appendices: parsed.appendices } });
      return after;
    });
  }

  // ------------------------------------------------------------------ helpers

  private async insertMeeting(m: EntityManager, user: SessionUser, dto: CreateMeetingDto): Promise<string> {
    await this.requireRegion(m, user, dto.regionId ?? null);
    assertCanWrite(user, dto.regionId ?? null);
    const { columns, params } = insertion(HEADER_COLUMNS, dto);
    const [{ id }] = await m.query(
      `INSERT INTO meeting (organization_id, status, ${columns.join(', ')}) VALUES ($1, 'draft', ${columns.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
      [user.organizationId, ...params],
    );
    // A dated meeting is a scheduled one: its digest is made by the job, committed with the meeting.
    if (dto.date) await this.enqueueDigest(m, user.organizationId, id);
    return id;
  }

  private async enqueueDigest(m: EntityManager, organizationId: string, meetingId: string): Promise<void> {
    await this.jobs.send<MeetingDigestJob>(MEETING_DIGEST_QUEUE, { organizationId, meetingId }, m);
  }

  private async insertItem(m: EntityManager, user: SessionUser, meetingId: string, dto: CreateMeetingItemDto): Promise<string> {
    let number = dto.number;
    if (number === undefined) {
      const [{ next }] = await m.query(`SELECT coalesce(max(number), 0) + 1 AS next FROM meeting_item WHERE meeting_id = $1`, [meetingId]);
      number = Number(next);
    } else {
      await this.assertNumberFree(m, meetingId, number);
    }
    const { columns, params } = insertion(ITEM_COLUMNS, { ...dto, number });
    const [{ id }] = await m.query(
      `INSERT INTO meeting_item (organization_id, meeting_id, sort_order, ${columns.join(', ')})
       VALUES ($1, $2, $3, ${columns.map((_, i) => `$${i + 4}`).join(', ')}) RETURNING id`,
      [user.organizationId, meetingId, number, ...params],
    );
    await this.writeItemLinks(m, user, id, dto);
    return id;
  }

  private async assertNumberFree(m: EntityManager, meetingId: string, number: number): Promise<void> {
    const [taken] = await m.query(`SELECT 1 FROM meeting_item WHERE meeting_id = $1 AND number = $2`, [meetingId, number]);
    if (taken) throw domainError('meeting_item_number_taken', 409, `The minutes already have § ${number}`, { number });
  }

  /** Focus areas (FK-checked per organization: an unknown id is a 400 naming the field) and the actions it concerns. */
  private async writeItemLinks(m: EntityManager, user: SessionUser, itemId: string, dto: MeetingItemInput): Promise<void> {
    if (dto.focusAreaIds !== undefined) {
      await m.query(`DELETE FROM meeting_item_focus_area WHERE item_id = $1`, [itemId]);
      await insertFocusAreaLinks(
        m,
        `INSERT INTO meeting_item_focus_area (organization_id, item_id, focus_area_id) VALUES ($1, $2, $3)`,
        user.organizationId,
        itemId,
        dto.focusAreaIds,
      );
    }
    if (dto.actionIds !== undefined) {
      const known = new Set((await this.plans.actionRefs(user.organizationId, dto.actionIds, m)).map((a) => a.id));
      const missing = dto.actionIds.findIndex((a) => !known.has(a));
      if (missing >= 0) throw new RequestValidationException([{ field: `actionIds.${missing}`, message: 'unknown yearly action', code: 'invalid' }]);
      // links created from a decision stay; the others are replaced
      await m.query(`DELETE FROM meeting_item_action WHERE item_id = $1 AND NOT from_decision`, [itemId]);
      await m.query(
        `INSERT INTO meeting_item_action (organization_id, item_id, action_id) SELECT $1, $2, x FROM unnest($3::uuid[]) AS x ON CONFLICT DO NOTHING`,
        [user.organizationId, itemId, dto.actionIds],
      );
    }
  }

  private async requireRegion(m: EntityManager, user: SessionUser, regionId: string | null): Promise<void> {
    if (!regionId) return;
    const [region] = await m.query(`SELECT 1 FROM region WHERE id = $1 AND organization_id = $2`, [regionId, user.organizationId]);
    if (!region) throw notFound('region_not_found', `Region ${regionId} not found`, { id: regionId });
  }

  private async requireItem(m: EntityManager, user: SessionUser, meetingId: string, itemId: string) {
    const meeting = await this.governance.getMeeting(user.organizationId, meetingId, m);
    const item = meeting.items.find((i) => i.id === itemId);
    if (!item) throw notFound('meeting_item_not_found', `§ item ${itemId} not found in meeting ${meetingId}`, { id: itemId });
    return item;
  }

  /** The meeting's row, locked; 404 for another organization's; 403 for a writer of another region. */
  private async lock(m: EntityManager, user: SessionUser, id: string): Promise<LockedMeeting> {
    const [row]: LockedMeeting[] = await m.query(
      `SELECT id, region_id, status, version, to_char(date, 'YYYY-MM-DD') AS date FROM meeting WHERE id = $1 AND organization_id = $2 FOR UPDATE`,
      [id, user.organizationId],
    );
    if (!row) throw notFound('meeting_not_found', `Meeting ${id} not found`, { id });
    assertCanWrite(user, row.region_id);
    return row;
  }

  /** {@link lock}, then: a draft (423 otherwise) at the version the client read (409 otherwise). */
  private async lockForEdit(m: EntityManager, user: SessionUser, id: string, version: number): Promise<LockedMeeting> {
    const row = await this.lock(m, user, id);
    if (row.status !== 'draft') throw new MeetingLockedException(row.status);
    if (row.version !== version) throw stale(id, version);
    return row;
  }

  private async bump(m: EntityManager, user: SessionUser, id: string): Promise<MeetingDto> {
    await m.query(`UPDATE meeting SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
    return this.governance.getMeeting(user.organizationId, id, m);
  }

  private async transition(user: SessionUser, id: string, version: number, from: MeetingStatus, to: MeetingStatus, action: 'check' | 'approve'): Promise<MeetingDto> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.lock(m, user, id);
      if (meeting.status !== from) throw domainError('meeting_wrong_status', 409, `The minutes are ${meeting.status}, not ${from}`, { status: meeting.status });
      if (meeting.version !== version) throw stale(id, version);
      if (to === 'approved' && !meeting.date) throw new RequestValidationException([{ field: 'date', message: 'approved minutes need the date of the meeting', code: 'required' }]);
      await m.query(
        `UPDATE meeting SET status = $2, approved_at = CASE WHEN $2 = 'approved' THEN now() ELSE approved_at END, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, to],
      );
      const after = await this.governance.getMeeting(user.organizationId, id, m);
      await this.audit.record(m, user, { entityType: 'meeting', entityId: id, action, before: { status: from, version }, after: { status: to, version: after.version } });
      return after;
    });
  }
}

/** Admins and management: any meeting; a planner: a body of one of their regions. */
export function assertCanWrite(user: SessionUser, regionId: string | null): void {
  const orgWide = user.roles.includes('admin') || user.roles.includes('management');
  if (orgWide || (regionId !== null && canWriteRegion(user, regionId))) return;
  throw domainError('region_forbidden', 403, regionId ? 'You may not write the minutes of this region' : 'Only admins and the management group write the minutes of an organization-level body');
}

function stale(id: string, version: number) {
  return versionConflict(`Meeting ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
}

/** `col = $n` for every key present in `dto` (undefined = leave as is), numbered from `first`. */
export function assignments<T extends object>(columns: [keyof T & string | string, string, ((v: unknown) => unknown)?][], dto: T, first: number) {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [key, column, map] of columns) {
    const value = (dto as Record<string, unknown>)[key];
    if (value === undefined) continue;
    params.push(map ? map(value) : value);
    sets.push(`${column} = $${first + params.length - 1}`);
  }
  return { sets, params };
}

function insertion<T extends object>(columns: [keyof T & string | string, string, ((v: unknown) => unknown)?][], dto: T) {
  const names: string[] = [];
  const params: unknown[] = [];
  for (const [key, column, map] of columns) {
    const value = (dto as Record<string, unknown>)[key];
    if (value === undefined) continue;
    names.push(column);
    params.push(map ? map(value) : value);
  }
  return { columns: names, params };
}
