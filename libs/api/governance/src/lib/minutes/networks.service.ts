import { Injectable } from '@nestjs/common';
import { notFound, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type { CreateNetworkDto, NetworkDto, NetworkInput, SessionUser, UpdateNetworkDto } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { GovernanceService } from '../governance.service';
import { insertFocusAreaLinks } from './focus-area-links';
import { assertCanWrite, assignments } from './minutes.service';

const NETWORK_COLUMNS: [keyof NetworkInput, string, ((v: unknown) => unknown)?][] = [
  ['name', 'name'],
  ['regionId', 'region_id'],
  ['coordinator', 'coordinator'],
  ['partners', 'partners'],
  ['sinceYear', 'since_year'],
  ['meetingsPerYear', 'meetings_per_year'],
  ['status', 'status'],
  ['notes', 'notes'],
];

/**
 * The network register, editable: name, region, coordinator, partners, since, meetings per year,
 * status (active / paused / ended; the register's `planned` and `under_consideration` stay
 * readable), linked focus areas. Admins and management write any network; a planner those of
 * their regions. Setting `meetingsPerYear` replaces a range the seed gave ("3–4 × vuodessa").
 * Every change is audited (before/after); `version` → 409 when stale.
 */
@Injectable()
export class NetworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly governance: GovernanceService,
  ) {}

  async create(user: SessionUser, dto: CreateNetworkDto): Promise<NetworkDto> {
    return this.dataSource.transaction(async (m) => {
      await this.requireRegion(m, user, dto.regionId ?? null);
      assertCanWrite(user, dto.regionId ?? null);
      const [{ next }] = await m.query(`SELECT coalesce(max(sort_order), 0) + 1 AS next FROM network WHERE organization_id = $1`, [user.organizationId]);
      const present = NETWORK_COLUMNS.filter(([key]) => dto[key] !== undefined);
      const [{ id }] = await m.query(
        `INSERT INTO network (organization_id, sort_order, ${present.map(([, c]) => c).join(', ')}) VALUES ($1, $2, ${present.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
        [user.organizationId, Number(next), ...present.map(([key]) => dto[key])],
      );
      await this.writeLinks(m, user, id, dto.focusAreaIds);
      const after = await this.find(m, user, id);
      await this.audit.record(m, user, { entityType: 'network', entityId: id, action: 'create', after });
      return after;
    });
  }

  async update(user: SessionUser, id: string, dto: UpdateNetworkDto): Promise<NetworkDto> {
    return this.dataSource.transaction(async (m) => {
      const [row] = await m.query(`SELECT region_id, version FROM network WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, user.organizationId]);
      if (!row) throw notFound('network_not_found', `Network ${id} not found`, { id });
      assertCanWrite(user, row.region_id);
      if (dto.regionId !== undefined && dto.regionId !== row.region_id) {
        await this.requireRegion(m, user, dto.regionId ?? null);
        assertCanWrite(user, dto.regionId ?? null);
      }
      if (row.version !== dto.version) throw versionConflict(`Network ${id} was changed by someone else`, { version: dto.version });
      const before = await this.find(m, user, id);
      const { sets, params } = assignments(NETWORK_COLUMNS, dto, 2);
      if (dto.meetingsPerYear !== undefined) sets.push('meetings_per_year_min = NULL', 'meetings_per_year_max = NULL', 'meetings_per_year_text = NULL');
      await m.query(`UPDATE network SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} WHERE id = $1`, [id, ...params]);
      await this.writeLinks(m, user, id, dto.focusAreaIds);
      const after = await this.find(m, user, id);
      await this.audit.record(m, user, { entityType: 'network', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  private async find(m: EntityManager, user: SessionUser, id: string): Promise<NetworkDto> {
    const [network] = await this.governance.listNetworks(user.organizationId, { id }, m);
    if (!network) throw notFound('network_not_found', `Network ${id} not found`, { id });
    return network;
  }

  private async writeLinks(m: EntityManager, user: SessionUser, networkId: string, focusAreaIds: string[] | undefined): Promise<void> {
    if (focusAreaIds === undefined) return;
    await m.query(`DELETE FROM network_focus_area WHERE network_id = $1`, [networkId]);
    await insertFocusAreaLinks(
      m,
      `INSERT INTO network_focus_area (organization_id, network_id, focus_area_id) VALUES ($1, $2, $3)`,
      user.organizationId,
      networkId,
      focusAreaIds,
    );
  }

  private async requireRegion(m: EntityManager, user: SessionUser, regionId: string | null): Promise<void> {
    if (!regionId) return;
    const [region] = await m.query(`SELECT 1 FROM region WHERE id = $1 AND organization_id = $2`, [regionId, user.organizationId]);
    if (!region) throw notFound('region_not_found', `Region ${regionId} not found`, { id: regionId });
  }
}
