import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A dated meeting of a region's steering group. */
export interface SteeringGroupMeetingRef {
  id: string;
  regionId: string;
  /** YYYY-MM-DD */
  date: string;
}

/**
 * The governance calendar as api-reminders reads it: the dated meetings of the regional steering
 * groups (`body = 'regional_steering_group'`), oldest first. A meeting dated in the future is a
 * scheduled one. One query.
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
}
