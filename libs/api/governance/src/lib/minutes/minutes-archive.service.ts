import { Injectable } from '@nestjs/common';
import { pickCamel, RequestValidationException } from '@suunta/api-core';
import { type ArchiveMeeting, type FieldError, MEETING_ITEM_TEXT_FIELDS } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The governance domain's part of the archive (api-archive): the minutes of meetings that dealt
 * with a strategy — a meeting with at least one item linked to one of its focus areas or to a
 * yearly action of its plans — with every item, its links within the strategy and its follow-ups.
 * Links to focus areas or actions outside the strategy are left out (the archive holds one strategy).
 */
@Injectable()
export class MinutesArchiveService {
  constructor(private readonly dataSource: DataSource) {}

  /** `focusAreas` and `actions`: database id → archive key of the strategy's focus areas and plan actions. */
  async export(organizationId: string, focusAreas: Map<string, string>, actions: Map<string, string>, manager: EntityManager = this.dataSource.manager): Promise<ArchiveMeeting[]> {
    const meetings: {
      id: string; code: string | null; region: string | null; body: string; body_name: string | null; status: ArchiveMeeting['status']; date: string | null;
      date_earliest: string | null; date_latest: string | null; date_note: string | null; start_time: string | null; end_time: string | null; remote: boolean;
      place: string | null; chair: string | null; secretary: string | null; minute_checkers: string[]; attendance: unknown[]; notes: string | null; source: string | null; approved_at: Date | null;
    }[] = await manager.query(
      `SELECT m.id, m.code, r.code AS region, m.body, m.body_name, m.status, to_char(m.date, 'YYYY-MM-DD') AS date,
              to_char(m.date_earliest, 'YYYY-MM-DD') AS date_earliest, to_char(m.date_latest, 'YYYY-MM-DD') AS date_latest, m.date_note,
              to_char(m.start_time, 'HH24:MI:SS') AS start_time, to_char(m.end_time, 'HH24:MI:SS') AS end_time, m.remote, m.place, m.chair, m.secretary,
              m.minute_checkers, m.attendance, m.notes, m.source, m.approved_at
         FROM meeting m LEFT JOIN region r ON r.id = m.region_id
        WHERE m.organization_id = $1
          AND EXISTS (SELECT 1 FROM meeting_item i
                       WHERE i.meeting_id = m.id
                         AND (EXISTS (SELECT 1 FROM meeting_item_focus_area f WHERE f.item_id = i.id AND f.focus_area_id = ANY($2::uuid[]))
                              OR EXISTS (SELECT 1 FROM meeting_item_action a WHERE a.item_id = i.id AND a.action_id = ANY($3::uuid[]))))
        ORDER BY coalesce(m.date, m.date_earliest), m.body, m.code, m.created_at, m.id`,
      [organizationId, [...focusAreas.keys()], [...actions.keys()]],
    );
    const ids = meetings.map((m) => m.id);
    const items: {
      id: string; meeting_id: string; number: number; title: string; proposal: string | null; discussion: string | null; decision: string | null; note: string | null;
      sort_order: number; attachments: unknown[];
    }[] = await manager.query(
      `SELECT id, meeting_id, number, title, proposal, discussion, decision, note, sort_order, attachments
         FROM meeting_item WHERE organization_id = $1 AND meeting_id = ANY($2::uuid[]) ORDER BY sort_order, number`,
      [organizationId, ids],
    );
    const itemIds = items.map((i) => i.id);
    const itemFocusAreas: { item_id: string; focus_area_id: string }[] = await manager.query(
      `SELECT item_id, focus_area_id FROM meeting_item_focus_area WHERE organization_id = $1 AND item_id = ANY($2::uuid[])`, [organizationId, itemIds]);
    const itemActions: { item_id: string; action_id: string; from_decision: boolean }[] = await manager.query(
      `SELECT item_id, action_id, from_decision FROM meeting_item_action WHERE organization_id = $1 AND item_id = ANY($2::uuid[])`, [organizationId, itemIds]);
    const followUps: { item_id: string; title: string; owner: string; due_date: string; done: boolean }[] = await manager.query(
      `SELECT item_id, title, owner, to_char(due_date, 'YYYY-MM-DD') AS due_date, done FROM meeting_follow_up
        WHERE organization_id = $1 AND item_id = ANY($2::uuid[]) ORDER BY due_date, title, owner`,
      [organizationId, itemIds],
    );
    return meetings.map((m) => ({
      code: m.code,
      region: m.region,
      body: m.body,
      bodyName: m.body_name,
      status: m.status,
      date: m.date,
      dateEarliest: m.date_earliest,
      dateLatest: m.date_latest,
      dateNote: m.date_note,
      startTime: m.start_time,
      endTime: m.end_time,
      remote: m.remote,
      place: m.place,
      chair: m.chair,
      secretary: m.secretary,
      minuteCheckers: m.minute_checkers,
      attendance: m.attendance,
      notes: m.notes,
      source: m.source,
      approvedAt: m.approved_at ? m.approved_at.toISOString() : null,
      items: items
        .filter((i) => i.meeting_id === m.id)
        .map((i) => ({
          ...pickCamel(i, MEETING_ITEM_TEXT_FIELDS),
          sortOrder: i.sort_order,
          attachments: i.attachments,
          focusAreas: itemFocusAreas.filter((f) => f.item_id === i.id && focusAreas.has(f.focus_area_id)).map((f) => focusAreas.get(f.focus_area_id) as string).sort(),
          actions: itemActions
            .filter((a) => a.item_id === i.id && actions.has(a.action_id))
            .map((a) => ({ action: actions.get(a.action_id) as string, fromDecision: a.from_decision }))
            .sort((x, y) => (x.action < y.action ? -1 : x.action > y.action ? 1 : 0)),
          followUps: followUps.filter((f) => f.item_id === i.id).map((f) => ({ title: f.title, owner: f.owner, dueDate: f.due_date, done: f.done })),
        })),
    }));
  }

  /** Meeting codes of the archive already used in the organization. */
  async takenCodes(organizationId: string, codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: { code: string }[] = await manager.query(`SELECT code FROM meeting WHERE organization_id = $1 AND code = ANY($2::text[])`, [organizationId, codes]);
    return new Set(rows.map((r) => r.code));
  }

  async import(
    organizationId: string,
    meetings: readonly ArchiveMeeting[],
    refs: { focusAreas: Map<string, string>; actions: Map<string, string>; regions: Map<string, string> },
    manager: EntityManager,
  ): Promise<void> {
    const errors: FieldError[] = [];
    meetings.forEach((m, i) => {
      if (m.region !== null && !refs.regions.has(m.region)) errors.push({ field: `minutes.${i}.region`, message: `Unknown region "${m.region}"`, code: 'unknown_region' });
      m.items.forEach((item, j) => {
        item.focusAreas.forEach((f, k) => {
          if (!refs.focusAreas.has(f)) errors.push({ field: `minutes.${i}.items.${j}.focusAreas.${k}`, message: `Unknown focus area "${f}"`, code: 'invalid' });
        });
        item.actions.forEach((a, k) => {
          if (!refs.actions.has(a.action)) errors.push({ field: `minutes.${i}.items.${j}.actions.${k}.action`, message: `Unknown plan action "${a.action}"`, code: 'invalid' });
        });
      });
    });
    if (errors.length > 0) throw new RequestValidationException(errors);

    for (const m of meetings) {
      const [meeting] = await manager.query(
        `INSERT INTO meeting (organization_id, region_id, code, body, body_name, status, date, date_earliest, date_latest, date_note, start_time, end_time, remote,
                              place, chair, secretary, minute_checkers, attendance, notes, source, approved_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21) RETURNING id`,
        [
          organizationId, m.region ? refs.regions.get(m.region) : null, m.code, m.body, m.bodyName, m.status, m.date, m.dateEarliest, m.dateLatest, m.dateNote,
          m.startTime, m.endTime, m.remote, m.place, m.chair, m.secretary, m.minuteCheckers, JSON.stringify(m.attendance), m.notes, m.source, m.approvedAt,
        ],
      );
      for (const item of m.items) {
        const [row] = await manager.query(
          `INSERT INTO meeting_item (organization_id, meeting_id, number, title, proposal, discussion, decision, note, sort_order, attachments)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [organizationId, meeting.id, item.number, item.title, item.proposal, item.discussion, item.decision, item.note, item.sortOrder, JSON.stringify(item.attachments)],
        );
        for (const f of item.focusAreas) {
          await manager.query(`INSERT INTO meeting_item_focus_area (organization_id, item_id, focus_area_id) VALUES ($1, $2, $3)`, [organizationId, row.id, refs.focusAreas.get(f)]);
        }
        for (const a of item.actions) {
          await manager.query(`INSERT INTO meeting_item_action (organization_id, item_id, action_id, from_decision) VALUES ($1, $2, $3, $4)`, [organizationId, row.id, refs.actions.get(a.action), a.fromDecision]);
        }
        for (const f of item.followUps) {
          await manager.query(`INSERT INTO meeting_follow_up (organization_id, item_id, title, owner, due_date, done) VALUES ($1, $2, $3, $4, $5, $6)`, [
            organizationId, row.id, f.title, f.owner, f.dueDate, f.done,
          ]);
        }
      }
    }
  }
}
