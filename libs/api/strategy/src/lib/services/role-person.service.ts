import { Injectable } from '@nestjs/common';
import { conflict, notFound, RequestValidationException, updateWithVersion, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type {
  CreatePersonInput,
  CreateResponsibleRoleInput,
  PersonDto,
  ReorderInput,
  ResponsibleRoleDto,
  SessionUser,
  UpdatePersonInput,
  UpdateResponsibleRoleInput,
} from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { PersonEntity, PersonRegionEntity, PersonRoleEntity, ResponsibleRoleEntity } from '../entities';
import { groupBy, toPersonDto, toRoleDto } from './strategy.mappers';
import { stripUndefined } from './strategy.service';
import { assertRolesExist, insertUnique, nextSortOrder, reorderSiblings, uniqueOrExplain } from './tree-access.util';

const ROLE_CODE_TAKEN = (code: string | undefined) => `A responsible role with code "${code}" already exists in this organization`;
const PERSON_KEY_TAKEN = (code: string | null | undefined) => `A person with key "${code}" already exists in this organization`;

/** Responsible roles (a person's role or a body) and the people who hold them. */
@Injectable()
export class RolePersonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ------------------------------------------------------------------ roles

  async listRoles(organizationId: string): Promise<ResponsibleRoleDto[]> {
    const rows = await this.dataSource.manager.find(ResponsibleRoleEntity, { where: { organizationId }, order: { sortOrder: 'ASC', code: 'ASC' } });
    return rows.map(toRoleDto);
  }

  async getRole(organizationId: string, id: string): Promise<ResponsibleRoleDto> {
    return toRoleDto(await this.requireRole(this.dataSource.manager, organizationId, id));
  }

  async createRole(user: SessionUser, input: CreateResponsibleRoleInput): Promise<ResponsibleRoleDto> {
    return this.dataSource.transaction(async (m) => {
      const sortOrder = await nextSortOrder(m, 'responsible_role', 'organization_id = $1', [user.organizationId]);
      const saved = await insertUnique(m, ResponsibleRoleEntity, ROLE_CODE_TAKEN(input.code), {
        organizationId: user.organizationId,
        code: input.code,
        kind: input.kind,
        scope: input.scope ?? 'organization',
        name: cleanName(input.name),
        sortOrder,
      });
      await this.audit.record(m, user, { entityType: 'responsible_role', entityId: saved.id, action: 'create', after: saved });
      return toRoleDto(saved);
    });
  }

  async updateRole(user: SessionUser, id: string, input: UpdateResponsibleRoleInput): Promise<ResponsibleRoleDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.requireRole(m, user.organizationId, id);
      const { version, ...fields } = input;
      if (fields.kind === 'person' && before.kind === 'body') {
        const approving = await m.query(`SELECT 1 FROM strategy WHERE approved_by_role_id = $1 LIMIT 1`, [id]);
        if (approving.length) throw conflict('role_approved_strategy', `"${before.code}" approved a strategy, so it stays a body`, { role: before.code });
      }
      const changes = stripUndefined({ ...fields, name: fields.name ? cleanName(fields.name) : undefined });
      const after = await uniqueOrExplain(ROLE_CODE_TAKEN(input.code), () =>
        updateWithVersion<ResponsibleRoleEntity>(m, ResponsibleRoleEntity, { id, organizationId: user.organizationId }, version, changes),
      );
      await this.audit.record(m, user, { entityType: 'responsible_role', entityId: id, action: 'update', before, after });
      return toRoleDto(after);
    });
  }

  /** A role still named by a strategy or held by someone is kept (409 says where it is used). */
  async deleteRole(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.requireRole(m, user.organizationId, id);
      if (version !== undefined && version !== before.version) {
        throw versionConflict(`Responsible role ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
      }
      const [use] = await m.query(
        `SELECT (SELECT count(*) FROM strategy_action_role WHERE role_id = $1)::int AS actions,
                (SELECT count(*) FROM evaluation_criterion_role WHERE role_id = $1)::int AS criteria,
                (SELECT count(*) FROM person_role WHERE role_id = $1)::int AS people,
                (SELECT count(*) FROM strategy WHERE approved_by_role_id = $1)::int AS strategies`,
        [id],
      );
      const uses = Object.entries(use as Record<string, number>).filter(([, n]) => n > 0);
      if (uses.length) {
        throw conflict('role_in_use', `The role "${before.code}" is still in use (${uses.map(([what, n]) => `${n} ${what}`).join(', ')}); remove it there first`, { role: before.code });
      }
      await m.delete(ResponsibleRoleEntity, { id, organizationId: user.organizationId });
      await this.audit.record(m, user, { entityType: 'responsible_role', entityId: id, action: 'delete', before });
    });
  }

  /**
   * Retires a role: it stays on every action, criterion, approval and person that names it, but
   * is no longer accepted for new links. Reinstating makes it available again.
   */
  async setRoleRetired(user: SessionUser, id: string, version: number, retired: boolean): Promise<ResponsibleRoleDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.requireRole(m, user.organizationId, id);
      if (before.version !== version) {
        throw versionConflict(`Responsible role ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
      }
      if (Boolean(before.retiredAt) === retired) {
        throw conflict(retired ? 'already_retired' : 'not_retired', `The role "${before.code}" is ${retired ? 'already retired' : 'not retired'}`, { role: before.code });
      }
      const after = await updateWithVersion<ResponsibleRoleEntity>(m, ResponsibleRoleEntity, { id, organizationId: user.organizationId }, version, {
        retiredAt: retired ? new Date() : null,
      });
      await this.audit.record(m, user, { entityType: 'responsible_role', entityId: id, action: retired ? 'retire' : 'reinstate', before, after });
      return toRoleDto(after);
    });
  }

  async reorderRoles(user: SessionUser, input: ReorderInput): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await reorderSiblings(m, 'responsible_role', 'organization_id = $1', [user.organizationId], input.ids, 'responsible roles');
      await this.audit.record(m, user, { entityType: 'responsible_role', entityId: null, action: 'reorder', after: { ids: input.ids } });
    });
  }

  // ------------------------------------------------------------------ people

  /** Puts the people in the given order; the ids must be exactly the current people (else 409). */
  async reorderPeople(user: SessionUser, input: ReorderInput): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await reorderSiblings(m, 'person', 'organization_id = $1', [user.organizationId], input.ids, 'people');
      await this.audit.record(m, user, { entityType: 'person', entityId: null, action: 'reorder', after: { ids: input.ids } });
    });
  }

  async listPeople(organizationId: string, filter: { roleId?: string; regionId?: string } = {}): Promise<PersonDto[]> {
    const m = this.dataSource.manager;
    const people = await m.find(PersonEntity, { where: { organizationId }, order: { sortOrder: 'ASC', name: 'ASC', id: 'ASC' } });
    const roles = await m.find(PersonRoleEntity, { where: { organizationId } });
    const regions = await m.find(PersonRegionEntity, { where: { organizationId } });
    const rolesOf = groupBy(roles, (r) => r.personId, (r) => r.roleId);
    const regionsOf = groupBy(regions, (r) => r.personId, (r) => r.regionId);
    return people
      .map((p) => toPersonDto(p, rolesOf.get(p.id) ?? [], regionsOf.get(p.id) ?? []))
      .filter((p) => (!filter.roleId || p.roleIds.includes(filter.roleId)) && (!filter.regionId || p.regionIds.includes(filter.regionId)));
  }

  async getPerson(organizationId: string, id: string): Promise<PersonDto> {
    const m = this.dataSource.manager;
    return this.personDto(m, await this.requirePerson(m, organizationId, id));
  }

  async createPerson(user: SessionUser, input: CreatePersonInput): Promise<PersonDto> {
    return this.dataSource.transaction(async (m) => {
      await assertRolesExist(m, user.organizationId, input.roleIds);
      await assertRegionsExist(m, user.organizationId, input.regionIds);
      const sortOrder = await nextSortOrder(m, 'person', 'organization_id = $1', [user.organizationId]);
      const saved = await insertUnique(m, PersonEntity, PERSON_KEY_TAKEN(input.code), {
        organizationId: user.organizationId,
        sortOrder,
        code: input.code ?? null,
        name: input.name,
        title: input.title ?? null,
        employer: input.organization ?? null,
      });
      await this.replaceLinks(m, user.organizationId, saved.id, input.roleIds ?? [], input.regionIds ?? []);
      const dto = toPersonDto(saved, input.roleIds ?? [], input.regionIds ?? []);
      await this.audit.record(m, user, { entityType: 'person', entityId: saved.id, action: 'create', after: dto });
      return dto;
    });
  }

  async updatePerson(user: SessionUser, id: string, input: UpdatePersonInput): Promise<PersonDto> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.personDto(m, await this.requirePerson(m, user.organizationId, id));
      const { version, roleIds, regionIds, organization, ...fields } = input;
      await assertRolesExist(m, user.organizationId, roleIds, 'roleIds', before.roleIds);
      await assertRegionsExist(m, user.organizationId, regionIds);
      const after = await uniqueOrExplain(PERSON_KEY_TAKEN(input.code), () =>
        updateWithVersion<PersonEntity>(m, PersonEntity, { id, organizationId: user.organizationId }, version, stripUndefined({ ...fields, employer: organization })),
      );
      await this.replaceLinks(m, user.organizationId, id, roleIds ?? before.roleIds, regionIds ?? before.regionIds);
      const dto = toPersonDto(after, roleIds ?? before.roleIds, regionIds ?? before.regionIds);
      await this.audit.record(m, user, { entityType: 'person', entityId: id, action: 'update', before, after: dto });
      return dto;
    });
  }

  async deletePerson(user: SessionUser, id: string, version?: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const before = await this.personDto(m, await this.requirePerson(m, user.organizationId, id));
      if (version !== undefined && version !== before.version) {
        throw versionConflict(`Person ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
      }
      await m.delete(PersonEntity, { id, organizationId: user.organizationId });
      await this.audit.record(m, user, { entityType: 'person', entityId: id, action: 'delete', before });
    });
  }

  /** Retires a person (kept wherever named) or makes them active again. */
  async setPersonRetired(user: SessionUser, id: string, version: number, retired: boolean): Promise<PersonDto> {
    return this.dataSource.transaction(async (m) => {
      const entity = await this.requirePerson(m, user.organizationId, id);
      const before = await this.personDto(m, entity);
      if (before.version !== version) {
        throw versionConflict(`Person ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
      }
      if (Boolean(entity.retiredAt) === retired) {
        throw conflict(retired ? 'already_retired' : 'not_retired', `${entity.name} is ${retired ? 'already retired' : 'not retired'}`, { person: entity.name });
      }
      const after = await updateWithVersion<PersonEntity>(m, PersonEntity, { id, organizationId: user.organizationId }, version, { retiredAt: retired ? new Date() : null });
      const dto = toPersonDto(after, before.roleIds, before.regionIds);
      await this.audit.record(m, user, { entityType: 'person', entityId: id, action: retired ? 'retire' : 'reinstate', before, after: dto });
      return dto;
    });
  }

  private async personDto(m: EntityManager, p: PersonEntity): Promise<PersonDto> {
    const roles = await m.find(PersonRoleEntity, { where: { personId: p.id } });
    const regions = await m.find(PersonRegionEntity, { where: { personId: p.id } });
    return toPersonDto(p, roles.map((r) => r.roleId).sort(), regions.map((r) => r.regionId).sort());
  }

  private async replaceLinks(m: EntityManager, organizationId: string, personId: string, roleIds: string[], regionIds: string[]): Promise<void> {
    await m.delete(PersonRoleEntity, { personId });
    await m.delete(PersonRegionEntity, { personId });
    if (roleIds.length) await m.insert(PersonRoleEntity, roleIds.map((roleId) => ({ personId, roleId, organizationId })));
    if (regionIds.length) await m.insert(PersonRegionEntity, regionIds.map((regionId) => ({ personId, regionId, organizationId })));
  }

  private async requireRole(m: EntityManager, organizationId: string, id: string): Promise<ResponsibleRoleEntity> {
    const role = await m.findOneBy(ResponsibleRoleEntity, { id, organizationId });
    if (!role) throw notFound('role_not_found', `Responsible role ${id} not found`, { id });
    return role;
  }

  private async requirePerson(m: EntityManager, organizationId: string, id: string): Promise<PersonEntity> {
    const person = await m.findOneBy(PersonEntity, { id, organizationId });
    if (!person) throw notFound('person_not_found', `Person ${id} not found`, { id });
    return person;
  }
}

function cleanName(name: { fi: string; sv?: string | null; en?: string | null }) {
  return { fi: name.fi, ...(name.sv ? { sv: name.sv } : {}), ...(name.en ? { en: name.en } : {}) };
}

async function assertRegionsExist(m: EntityManager, organizationId: string, regionIds: string[] | undefined): Promise<void> {
  if (!regionIds?.length) return;
  const rows: { id: string }[] = await m.query(`SELECT id FROM region WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, regionIds]);
  const known = new Set(rows.map((r) => r.id));
  const errors = regionIds.flatMap((id, index) => (known.has(id) ? [] : [{ field: `regionIds.${index}`, message: `No region ${id} in this organization` }]));
  if (errors.length) throw new RequestValidationException(errors);
}
