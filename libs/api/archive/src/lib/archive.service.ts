import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '@suunta/api-accounts';
import { ApiException, conflict, domainError, Environment, publicUrl, RequestValidationException } from '@suunta/api-core';
import { MinutesArchiveService } from '@suunta/api-governance';
import { OrganizationService } from '@suunta/api-organization';
import { PlanArchiveService } from '@suunta/api-plans';
import { ReportArchiveService } from '@suunta/api-reports';
import { StrategyArchiveService } from '@suunta/api-strategy';
import { SurveyArchiveService } from '@suunta/api-surveys';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type ArchiveConflict,
  type ArchiveImportResultDto,
  type ArchivePreviewDto,
  type FieldError,
  type SessionUser,
  type SuuntaArchive,
} from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { countArchive, regionCodesNamed, schemaErrors } from './archive-schema.util';
import { toStratml } from './stratml.util';

type Actor = Pick<SessionUser, 'id' | 'organizationId' | 'email' | 'displayName'>;

/** Thrown inside the preview's transaction so that nothing it wrote stays. */
class DryRunRollback extends Error {}

/**
 * Export and import of a whole strategy as one archive ({@link SuuntaArchive}), and of the strategy
 * alone as StratML. The archive owns no tables: every domain is read and written through the
 * archive service its owner exports, all with one manager so an import is one transaction.
 */
@Injectable()
export class ArchiveService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    private readonly organizations: OrganizationService,
    private readonly strategy: StrategyArchiveService,
    private readonly plans: PlanArchiveService,
    private readonly surveys: SurveyArchiveService,
    private readonly reports: ReportArchiveService,
    private readonly minutes: MinutesArchiveService,
    private readonly audit: AuditService,
  ) {}

  /** The archive of one strategy, read in one snapshot. */
  async export(organizationId: string, strategyId: string): Promise<SuuntaArchive> {
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const organization = await this.organizations.get(organizationId);
      const { document, keys } = await this.strategy.export(organizationId, strategyId, m);
      const roleIds = await this.strategy.roleIds(organizationId, m);
      const roleCodes = new Map([...roleIds].map(([code, id]) => [id, code]));
      const planPart = await this.plans.export(organizationId, strategyId, { focusAreas: keys.focusAreas, criteria: keys.criteria, roles: roleCodes }, m);
      const surveyPart = await this.surveys.export(organizationId, strategyId, keys.focusAreas, m);
      const reports = await this.reports.export(organizationId, strategyId, { focusAreas: keys.focusAreas, plans: planPart.planKeys, surveys: surveyPart.surveyKeys }, m);
      const minutes = await this.minutes.export(organizationId, keys.focusAreas, planPart.actionKeys, m);

      // people and roles the sections name, by key and code
      const personIds = new Set([...planPart.personIds, ...reports.map((r) => r.author).filter((id): id is string => !!id)]);
      const { people, keys: personKeys } = await this.strategy.people(organizationId, [...personIds], m);
      const personKey = (id: string) => personKeys.get(id) ?? id;
      planPart.plans.forEach((p) => p.actions.forEach((a) => (a.people = a.people.map(personKey))));
      reports.forEach((r) => (r.author = r.author ? personKey(r.author) : null));
      const codes = new Set([...this.strategy.rolesNamedIn(document), ...planPart.plans.flatMap((p) => p.actions.flatMap((a) => a.roles))]);
      const roles = await this.strategy.roles(organizationId, [...codes], m);

      const archive: SuuntaArchive = {
        format: ARCHIVE_FORMAT,
        version: ARCHIVE_VERSION,
        exportedAt: new Date().toISOString(),
        source: { organization: { code: organization.code, name: organization.name }, server: publicUrl(this.env) },
        regions: [],
        roles,
        people,
        strategy: document,
        plans: planPart.plans,
        progress: planPart.progress,
        surveys: surveyPart.surveys,
        reports,
        minutes,
      };
      const named = new Set(regionCodesNamed(archive));
      archive.regions = (await this.organizations.listRegions(organizationId)).filter((r) => named.has(r.code)).map((r) => ({ code: r.code, name: r.name }));
      return archive;
    });
  }

  /** The strategy alone as StratML Part 1 (ISO 17469-1). */
  async stratml(organizationId: string, strategyId: string): Promise<{ xml: string; title: string }> {
    const organization = await this.organizations.get(organizationId);
    const { document } = await this.strategy.export(organizationId, strategyId);
    if (document.focusAreas.length === 0) {
      // StratML requires at least one Goal
      throw domainError('unprocessable', HttpStatus.UNPROCESSABLE_ENTITY, 'A strategy without focus areas has no StratML Goal to write; add a focus area first', { id: strategyId });
    }
    const roles = await this.strategy.roles(organizationId, this.strategy.rolesNamedIn(document));
    const xml = toStratml({ strategy: document, organization, roles, source: publicUrl(this.env) });
    return { xml, title: document.title };
  }

  /**
   * What an import would do, with nothing kept: the schema errors (each with its path), regions
   * the organization lacks, conflicts with what it already has, and the counts per kind. When all
   * is well, the import itself is run and rolled back, so any other refusal shows here too.
   */
  async preview(user: Actor, body: unknown): Promise<ArchivePreviewDto> {
    const errors = schemaErrors(body);
    const partial = (body ?? {}) as Partial<SuuntaArchive>;
    const summary = {
      strategy: partial.strategy && typeof partial.strategy === 'object'
        ? { title: String(partial.strategy.title ?? ''), key: partial.strategy.key ?? null, validFrom: partial.strategy.validFrom ?? null, validTo: partial.strategy.validTo ?? null }
        : null,
      source: partial.source && typeof partial.source === 'object'
        ? { organization: String(partial.source.organization?.name ?? ''), server: String(partial.source.server ?? ''), exportedAt: String(partial.exportedAt ?? '') }
        : null,
    };
    if (errors.length > 0) {
      return { canImport: false, ...summary, counts: countArchive(partial), conflicts: [], missingRegions: [], errors };
    }
    const archive = body as SuuntaArchive;
    const orgId = user.organizationId;
    const { missing: missingRegions } = await this.resolveRegions(orgId, archive);
    const conflicts = await this.conflicts(orgId, archive);
    const counts = countArchive(archive);
    counts.roles = (await this.strategy.missingRoles(orgId, archive.roles)).length;
    counts.people = (await this.strategy.missingPeople(orgId, archive.people)).length;
    const dryRunErrors: FieldError[] = [];
    if (missingRegions.length === 0 && !conflicts.some((c) => c.blocking)) {
      try {
        await this.dataSource.transaction(async (m) => {
          await this.write(user, archive, m);
          throw new DryRunRollback();
        });
      } catch (e) {
        if (!(e instanceof DryRunRollback)) dryRunErrors.push(...refusalAsErrors(e));
      }
    }
    return {
      canImport: missingRegions.length === 0 && !conflicts.some((c) => c.blocking) && dryRunErrors.length === 0,
      ...summary,
      counts,
      conflicts,
      missingRegions,
      errors: dryRunErrors.map((e) => ({ field: e.field, message: e.message, code: e.code ?? 'invalid' })),
    };
  }

  /** Imports the archive in one transaction: everything, or (on any refusal) nothing. */
  async import(user: Actor, body: unknown): Promise<ArchiveImportResultDto> {
    const errors = schemaErrors(body);
    if (errors.length > 0) throw new RequestValidationException(errors);
    const archive = body as SuuntaArchive;
    const { missing } = await this.resolveRegions(user.organizationId, archive);
    if (missing.length > 0) {
      const index = new Map(archive.regions.map((r, i) => [r.code, i]));
      throw domainError('unknown_region', HttpStatus.UNPROCESSABLE_ENTITY, `This organization has no region ${missing.join(', ')}; add it first (npm run org -- add-region)`, { regions: missing.join(', ') }, {
        errors: missing.map((code) => ({ field: index.has(code) ? `regions.${index.get(code)}.code` : 'regions', message: `No region with code "${code}" in this organization`, code: 'unknown_region' })),
      });
    }
    const blocking = (await this.conflicts(user.organizationId, archive)).filter((c) => c.blocking);
    if (blocking.length > 0) {
      throw conflict('archive_conflict', `The organization already has: ${blocking.map((c) => `${c.path} (${c.detail})`).join('; ')}`, { conflicts: blocking.map((c) => c.path).join(', ') });
    }
    return this.dataSource.transaction((m) => this.write(user, archive, m));
  }

  /** Every write of an import, with one manager (the import's transaction, or the preview's rolled-back one). */
  private async write(user: Actor, archive: SuuntaArchive, m: EntityManager): Promise<ArchiveImportResultDto> {
    const orgId = user.organizationId;
    const { ids: regions } = await this.resolveRegions(orgId, archive);
    const rolesCreated = await this.strategy.ensureRoles(user, archive.roles, m);
    const peopleBefore = (await this.strategy.missingPeople(orgId, archive.people, m)).length;
    const people = await this.strategy.ensurePeople(user, archive.people, m);
    const { strategyId, keys } = await withPrefix('strategy', () => this.strategy.import(user, archive.strategy, m));
    const roles = await this.strategy.roleIds(orgId, m);
    const { planIds, actionIds } = await this.plans.import(orgId, archive.plans, archive.progress, { strategyId, focusAreas: keys.focusAreas, criteria: keys.criteria, roles, people, regions }, m);
    const surveyIds = await this.surveys.import(orgId, strategyId, archive.surveys, { focusAreas: keys.focusAreas, regions }, m);
    await this.reports.import(orgId, strategyId, archive.reports, { focusAreas: keys.focusAreas, plans: planIds, surveys: surveyIds, people, regions }, m);
    await this.minutes.import(orgId, archive.minutes, { focusAreas: keys.focusAreas, actions: actionIds, regions }, m);
    const counts = { ...countArchive(archive), roles: rolesCreated, people: peopleBefore };
    await this.audit.record(m, user, {
      entityType: 'strategy',
      entityId: strategyId,
      action: 'archive_import',
      after: { title: archive.strategy.title, from: `${archive.source.organization.name} (${archive.source.server})`, exportedAt: archive.exportedAt, counts },
    });
    return { strategyId, counts };
  }

  /**
   * The archive's region codes → this organization's region ids: by code, else by the Finnish
   * name (a centre that codes Keski-Pohjanmaa `KESKI` still receives `KP`); `missing` lists the rest.
   */
  private async resolveRegions(organizationId: string, archive: SuuntaArchive): Promise<{ ids: Map<string, string>; missing: string[] }> {
    const own = await this.organizations.listRegions(organizationId);
    const byCode = new Map(own.map((r) => [r.code, r.id]));
    const byName = new Map(own.map((r) => [r.name.fi.trim().toLowerCase(), r.id]));
    const named = new Map(archive.regions.map((r) => [r.code, r.name.fi.trim().toLowerCase()]));
    const ids = new Map<string, string>();
    const missing: string[] = [];
    for (const code of regionCodesNamed(archive)) {
      const name = named.get(code);
      const id = byCode.get(code) ?? (name ? byName.get(name) : undefined);
      if (id) ids.set(code, id);
      else missing.push(code);
    }
    return { ids, missing };
  }

  /** What the organization already has that the archive would create again. */
  private async conflicts(organizationId: string, a: SuuntaArchive): Promise<ArchiveConflict[]> {
    const out: ArchiveConflict[] = [];
    const s = await this.strategy.strategyConflicts(organizationId, a.strategy);
    if (s.keyTaken) out.push({ kind: 'strategy_key_taken', path: 'strategy.key', detail: a.strategy.key ?? '', blocking: true });
    if (s.samePeriod) {
      out.push({ kind: 'strategy_title_period', path: 'strategy.title', detail: `${a.strategy.title} ${a.strategy.validFrom ?? ''}–${a.strategy.validTo ?? ''}`.trim(), blocking: false });
    }
    if (s.focusAreaKeysTaken.length > 0) out.push({ kind: 'focus_area_keys_taken', path: 'strategy.focusAreas', detail: s.focusAreaKeysTaken.join(', '), blocking: true });
    const planCodes = await this.plans.takenPlanCodes(organizationId, a.plans.map((p) => p.code).filter((c): c is string => !!c));
    a.plans.forEach((p, i) => p.code && planCodes.has(p.code) && out.push({ kind: 'plan_code_taken', path: `plans.${i}.code`, detail: p.code, blocking: true }));
    const hashes = await this.surveys.alreadyImported(organizationId, a.surveys.map((x) => x.contentHash));
    a.surveys.forEach((x, i) => hashes.has(x.contentHash) && out.push({ kind: 'survey_already_imported', path: `surveys.${i}`, detail: `${x.title} (${x.region} ${x.year})`, blocking: true }));
    const { ids: regions } = await this.resolveRegions(organizationId, a);
    for (const i of await this.reports.existing(organizationId, a.reports, regions)) {
      out.push({ kind: 'report_exists', path: `reports.${i}`, detail: `${a.reports[i].region ?? '—'} ${a.reports[i].year}`, blocking: true });
    }
    const meetingCodes = await this.minutes.takenCodes(organizationId, a.minutes.map((x) => x.code).filter((c): c is string => !!c));
    a.minutes.forEach((x, i) => x.code && meetingCodes.has(x.code) && out.push({ kind: 'meeting_code_taken', path: `minutes.${i}.code`, detail: x.code, blocking: true }));
    return out;
  }
}

/** The strategy's own checks name fields inside its document; inside the archive they sit under `strategy.`. */
async function withPrefix<T>(prefix: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof RequestValidationException) {
      throw new RequestValidationException(e.fieldErrors.map((f) => ({ ...f, field: `${prefix}.${f.field}` })));
    }
    throw e;
  }
}

/** A refusal of the dry run as field errors for the preview (a database error is not a refusal: it stays an error). */
function refusalAsErrors(e: unknown): FieldError[] {
  if (e instanceof RequestValidationException) return e.fieldErrors;
  if (e instanceof ApiException) {
    const body = e.getResponse() as { code?: string; message?: string; errors?: FieldError[] };
    return body.errors?.length ? body.errors : [{ field: '(archive)', message: body.message ?? e.message, code: body.code ?? 'invalid' }];
  }
  throw e;
}
