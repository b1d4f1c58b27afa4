import { Injectable } from '@nestjs/common';
import { pickCamel } from '@suunta/api-core';
import { helsinkiDay, type SteeringGroupDto, type SteeringGroupMemberDto, type SteeringGroupSnapshotRow } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

interface GroupRow {
  id: string;
  region_id: string | null;
  region_code: string | null;
  name: string;
}

interface MemberRow {
  id: string;
  group_id: string;
  person_id: string | null;
  name: string;
  title: string | null;
  employer: string | null;
  membership: SteeringGroupMemberDto['membership'];
  deputy_of_id: string | null;
  deputy_of_name: string | null;
  chair: boolean;
  valid_from: string | null;
  valid_to: string | null;
}

/** Regional steering groups and their composition on a given day (members valid that day). */
@Injectable()
export class SteeringGroupService {
  constructor(private readonly dataSource: DataSource) {}

  /** Two queries whatever the number of groups and members. */
  async list(organizationId: string, opts: { regionId?: string; on?: string } = {}, manager: EntityManager = this.dataSource.manager): Promise<SteeringGroupDto[]> {
    const on = opts.on ?? helsinkiDay();
    const groups: GroupRow[] = await manager.query(
      `SELECT g.id, g.region_id, r.code AS region_code, g.name
         FROM steering_group g LEFT JOIN region r ON r.id = g.region_id
        WHERE g.organization_id = $1 AND ($2::uuid IS NULL OR g.region_id = $2)
        ORDER BY r.sort_order NULLS FIRST, g.name`,
      [organizationId, opts.regionId ?? null],
    );
    const members = await this.members(manager, groups.map((g) => g.id), on);
    return groups.map((g) => ({
      id: g.id,
      regionId: g.region_id,
      regionCode: g.region_code,
      name: g.name,
      on,
      members: members.filter((m) => m.group_id === g.id).map(toMemberDto),
    }));
  }

  /** The region's steering group, if it has one. */
  async groupOfRegion(manager: EntityManager, organizationId: string, regionId: string): Promise<{ id: string; name: string } | null> {
    const [row]: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM steering_group WHERE organization_id = $1 AND region_id = $2 ORDER BY created_at LIMIT 1`,
      [organizationId, regionId],
    );
    return row ?? null;
  }

  /** The composition copied into a report: names, titles and employers as they are on `on`. */
  async snapshot(manager: EntityManager, groupId: string, on: string): Promise<SteeringGroupSnapshotRow[]> {
    return (await this.members(manager, [groupId], on)).map((m) => ({
      name: m.name,
      title: m.title,
      employer: m.employer,
      membership: m.membership,
      deputyOfName: m.deputy_of_name,
      chair: m.chair,
    }));
  }

  private members(manager: EntityManager, groupIds: string[], on: string): Promise<MemberRow[]> {
    if (groupIds.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT m.id, m.group_id, m.person_id, m.name, m.title, m.employer, m.membership, m.deputy_of_id,
              d.name AS deputy_of_name, m.chair,
              to_char(m.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(m.valid_to, 'YYYY-MM-DD') AS valid_to
         FROM steering_group_member m
         LEFT JOIN steering_group_member d ON d.id = m.deputy_of_id
        WHERE m.group_id = ANY($1::uuid[])
          AND (m.valid_from IS NULL OR m.valid_from <= $2::date)
          AND (m.valid_to IS NULL OR m.valid_to >= $2::date)
        ORDER BY m.group_id, m.sort_order, m.name`,
      [groupIds, on],
    );
  }
}

function toMemberDto(m: MemberRow): SteeringGroupMemberDto {
  return pickCamel(m, ['id', 'person_id', 'name', 'title', 'employer', 'membership', 'deputy_of_id', 'deputy_of_name', 'chair', 'valid_from', 'valid_to']);
}
