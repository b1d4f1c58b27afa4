import { Injectable } from '@nestjs/common';
import type { AuditActor } from '@suunta/api-accounts';
import type { ArchivePerson, ArchiveRole, StrategyDocument } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { groupBy } from './strategy.mappers';
import { StrategyDocumentService, toDocument } from './strategy-document.service';
import { StrategyTreeService } from './strategy-tree.service';

/** Archive-local keys of a strategy's nodes, by database id (export) or the other way (import). */
export interface StrategyArchiveKeys {
  /** focus area id → `F1`, `F2` … (position in the strategy) */
  focusAreas: Map<string, string>;
  /** criterion id → `F1.2.3` (focus area . CSF . criterion, each by position) */
  criteria: Map<string, string>;
}

/**
 * What the archive (api-archive) reads and writes of the strategy domain: the tree as a
 * {@link StrategyDocument}, positional keys for its focus areas and criteria, and the roles and
 * people the archive names by code. Every method takes the caller's manager, so an archive import
 * is one transaction across domains.
 */
@Injectable()
export class StrategyArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trees: StrategyTreeService,
    private readonly documents: StrategyDocumentService,
  ) {}

  /** The strategy as a document plus the id → key maps other domains' sections are written with. */
  async export(organizationId: string, strategyId: string, manager: EntityManager = this.dataSource.manager): Promise<{ document: StrategyDocument; keys: StrategyArchiveKeys }> {
    const rows = await this.trees.rows(organizationId, strategyId, manager);
    const focusAreas = new Map<string, string>();
    const criteria = new Map<string, string>();
    const csfsOf = groupBy(rows.csfs, (c) => c.focusAreaId, (c) => c.id);
    const criteriaOf = groupBy(rows.criteria, (c) => c.csfId, (c) => c.id);
    rows.focusAreas.forEach((fa, i) => {
      focusAreas.set(fa.id, `F${i + 1}`);
      (csfsOf.get(fa.id) ?? []).forEach((csfId, j) => {
        (criteriaOf.get(csfId) ?? []).forEach((criterionId, k) => criteria.set(criterionId, `F${i + 1}.${j + 1}.${k + 1}`));
      });
    });
    return { document: toDocument(rows), keys: { focusAreas, criteria } };
  }

  /**
   * Imports the document with the caller's manager (the archive's one transaction) and answers the
   * key → id maps. The document's own checks apply (400 with field paths, 409 for taken keys).
   */
  async import(actor: AuditActor & { organizationId: string }, document: StrategyDocument, manager: EntityManager): Promise<{ strategyId: string; keys: StrategyArchiveKeys }> {
    const result = await this.documents.import(actor, document, manager);
    const { keys } = await this.export(actor.organizationId, result.strategy.id, manager);
    // export gives id → key; the importer wants key → id
    const flip = (m: Map<string, string>) => new Map([...m].map(([id, key]) => [key, id]));
    return { strategyId: result.strategy.id, keys: { focusAreas: flip(keys.focusAreas), criteria: flip(keys.criteria) } };
  }

  /** Role codes a document names (criteria, actions, the approving body). */
  rolesNamedIn(document: StrategyDocument): string[] {
    const codes = new Set<string>();
    if (document.approvedBy) codes.add(document.approvedBy);
    for (const fa of document.focusAreas) {
      for (const csf of fa.csfs) {
        for (const c of csf.criteria) {
          (c.roles ?? []).forEach((r) => codes.add(r));
          c.actions.forEach((a) => (a.roles ?? []).forEach((r) => codes.add(r)));
        }
        (csf.actions ?? []).forEach((a) => (a.roles ?? []).forEach((r) => codes.add(r)));
      }
    }
    return [...codes];
  }

  /** The organization's roles with these codes, in the organization's order. */
  async roles(organizationId: string, codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ArchiveRole[]> {
    if (codes.length === 0) return [];
    return manager.query(
      `SELECT code, kind, scope, name FROM responsible_role WHERE organization_id = $1 AND code = ANY($2::text[]) ORDER BY sort_order, code`,
      [organizationId, codes],
    );
  }

  /** People by id, keyed by their code (or `person-<n>` for one without a code), in the organization's order. */
  async people(organizationId: string, ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<{ people: ArchivePerson[]; keys: Map<string, string> }> {
    if (ids.length === 0) return { people: [], keys: new Map() };
    const rows: { id: string; code: string | null; name: string; title: string | null; employer: string | null }[] = await manager.query(
      `SELECT id, code, name, title, employer FROM person WHERE organization_id = $1 AND id = ANY($2::uuid[]) ORDER BY sort_order, name, code`,
      [organizationId, ids],
    );
    const keys = new Map<string, string>();
    const people = rows.map((p, i) => {
      const key = p.code ?? `person-${i + 1}`;
      keys.set(p.id, key);
      return { key, name: p.name, title: p.title, employer: p.employer };
    });
    return { people, keys };
  }

  /** Codes of these roles the organization does not have yet. */
  async missingRoles(organizationId: string, roles: readonly ArchiveRole[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const have = await this.existingCodes(manager, 'responsible_role', organizationId, roles.map((r) => r.code));
    return roles.filter((r) => !have.has(r.code)).map((r) => r.code);
  }

  /** Keys of these people no person of the organization has as code (people without a code are always new). */
  async missingPeople(organizationId: string, people: readonly ArchivePerson[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const have = await this.existingCodes(manager, 'person', organizationId, people.map((p) => p.key));
    return people.filter((p) => !have.has(p.key) || /^person-\d+$/.test(p.key)).map((p) => p.key);
  }

  /** Creates the roles the organization lacks (after its own, in the archive's order). */
  async ensureRoles(actor: AuditActor & { organizationId: string }, roles: readonly ArchiveRole[], manager: EntityManager): Promise<number> {
    const missing = new Set(await this.missingRoles(actor.organizationId, roles, manager));
    const [{ max }] = await manager.query(`SELECT coalesce(max(sort_order), 0)::int AS max FROM responsible_role WHERE organization_id = $1`, [actor.organizationId]);
    let order: number = max;
    for (const role of roles.filter((r) => missing.has(r.code))) {
      await manager.query(`INSERT INTO responsible_role (organization_id, code, kind, scope, name, sort_order) VALUES ($1, $2, $3, $4, $5, $6)`, [
        actor.organizationId, role.code, role.kind, role.scope, JSON.stringify(role.name), ++order,
      ]);
    }
    return missing.size;
  }

  /** Person ids by archive key: existing people by code, the others created. */
  async ensurePeople(actor: AuditActor & { organizationId: string }, people: readonly ArchivePerson[], manager: EntityManager): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    const coded = people.filter((p) => !/^person-\d+$/.test(p.key)).map((p) => p.key);
    if (coded.length > 0) {
      const rows: { id: string; code: string }[] = await manager.query(`SELECT id, code FROM person WHERE organization_id = $1 AND code = ANY($2::text[])`, [actor.organizationId, coded]);
      rows.forEach((r) => ids.set(r.code, r.id));
    }
    const [{ max }] = await manager.query(`SELECT coalesce(max(sort_order), 0)::int AS max FROM person WHERE organization_id = $1`, [actor.organizationId]);
    let order: number = max;
    for (const p of people) {
      if (ids.has(p.key)) continue;
      const code = /^person-\d+$/.test(p.key) ? null : p.key;
      const [row] = await manager.query(`INSERT INTO person (organization_id, code, name, title, employer, sort_order) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [
        actor.organizationId, code, p.name, p.title, p.employer, ++order,
      ]);
      ids.set(p.key, row.id);
    }
    return ids;
  }

  /** Role ids by code (for other domains' links). */
  async roleIds(organizationId: string, manager: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; code: string }[] = await manager.query(`SELECT id, code FROM responsible_role WHERE organization_id = $1`, [organizationId]);
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  /** Existing strategies that an archive's strategy would collide with: the same key, or the same title and period. */
  async strategyConflicts(organizationId: string, document: StrategyDocument, manager: EntityManager = this.dataSource.manager): Promise<{ keyTaken: boolean; samePeriod: boolean; focusAreaKeysTaken: string[] }> {
    const keyTaken = document.key
      ? (await manager.query(`SELECT 1 FROM strategy WHERE organization_id = $1 AND code = $2`, [organizationId, document.key])).length > 0
      : false;
    const samePeriod =
      (
        await manager.query(
          `SELECT 1 FROM strategy WHERE organization_id = $1 AND lower(title) = lower($2) AND valid_from IS NOT DISTINCT FROM $3::date AND valid_to IS NOT DISTINCT FROM $4::date`,
          [organizationId, document.title, document.validFrom ?? null, document.validTo ?? null],
        )
      ).length > 0;
    const keys = document.focusAreas.map((fa) => fa.key).filter((k): k is string => !!k);
    const taken = keys.length ? await this.existingCodes(manager, 'focus_area', organizationId, keys) : new Set<string>();
    return { keyTaken, samePeriod, focusAreaKeysTaken: keys.filter((k) => taken.has(k)) };
  }

  private async existingCodes(manager: EntityManager, table: 'responsible_role' | 'person' | 'focus_area', organizationId: string, codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows: { code: string }[] = await manager.query(`SELECT code FROM ${table} WHERE organization_id = $1 AND code = ANY($2::text[])`, [organizationId, codes]);
    return new Set(rows.map((r) => r.code));
  }
}
