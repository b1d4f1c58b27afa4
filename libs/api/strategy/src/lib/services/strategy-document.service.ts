import { Injectable } from '@nestjs/common';
import { conflict, pickCamel, RequestValidationException } from '@suunta/api-core';
import { AuditActor, AuditService } from '@suunta/api-accounts';
import type {
  FieldError,
  StrategyActionDocument,
  StrategyDocument,
  StrategyImportPreviewDto,
  StrategyImportResultDto,
} from '@suunta/shared-domain';
import { STRATEGY_DOCUMENT_FORMAT } from '@suunta/shared-domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ResponsibleRoleEntity, StrategyActionEntity, StrategyEntity } from '../entities';
import { groupBy, toStrategySummaryDto } from './strategy.mappers';
import { actionContentOf, criterionContentOf, STRATEGY_CONTENT_KEYS, strategyContentOf } from './strategy-content';
import { StrategyTreeRows, StrategyTreeService } from './strategy-tree.service';
import { insertTree, normalizeMeasures, PlannedTree } from './tree-writer';

/**
 * Export and import of a whole strategy as one JSON document ({@link StrategyDocument}). The seed
 * files have the same shape, so the seeders import through here too.
 */
@Injectable()
export class StrategyDocumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trees: StrategyTreeService,
    private readonly audit: AuditService,
  ) {}

  async export(organizationId: string, strategyId: string): Promise<StrategyDocument> {
    return toDocument(await this.trees.rows(organizationId, strategyId));
  }

  /**
   * What an import of the document would create, checked by the same code as the import (role
   * codes, retired roles, targets, keys); nothing is written. Refusals are the import's own 400/409.
   */
  async preview(organizationId: string, document: StrategyDocument): Promise<StrategyImportPreviewDto> {
    const m = this.dataSource.manager;
    const plan = await planFromDocument(m, organizationId, document);
    const roles = await m.find(ResponsibleRoleEntity, { where: { organizationId }, order: { sortOrder: 'ASC', code: 'ASC' } });
    const links = new Map<string, number>();
    const count = (roleId: string | null | undefined) => {
      if (roleId) links.set(roleId, (links.get(roleId) ?? 0) + 1);
    };
    plan.criterionRoles.forEach((r) => count(r.roleId));
    plan.actionRoles.forEach((r) => count(r.roleId));
    count(plan.strategy.approvedByRoleId);
    const actionsOf = (csf: StrategyDocument['focusAreas'][number]['csfs'][number]) =>
      (csf.actions ?? []).length + csf.criteria.reduce((sum, c) => sum + c.actions.length, 0);
    const focusAreas = document.focusAreas.map((fa) => ({
      key: fa.key ?? null,
      title: fa.title,
      csfs: fa.csfs.length,
      criteria: fa.csfs.reduce((sum, csf) => sum + csf.criteria.length, 0),
      actions: fa.csfs.reduce((sum, csf) => sum + actionsOf(csf), 0),
    }));
    return {
      key: document.key ?? null,
      title: document.title,
      status: document.status ?? 'draft',
      validFrom: document.validFrom ?? null,
      validTo: document.validTo ?? null,
      counts: {
        focusAreas: plan.focusAreas.length,
        csfs: plan.csfs.length,
        criteria: plan.criteria.length,
        actions: plan.actions.length,
        measures: [...plan.criteria, ...plan.actions].reduce((sum, row) => sum + (row.measures?.length ?? 0), 0),
      },
      focusAreas,
      roles: roles.filter((r) => links.has(r.id)).map((r) => ({ code: r.code, name: r.name, kind: r.kind, links: links.get(r.id) ?? 0 })),
    };
  }

  /** Imports in its own transaction (the API) or in the caller's (the seeders). */
  async import(actor: AuditActor & { organizationId: string }, document: StrategyDocument, manager?: EntityManager): Promise<StrategyImportResultDto> {
    const run = async (m: EntityManager) => {
      const plan = await planFromDocument(m, actor.organizationId, document);
      await insertTree(m, plan);
      const counts = {
        focusAreas: plan.focusAreas.length,
        csfs: plan.csfs.length,
        criteria: plan.criteria.length,
        actions: plan.actions.length,
      };
      await this.audit.record(m, actor, { entityType: 'strategy', entityId: plan.strategy.id, action: 'import', after: { title: document.title, key: document.key ?? null, counts } });
      const strategy = await m.findOneByOrFail(StrategyEntity, { id: plan.strategy.id });
      return { strategy: toStrategySummaryDto(strategy, counts.focusAreas), counts };
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }
}

/** The rows of a tree as a document: ids dropped, roles by code, children in display order. */
export function toDocument(rows: StrategyTreeRows): StrategyDocument {
  const roleCode = new Map(rows.roles.map((r) => [r.id, r.code]));
  const codes = (ids: string[] = []) => ids.map((id) => roleCode.get(id) ?? id);
  const criterionRoles = groupBy(rows.criterionRoles, (r) => r.criterionId, (r) => r.roleId);
  const actionRoles = groupBy(rows.actionRoles, (r) => r.actionId, (r) => r.roleId);
  const actionDoc = (a: StrategyActionEntity): StrategyActionDocument => ({
    text: a.text,
    goal: a.goal,
    roles: codes(actionRoles.get(a.id)),
    roleNote: a.roleNote,
    note: a.note,
    measures: a.measures,
  });
  const actionsByCriterion = groupBy(rows.actions.filter((a) => a.criterionId), (a) => a.criterionId as string, actionDoc);
  const actionsByCsf = groupBy(rows.actions.filter((a) => !a.criterionId), (a) => a.csfId, actionDoc);
  const criteriaByCsf = groupBy(rows.criteria, (c) => c.csfId, (c) => ({
    ...criterionContentOf(c),
    measures: c.measures,
    roles: codes(criterionRoles.get(c.id)),
    actions: actionsByCriterion.get(c.id) ?? [],
  }));
  const csfsByFocusArea = groupBy(rows.csfs, (c) => c.focusAreaId, (c) => ({
    title: c.title,
    description: c.description,
    criteria: criteriaByCsf.get(c.id) ?? [],
    actions: actionsByCsf.get(c.id) ?? [],
  }));
  const s = rows.strategy;
  return {
    format: STRATEGY_DOCUMENT_FORMAT,
    key: s.code,
    title: s.title,
    validFrom: s.validFrom,
    validTo: s.validTo,
    status: s.status,
    approvedBy: s.approvedByRoleId ? roleCode.get(s.approvedByRoleId) ?? null : null,
    approvedOn: s.approvedOn,
    ...pickCamel(s, STRATEGY_CONTENT_KEYS),
    focusAreas: rows.focusAreas.map((fa) => ({
      key: fa.code,
      title: fa.title,
      description: fa.description,
      csfs: csfsByFocusArea.get(fa.id) ?? [],
    })),
  };
}

/**
 * Checks a document against the organization (role codes, unique keys) and gives every row its
 * id. Problems inside the document are 400 with the path of the field; keys already taken are 409.
 */
export async function planFromDocument(manager: EntityManager, organizationId: string, doc: StrategyDocument): Promise<PlannedTree> {
  const roles = await manager.find(ResponsibleRoleEntity, { where: { organizationId } });
  const roleByCode = new Map(roles.map((r) => [r.code, r]));
  const errors: FieldError[] = [];
  const roleIds = (codes: string[] | undefined, path: string) =>
    (codes ?? []).flatMap((code, index) => {
      const role = roleByCode.get(code);
      if (!role) {
        errors.push({ field: `${path}.${index}`, message: `No responsible role with code "${code}" in this organization`, code: 'unknown_role' });
        return [];
      }
      if (role.retiredAt) {
        errors.push({ field: `${path}.${index}`, message: `The responsible role "${code}" is retired; it stays where it is named but takes no new links`, code: 'role_retired' });
        return [];
      }
      return [role.id];
    });

  let approvedByRoleId: string | null = null;
  if (doc.approvedBy) {
    const body = roleByCode.get(doc.approvedBy);
    if (!body) errors.push({ field: 'approvedBy', message: `No responsible role with code "${doc.approvedBy}" in this organization`, code: 'unknown_role' });
    else if (body.kind !== 'body') errors.push({ field: 'approvedBy', message: `"${doc.approvedBy}" is a person's role; a strategy is approved by a body`, code: 'approver_not_a_body' });
    else if (body.retiredAt) errors.push({ field: 'approvedBy', message: `The responsible role "${doc.approvedBy}" is retired`, code: 'role_retired' });
    else approvedByRoleId = body.id;
  }
  const seenKeys = new Map<string, number>();
  doc.focusAreas.forEach((fa, index) => {
    if (!fa.key) return;
    if (seenKeys.has(fa.key)) errors.push({ field: `focusAreas.${index}.key`, message: `Key "${fa.key}" is already used by focusAreas.${seenKeys.get(fa.key)}` });
    else seenKeys.set(fa.key, index);
  });

  const strategyId = randomUUID();
  const plan: PlannedTree = {
    strategy: {
      id: strategyId,
      organizationId,
      code: doc.key ?? null,
      title: doc.title,
      validFrom: doc.validFrom ?? null,
      validTo: doc.validTo ?? null,
      status: doc.status ?? 'draft',
      approvedByRoleId,
      approvedOn: doc.approvedOn ?? null,
      ...strategyContentOf(doc),
      predecessorId: null,
    },
    focusAreas: [],
    csfs: [],
    criteria: [],
    criterionRoles: [],
    actions: [],
    actionRoles: [],
  };

  const addAction = (a: StrategyActionDocument, csfId: string, criterionId: string | null, sortOrder: number, path: string) => {
    const id = randomUUID();
    plan.actions.push({
      id,
      organizationId,
      csfId,
      criterionId,
      ...actionContentOf(a),
      measures: normalizeMeasures(a.measures),
      sortOrder,
      predecessorId: null,
    });
    roleIds(a.roles, `${path}.roles`).forEach((roleId, i) => plan.actionRoles.push({ actionId: id, roleId, organizationId, sortOrder: i + 1 }));
  };

  doc.focusAreas.forEach((fa, faIndex) => {
    const focusAreaId = randomUUID();
    plan.focusAreas.push({
      id: focusAreaId,
      organizationId,
      strategyId,
      code: fa.key ?? null,
      title: fa.title,
      description: fa.description ?? null,
      sortOrder: faIndex + 1,
      predecessorId: null,
    });
    fa.csfs.forEach((csf, csfIndex) => {
      const csfId = randomUUID();
      const csfPath = `focusAreas.${faIndex}.csfs.${csfIndex}`;
      plan.csfs.push({ id: csfId, organizationId, focusAreaId, title: csf.title, description: csf.description ?? null, sortOrder: csfIndex + 1, predecessorId: null });
      csf.criteria.forEach((c, cIndex) => {
        const criterionId = randomUUID();
        const path = `${csfPath}.criteria.${cIndex}`;
        checkTarget(c.measurementKind, c.yearlyTarget ?? null, `${path}.yearlyTarget`, errors);
        plan.criteria.push({
          id: criterionId,
          organizationId,
          csfId,
          ...criterionContentOf(c),
          measures: normalizeMeasures(c.measures),
          sortOrder: cIndex + 1,
          predecessorId: null,
        });
        roleIds(c.roles, `${path}.roles`).forEach((roleId, i) => plan.criterionRoles.push({ criterionId, roleId, organizationId, sortOrder: i + 1 }));
        c.actions.forEach((a, aIndex) => addAction(a, csfId, criterionId, aIndex + 1, `${path}.actions.${aIndex}`));
      });
      (csf.actions ?? []).forEach((a, aIndex) => addAction(a, csfId, null, aIndex + 1, `${csfPath}.actions.${aIndex}`));
    });
  });

  if (errors.length > 0) {
    throw new RequestValidationException(errors);
  }
  await assertKeysFree(manager, organizationId, doc.key ?? null, [...seenKeys.keys()]);
  return plan;
}

/** A numeric target only where the kind is measured by a number. */
export function checkTarget(kind: string, target: number | null, field: string, errors: FieldError[]): void {
  if (target !== null && (kind === 'milestone' || kind === 'qualitative')) {
    errors.push({ field, message: `A ${kind} criterion has no numeric target (use deadline for a milestone, or choose count, survey or self_assessment)` });
  }
}

async function assertKeysFree(manager: EntityManager, organizationId: string, strategyKey: string | null, focusAreaKeys: string[]): Promise<void> {
  if (strategyKey) {
    const taken = await manager.query(`SELECT 1 FROM strategy WHERE organization_id = $1 AND code = $2`, [organizationId, strategyKey]);
    if (taken.length > 0) {
      throw conflict('strategy_key_taken', `A strategy with key "${strategyKey}" already exists in this organization; change or remove "key" to import it as another strategy`, { key: strategyKey });
    }
  }
  if (focusAreaKeys.length > 0) {
    const rows: { code: string }[] = await manager.query(`SELECT code FROM focus_area WHERE organization_id = $1 AND code = ANY($2::text[]) ORDER BY code`, [
      organizationId,
      focusAreaKeys,
    ]);
    if (rows.length > 0) {
      throw conflict('focus_area_keys_taken', `Focus area keys already in use in this organization: ${rows.map((r) => r.code).join(', ')}`, { keys: rows.map((r) => r.code).join(', ') });
    }
  }
}
