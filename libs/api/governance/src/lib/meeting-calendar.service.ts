import { Injectable } from '@nestjs/common';
import type { DigestDecisionLine, DigestFollowUpLine, MeetingStatus } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/** A dated meeting of a region's steering group. */
export interface SteeringGroupMeetingRef {
  id: string;
  regionId: string;
  /** YYYY-MM-DD */
  date: string;
}

/** A body: its kind and its region (null: an organization-level body such as the board). */
export interface MeetingBodyRef {
  body: string;
  regionId: string | null;
}

/** An open follow-up task past its due date, with the meeting and § it came from. */
export interface OverdueFollowUpRef {
  id: string;
  title: string;
  owner: string | null;
  dueDate: string;
  meetingId: string;
  itemNumber: number;
}

/**
 * The pg-boss queue of the meeting digest (api-digest registers its worker): scheduling a
 * meeting, or moving its date, enqueues `{ organizationId, meetingId }` in the same transaction.
 */
export const MEETING_DIGEST_QUEUE = 'meeting-digest';

export interface MeetingDigestJob {
  organizationId: string;
  meetingId: string;
}

/**
 * The governance calendar as other domains read it: the dated meetings of the regional steering
 * groups (`body = 'regional_steering_group'`), oldest first — a meeting dated in the future is a
 * scheduled one (api-reminders); and a body's history for the meeting digest (api-digest): its
 * previous meeting, the decisions of its meetings in a period and its overdue follow-ups. One
 * query per call (decisions: two).
 */
@Injectable()
export class MeetingCalendarService {
  constructor(private readonly dataSource: DataSource) {}

  async steeringGroupMeetings(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<SteeringGroupMeetingRef[]> {
    const rows: { id: string; region_id: string; date: string }[] = await manager.query(
      `SELECT m.id, m.region_id, m.date::text AS date FROM meeting m
        WHERE m.organization_id = $1 AND m.body = 'regional_steering_group' AND m.region_id IS NOT NULL AND m.date IS NOT NULL
        ORDER BY m.date, m.created_at, m.id`,
      [organizationId],
    );
    return rows.map((r) => ({ id: r.id, regionId: r.region_id, date: r.date }));
  }

  /** The body's latest dated meeting before `date` (another meeting than `excludeId`), or null. */
  async previousMeeting(organizationId: string, body: MeetingBodyRef, date: string, excludeId: string, manager: EntityManager = this.dataSource.manager): Promise<{ id: string; date: string } | null> {
    const [row]: { id: string; date: string }[] = await manager.query(
      `SELECT m.id, m.date::text AS date FROM meeting m
        WHERE m.organization_id = $1 AND m.body = $2 AND m.region_id IS NOT DISTINCT FROM $3::uuid
          AND m.date < $4::date AND m.id <> $5
        ORDER BY m.date DESC, m.created_at DESC, m.id DESC LIMIT 1`,
      [organizationId, body.body, body.regionId, date, excludeId],
    );
    return row ?? null;
  }

  /**
   * The decisions (§ items with a *Päätös*) of the body's meetings dated from `since` up to the
   * day before `before` (so the previous meeting's own decisions are in), in date and § order,
   * each with its follow-up tasks.
   */
  async decisionsBetween(organizationId: string, body: MeetingBodyRef, since: string, before: string, manager: EntityManager = this.dataSource.manager): Promise<DigestDecisionLine[]> {
    const items: { meeting_id: string; date: string; status: MeetingStatus; id: string; number: number; title: string; decision: string }[] = await manager.query(
      `SELECT m.id AS meeting_id, m.date::text AS date, m.status, i.id, i.number, i.title, i.decision
         FROM meeting m JOIN meeting_item i ON i.meeting_id = m.id
        WHERE m.organization_id = $1 AND m.body = $2 AND m.region_id IS NOT DISTINCT FROM $3::uuid
          AND m.date >= $4::date AND m.date < $5::date
          AND i.decision IS NOT NULL AND btrim(i.decision) <> ''
        ORDER BY m.date, m.created_at, m.id, i.number`,
      [organizationId, body.body, body.regionId, since, before],
    );
    if (items.length === 0) return [];
    const followUps: { item_id: string; id: string; title: string; owner: string | null; due_date: string | null; done: boolean }[] = await manager.query(
      `SELECT f.item_id, f.id, f.title, f.owner, f.due_date::text AS due_date, f.done
         FROM meeting_follow_up f WHERE f.item_id = ANY($1::uuid[]) ORDER BY f.due_date NULLS LAST, f.created_at, f.id`,
      [items.map((i) => i.id)],
    );
    const byItem = new Map<string, DigestFollowUpLine[]>();
    for (const f of followUps) {
      const list = byItem.get(f.item_id) ?? [];
      list.push({ id: f.id, title: f.title, owner: f.owner, dueDate: f.due_date, done: f.done });
      byItem.set(f.item_id, list);
    }
    return items.map((i) => ({
      meetingId: i.meeting_id,
      meetingDate: i.date,
      meetingStatus: i.status,
      itemId: i.id,
      number: i.number,
      title: i.title,
      decision: i.decision,
      followUps: byItem.get(i.id) ?? [],
    }));
  }

  /** The body's follow-up tasks not done and due before `asOf`, oldest due first. */
  async overdueFollowUps(organizationId: string, body: MeetingBodyRef, asOf: string, manager: EntityManager = this.dataSource.manager): Promise<OverdueFollowUpRef[]> {
    const rows: { id: string; title: string; owner: string | null; due_date: string; meeting_id: string; number: number }[] = await manager.query(
      `SELECT f.id, f.title, f.owner, f.due_date::text AS due_date, m.id AS meeting_id, i.number
         FROM meeting_follow_up f JOIN meeting_item i ON i.id = f.item_id JOIN meeting m ON m.id = i.meeting_id
        WHERE m.organization_id = $1 AND m.body = $2 AND m.region_id IS NOT DISTINCT FROM $3::uuid
          AND NOT f.done AND f.due_date < $4::date
        ORDER BY f.due_date, m.date, i.number, f.id`,
      [organizationId, body.body, body.regionId, asOf],
    );
    return rows.map((r) => ({ id: r.id, title: r.title, owner: r.owner, dueDate: r.due_date, meetingId: r.meeting_id, itemNumber: r.number }));
  }
}
