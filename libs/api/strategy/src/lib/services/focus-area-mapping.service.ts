import { Injectable } from '@nestjs/common';
import { conflict, domainError, notFound, pickCamel } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type {
  CreateFocusAreaMappingInput,
  FocusAreaLineageDto,
  FocusAreaLineageLink,
  FocusAreaLineageNode,
  FocusAreaMappingDto,
  MappingStrength,
  SessionUser,
  StrategyStatus,
} from '@suunta/shared-domain';
import { DataSource } from 'typeorm';
import { FocusAreaMappingEntity } from '../entities';
import { toMappingDto } from './strategy.mappers';
import { insertUnique } from './tree-access.util';

/**
 * Explicit mappings between the focus areas of two strategy versions ("2015-3 continues as
 * 2018-5"), and the lineage of a focus area across versions, which follows both these mappings
 * and the predecessor links that "copy as new version" leaves.
 *
 * Mappings may be added to and removed from approved strategies too: they describe how versions
 * relate, not the content of either.
 */
@Injectable()
export class FocusAreaMappingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(organizationId: string, strategyId?: string): Promise<FocusAreaMappingDto[]> {
    const rows: MappingRow[] = await this.dataSource.query(
      `${MAPPING_SELECT}
        WHERE m.organization_id = $1 AND ($2::uuid IS NULL OR fa_from.strategy_id = $2 OR fa_to.strategy_id = $2)
        ORDER BY fa_from.sort_order, fa_to.sort_order, m.id`,
      [organizationId, strategyId ?? null],
    );
    return rows.map(fromRow);
  }

  async get(organizationId: string, id: string): Promise<FocusAreaMappingDto> {
    const rows: MappingRow[] = await this.dataSource.query(`${MAPPING_SELECT} WHERE m.organization_id = $1 AND m.id = $2`, [organizationId, id]);
    if (!rows[0]) throw notFound('mapping_not_found', `Focus-area mapping ${id} not found`, { id });
    return fromRow(rows[0]);
  }

  async create(user: SessionUser, input: CreateFocusAreaMappingInput): Promise<FocusAreaMappingDto> {
    return this.dataSource.transaction(async (m) => {
      const ends: { id: string; strategy_id: string }[] = await m.query(
        `SELECT id, strategy_id FROM focus_area WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
        [user.organizationId, [input.fromFocusAreaId, input.toFocusAreaId]],
      );
      const from = ends.find((e) => e.id === input.fromFocusAreaId);
      const to = ends.find((e) => e.id === input.toFocusAreaId);
      if (!from) throw notFound('focus_area_not_found', `Focus area ${input.fromFocusAreaId} not found`, { id: input.fromFocusAreaId });
      if (!to) throw notFound('focus_area_not_found', `Focus area ${input.toFocusAreaId} not found`, { id: input.toFocusAreaId });
      if (from.strategy_id === to.strategy_id) {
        throw domainError('mapping_same_strategy', 400, 'A mapping links focus areas of two different strategy versions');
      }
      const reverse = await m.query(`SELECT 1 FROM focus_area_mapping WHERE from_focus_area_id = $1 AND to_focus_area_id = $2`, [to.id, from.id]);
      if (reverse.length) throw conflict('mapping_reverse_exists', 'The opposite mapping already exists; a focus area cannot both precede and follow another');
      const saved = await insertUnique(m, FocusAreaMappingEntity, 'These two focus areas are already mapped', {
        organizationId: user.organizationId,
        fromFocusAreaId: from.id,
        toFocusAreaId: to.id,
        strength: input.strength ?? 'strong',
        note: input.note ?? null,
      });
      await this.audit.record(m, user, { entityType: 'focus_area_mapping', entityId: saved.id, action: 'create', after: saved });
      return toMappingDto(saved, from.strategy_id, to.strategy_id);
    });
  }

  async delete(user: SessionUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const before = await m.findOneBy(FocusAreaMappingEntity, { id, organizationId: user.organizationId });
      if (!before) throw notFound('mapping_not_found', `Focus-area mapping ${id} not found`, { id });
      await m.delete(FocusAreaMappingEntity, { id });
      await this.audit.record(m, user, { entityType: 'focus_area_mapping', entityId: id, action: 'delete', before });
    });
  }

  /**
   * Every focus area the given one descends from (negative distance) or continues into (positive),
   * following mappings and copy links forwards and backwards, but never sideways: the 2015 focus
   * areas that merely share a 2018 successor with this one are not its lineage. Two queries.
   */
  async lineage(organizationId: string, focusAreaId: string): Promise<FocusAreaLineageDto> {
    const nodes: (Omit<FocusAreaLineageNode, 'distance'> & { distance: number })[] = await this.dataSource.query(
      `WITH found AS (SELECT focus_area_id AS id, distance FROM focus_area_lineage($2, ARRAY[$1::uuid], 'both'))
       SELECT fa.id AS "focusAreaId", fa.code, fa.title, s.id AS "strategyId", s.code AS "strategyCode",
              s.title AS "strategyTitle", s.status AS "strategyStatus", found.distance
         FROM found
         JOIN focus_area fa ON fa.id = found.id
         JOIN strategy s ON s.id = fa.strategy_id
        ORDER BY found.distance, fa.sort_order, fa.id`,
      [focusAreaId, organizationId],
    );
    if (nodes.length === 0) throw notFound('focus_area_not_found', `Focus area ${focusAreaId} not found`, { id: focusAreaId });
    const ancestors = nodes.filter((n) => n.distance <= 0).map((n) => n.focusAreaId);
    const descendants = nodes.filter((n) => n.distance >= 0).map((n) => n.focusAreaId);
    const links: (Omit<FocusAreaLineageLink, 'strength'> & { strength: MappingStrength })[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT predecessor_id AS "fromFocusAreaId", id AS "toFocusAreaId", 'copy' AS kind, 'strong' AS strength, NULL::uuid AS "mappingId", NULL AS note
           FROM focus_area WHERE organization_id = $1 AND predecessor_id IS NOT NULL
         UNION ALL
         SELECT from_focus_area_id, to_focus_area_id, 'mapping', strength, id, note
           FROM focus_area_mapping WHERE organization_id = $1
       ) e
       WHERE (e."fromFocusAreaId" = ANY($2::uuid[]) AND e."toFocusAreaId" = ANY($2::uuid[]))
          OR (e."fromFocusAreaId" = ANY($3::uuid[]) AND e."toFocusAreaId" = ANY($3::uuid[]))
       ORDER BY e."fromFocusAreaId", e."toFocusAreaId"`,
      [organizationId, ancestors, descendants],
    );
    return {
      focusAreaId,
      nodes: nodes.map((n) => ({ ...n, distance: Number(n.distance), strategyStatus: n.strategyStatus as StrategyStatus })),
      links,
    };
  }
}

interface MappingRow {
  id: string;
  from_focus_area_id: string;
  to_focus_area_id: string;
  from_strategy_id: string;
  to_strategy_id: string;
  strength: MappingStrength;
  note: string | null;
  version: number;
}

const MAPPING_SELECT = `
  SELECT m.id, m.from_focus_area_id, m.to_focus_area_id, fa_from.strategy_id AS from_strategy_id,
         fa_to.strategy_id AS to_strategy_id, m.strength, m.note, m.version
    FROM focus_area_mapping m
    JOIN focus_area fa_from ON fa_from.id = m.from_focus_area_id
    JOIN focus_area fa_to ON fa_to.id = m.to_focus_area_id`;

function fromRow(r: MappingRow): FocusAreaMappingDto {
  return pickCamel(r, ['id', 'from_focus_area_id', 'to_focus_area_id', 'from_strategy_id', 'to_strategy_id', 'strength', 'note', 'version']);
}
