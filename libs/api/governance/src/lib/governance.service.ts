import { Injectable } from '@nestjs/common';
import { notFound, pickCamel } from '@suunta/api-core';
import { PlansService } from '@suunta/api-plans';
import { StrategyLookupService } from '@suunta/api-strategy';
import type {
  FocusAreaDecisionDto,
  GovernanceFocusAreaRef,
  MeetingAttachment,
  MeetingAttendee,
  MeetingDto,
  MeetingFollowUpDto,
  MeetingItemActionRef,
  MeetingItemDto,
  MeetingItemText,
  MeetingStatus,
  MeetingSummaryDto,
  NetworkDto,
  NetworkStatus,
} from '@suunta/shared-domain';
import { MEETING_ITEM_TEXT_FIELDS } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

interface MeetingRow {
  id: string;
  region_id: string | null;
  region_code: string | null;
  body: string;
  body_name: string | null;
  date: string | null;
  date_earliest: string | null;
  date_latest: string | null;
  date_note: string | null;
  place: string | null;
  chair: string | null;
  secretary: string | null;
  notes: string | null;
  source: string | null;
  item_count: number;
  status: MeetingStatus;
  start_time: string | null;
  end_time: string | null;
  remote: boolean;
  minute_checkers: string[];
  attendance: MeetingAttendee[];
  approved_at: Date | null;
  version: number;
}

interface ItemRow extends MeetingItemText {
  id: string;
  meeting_id: string;
  attachments: MeetingAttachment[];
}

interface NetworkRow {
  id: string;
  region_id: string | null;
  region_code: string | null;
  name: string;
  coordinator: string | null;
  since_year: number | null;
  meetings_per_year: number | null;
  meetings_per_year_min: number | null;
  meetings_per_year_max: number | null;
  meetings_per_year_text: string | null;
  status: NetworkStatus;
  partners: string[];
  notes: string | null;
  source: string | null;
  version: number;
}

interface LinkRow {
  owner_id: string;
  id: string;
  code: string | null;
  title: string;
  strategy_id: string;
}

export interface GovernanceFilter {
  regionId?: string;
  focusAreaId?: string;
}

/**
 * Read side of meetings (minutes with § items) and networks. A fixed number of queries per call,
 * whatever the number of rows; every query is scoped to the caller's organization.
 */
@Injectable()
export class GovernanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly strategy: StrategyLookupService,
  ) {}

  /** Meetings, newest first (undated ones last); with a focus area: those with an item linked to it. */
  async listMeetings(organizationId: string, filter: GovernanceFilter = {}): Promise<MeetingSummaryDto[]> {
    const rows: MeetingRow[] = await this.dataSource.query(
      `${MEETING_SELECT}
        WHERE m.organization_id = $1
          AND ($2::uuid IS NULL OR m.region_id = $2)
          AND ($3::uuid IS NULL OR EXISTS (
                SELECT 1 FROM meeting_item i JOIN meeting_item_focus_area l ON l.item_id = i.id
                 WHERE i.meeting_id = m.id AND l.focus_area_id = $3))
        ORDER BY m.date DESC NULLS LAST, m.created_at DESC, m.id`,
      [organizationId, filter.regionId ?? null, filter.focusAreaId ?? null],
    );
    const links = await this.meetingFocusAreas(organizationId, rows.map((r) => r.id));
    return rows.map((r) => toMeetingSummary(r, links.get(r.id) ?? []));
  }

  /** One meeting with its items in § order; 404 when it is not the organization's. */
  async getMeeting(organizationId: string, id: string, m: EntityManager = this.dataSource.manager): Promise<MeetingDto> {
    const [row]: MeetingRow[] = await m.query(`${MEETING_SELECT} WHERE m.organization_id = $1 AND m.id = $2`, [organizationId, id]);
    if (!row) throw notFound('meeting_not_found', `Meeting ${id} not found`, { id });
    const items: ItemRow[] = await m.query(
      `SELECT id, meeting_id, number, title, proposal, discussion, decision, note, attachments
         FROM meeting_item WHERE meeting_id = $1 ORDER BY number, sort_order`,
      [id],
    );
    const actionLinks: { item_id: string; action_id: string; from_decision: boolean }[] = await m.query(
      `SELECT l.item_id, l.action_id, l.from_decision FROM meeting_item_action l JOIN meeting_item i ON i.id = l.item_id WHERE i.meeting_id = $1 ORDER BY l.created_at, l.action_id`,
      [id],
    );
    const refs = new Map((await this.plans.actionRefs(organizationId, [...new Set(actionLinks.map((l) => l.action_id))], m)).map((a) => [a.id, a]));
    const actions = new Map<string, MeetingItemActionRef[]>();
    for (const l of actionLinks) {
      const ref = refs.get(l.action_id);
      if (!ref) continue;
      const list = actions.get(l.item_id) ?? [];
      list.push({ id: ref.id, planId: ref.planId, title: ref.title, year: ref.year, fromDecision: l.from_decision });
      actions.set(l.item_id, list);
    }
    const followUps = new Map<string, MeetingFollowUpDto[]>();
    const followUpRows: FollowUpRow[] = await m.query(
      `SELECT f.id, f.item_id, f.title, f.owner, to_char(f.due_date, 'YYYY-MM-DD') AS due_date, f.done, f.version
         FROM meeting_follow_up f JOIN meeting_item i ON i.id = f.item_id WHERE i.meeting_id = $1 ORDER BY f.due_date, f.created_at, f.id`,
      [id],
    );
    for (const f of followUpRows) {
      const list = followUps.get(f.item_id) ?? [];
      list.push(toFollowUp(f));
      followUps.set(f.item_id, list);
    }
    const itemLinks = await this.links(
      organizationId,
      await m.query(
        `SELECT l.item_id AS owner_id, l.focus_area_id FROM meeting_item_focus_area l JOIN meeting_item i ON i.id = l.item_id WHERE i.meeting_id = $1`,
        [id],
      ),
      m,
    );
    const all = (await this.meetingFocusAreas(organizationId, [id], m)).get(id) ?? [];
    return {
      ...toMeetingSummary(row, all),
      items: items.map(
        (i): MeetingItemDto => ({
          id: i.id,
          ...pickCamel(i, MEETING_ITEM_TEXT_FIELDS),
          attachments: i.attachments ?? [],
          focusAreas: itemLinks.get(i.id) ?? [],
          actions: actions.get(i.id) ?? [],
          followUps: followUps.get(i.id) ?? [],
        }),
      ),
    };
  }

  /** Networks by region order and register order; with a focus area: those linked to it. */
  async listNetworks(organizationId: string, filter: GovernanceFilter & { id?: string } = {}, m: EntityManager = this.dataSource.manager): Promise<NetworkDto[]> {
    const rows: NetworkRow[] = await m.query(
      `SELECT n.id, n.region_id, r.code AS region_code, n.name, n.coordinator, n.since_year,
              n.meetings_per_year, n.meetings_per_year_min, n.meetings_per_year_max, n.meetings_per_year_text,
              n.status, n.partners, n.notes, n.source, n.version
         FROM network n LEFT JOIN region r ON r.id = n.region_id
        WHERE n.organization_id = $1
          AND ($2::uuid IS NULL OR n.region_id = $2)
          AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM network_focus_area l WHERE l.network_id = n.id AND l.focus_area_id = $3))
          AND ($4::uuid IS NULL OR n.id = $4)
        ORDER BY r.sort_order NULLS FIRST, n.sort_order, n.name, n.id`,
      [organizationId, filter.regionId ?? null, filter.focusAreaId ?? null, filter.id ?? null],
    );
    const links =
      rows.length === 0
        ? new Map<string, GovernanceFocusAreaRef[]>()
        : await this.links(
            organizationId,
            await m.query(`SELECT l.network_id AS owner_id, l.focus_area_id FROM network_focus_area l WHERE l.network_id = ANY($1::uuid[])`, [rows.map((r) => r.id)]),
            m,
          );
    return rows.map((n) => ({
      id: n.id,
      regionId: n.region_id,
      regionCode: n.region_code,
      name: n.name,
      coordinator: n.coordinator,
      sinceYear: n.since_year,
      meetingsPerYear: n.meetings_per_year,
      meetingsPerYearMin: n.meetings_per_year_min,
      meetingsPerYearMax: n.meetings_per_year_max,
      meetingsPerYearText: n.meetings_per_year_text,
      status: n.status,
      partners: n.partners ?? [],
      notes: n.notes,
      source: n.source,
      version: n.version,
      focusAreas: links.get(n.id) ?? [],
    }));
  }

  /**
   * The decisions (§ items with a decision) linked to a focus area, newest meeting first, for
   * the focus area's page. Drafts are left out: what is not yet checked is not a decision.
   */
  async decisionsForFocusArea(organizationId: string, focusAreaId: string): Promise<FocusAreaDecisionDto[]> {
    const rows: { meeting_id: string; date: string | null; status: MeetingStatus; body_name: string | null; region_code: string | null; item_id: string; number: number; title: string; decision: string | null }[] =
      await this.dataSource.query(
        `SELECT m.id AS meeting_id, to_char(m.date, 'YYYY-MM-DD') AS date, m.status, m.body_name, r.code AS region_code,
                i.id AS item_id, i.number, i.title, i.decision
           FROM meeting_item_focus_area l
           JOIN meeting_item i ON i.id = l.item_id
           JOIN meeting m ON m.id = i.meeting_id
           LEFT JOIN region r ON r.id = m.region_id
          WHERE l.organization_id = $1 AND l.focus_area_id = $2 AND m.status <> 'draft' AND i.decision IS NOT NULL
          ORDER BY coalesce(m.date, m.date_latest) DESC NULLS LAST, m.id, i.number`,
        [organizationId, focusAreaId],
      );
    return rows.map((r) => ({
      meetingId: r.meeting_id,
      meetingDate: r.date,
      meetingStatus: r.status,
      bodyName: r.body_name,
      regionCode: r.region_code,
      itemId: r.item_id,
      number: r.number,
      title: r.title,
      decision: r.decision,
    }));
  }

  /** The distinct focus areas of each meeting's items. */
  private async meetingFocusAreas(organizationId: string, meetingIds: string[], m: EntityManager = this.dataSource.manager): Promise<Map<string, GovernanceFocusAreaRef[]>> {
    if (meetingIds.length === 0) return new Map();
    return this.links(
      organizationId,
      await m.query(
        `SELECT DISTINCT i.meeting_id AS owner_id, l.focus_area_id
           FROM meeting_item_focus_area l JOIN meeting_item i ON i.id = l.item_id
          WHERE i.meeting_id = ANY($1::uuid[])`,
        [meetingIds],
      ),
      m,
    );
  }

  /**
   * Owner → its focus areas (code order, then the strategy's order), the focus areas read through
   * api-strategy's `StrategyLookupService` (governance does not read the strategy tables).
   */
  private async links(organizationId: string, rows: { owner_id: string; focus_area_id: string }[], m: EntityManager): Promise<Map<string, GovernanceFocusAreaRef[]>> {
    const areas = new Map((await this.strategy.focusAreasByIds(organizationId, rows.map((r) => r.focus_area_id), m)).map((fa) => [fa.id, fa]));
    const sorted = rows
      .flatMap((r) => {
        const fa = areas.get(r.focus_area_id);
        return fa ? [{ owner: r.owner_id, fa }] : [];
      })
      .sort((a, b) => compareCode(a.fa.code, b.fa.code) || a.fa.sortOrder - b.fa.sortOrder || (a.fa.id < b.fa.id ? -1 : a.fa.id > b.fa.id ? 1 : 0));
    return groupLinks(sorted.map(({ owner, fa }) => ({ owner_id: owner, id: fa.id, code: fa.code, title: fa.title, strategy_id: fa.strategyId })));
  }
}

/** Codes in PostgreSQL's text order (byte order, as `ORDER BY code` in the C collation), missing codes last. */
function compareCode(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const MEETING_SELECT = `
  SELECT m.id, m.region_id, r.code AS region_code, m.body, m.body_name, to_char(m.date, 'YYYY-MM-DD') AS date,
         to_char(m.date_earliest, 'YYYY-MM-DD') AS date_earliest, to_char(m.date_latest, 'YYYY-MM-DD') AS date_latest,
         m.date_note, m.place, m.chair, m.secretary, m.notes, m.source, m.status,
         to_char(m.start_time, 'HH24:MI') AS start_time, to_char(m.end_time, 'HH24:MI') AS end_time, m.remote,
         m.minute_checkers, m.attendance, m.approved_at, m.version,
         (SELECT count(*)::int FROM meeting_item i WHERE i.meeting_id = m.id) AS item_count
    FROM meeting m LEFT JOIN region r ON r.id = m.region_id`;

function groupLinks(rows: LinkRow[]): Map<string, GovernanceFocusAreaRef[]> {
  const byOwner = new Map<string, GovernanceFocusAreaRef[]>();
  for (const r of rows) {
    const list = byOwner.get(r.owner_id) ?? [];
    list.push({ id: r.id, code: r.code, title: r.title, strategyId: r.strategy_id });
    byOwner.set(r.owner_id, list);
  }
  return byOwner;
}

function toMeetingSummary(r: MeetingRow, focusAreas: GovernanceFocusAreaRef[]): MeetingSummaryDto {
  return {
    id: r.id,
    regionId: r.region_id,
    regionCode: r.region_code,
    body: r.body,
    bodyName: r.body_name,
    date: r.date,
    dateEarliest: r.date_earliest,
    dateLatest: r.date_latest,
    dateNote: r.date_note,
    place: r.place,
    chair: r.chair,
    secretary: r.secretary,
    notes: r.notes,
    source: r.source,
    itemCount: r.item_count,
    status: r.status,
    startTime: r.start_time,
    endTime: r.end_time,
    remote: r.remote,
    minuteCheckers: r.minute_checkers ?? [],
    attendance: r.attendance ?? [],
    approvedAt: r.approved_at ? new Date(r.approved_at).toISOString() : null,
    version: r.version,
    focusAreas,
  };
}

interface FollowUpRow {
  id: string;
  item_id: string;
  title: string;
  owner: string;
  due_date: string;
  done: boolean;
  version: number;
}

function toFollowUp(f: FollowUpRow): MeetingFollowUpDto {
  return { id: f.id, itemId: f.item_id, title: f.title, owner: f.owner, dueDate: f.due_date, done: f.done, version: f.version };
}
