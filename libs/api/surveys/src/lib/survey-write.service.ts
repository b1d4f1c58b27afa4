import { Injectable } from '@nestjs/common';
import { assertCanWriteRegion, notFound, RequestValidationException, updateWithVersion, versionConflict } from '@suunta/api-core';
import { AuditService } from '@suunta/api-accounts';
import type { FieldError, SessionUser, UpdateSurveyRequest } from '@suunta/shared-domain';
import { StrategyReadService } from '@suunta/api-strategy';
import { DataSource, EntityManager } from 'typeorm';
import { SurveyEntity } from './survey.entity';

/** Edits and deletes surveys: only what was typed around the import, never the imported counts. */
@Injectable()
export class SurveyWriteService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly strategies: StrategyReadService,
  ) {}

  async update(user: SessionUser, id: string, body: UpdateSurveyRequest): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, user.organizationId, id);
      assertCanWriteRegion(user, before.regionId);
      const errors: FieldError[] = [];
      if (body.regionId !== undefined && body.regionId !== before.regionId) {
        const region = await manager.query(`SELECT 1 FROM region WHERE id = $1 AND organization_id = $2`, [body.regionId, user.organizationId]);
        if (region.length === 0) {
          throw new RequestValidationException([{ field: 'regionId', message: `Region ${body.regionId} does not exist in this organization`, code: 'unknown_region' }]);
        }
        assertCanWriteRegion(user, body.regionId);
      }
      if (body.strategyId) {
        if (!(await this.strategies.strategyExists(user.organizationId, body.strategyId, manager))) errors.push({ field: 'strategyId', message: `Strategy ${body.strategyId} does not exist in this organization` });
      }
      const invited = body.invitedCount !== undefined ? body.invitedCount : before.invitedCount;
      if (invited !== null && before.respondentCount !== null && invited < before.respondentCount) {
        errors.push({ field: 'invitedCount', message: `invitedCount must be at least the ${before.respondentCount} who responded` });
      }
      const ranFrom = body.ranFrom !== undefined ? body.ranFrom : before.ranFrom;
      const ranTo = body.ranTo !== undefined ? body.ranTo : before.ranTo;
      if (ranFrom && ranTo && ranTo < ranFrom) {
        errors.push({ field: 'ranTo', message: 'ranTo must not be before ranFrom' });
      }
      const themes = body.themes ?? [];
      if (themes.length > 0) {
        const own: { id: string }[] = await manager.query(`SELECT id FROM survey_theme WHERE survey_id = $1`, [id]);
        const focusAreaIds = themes.map((t) => t.focusAreaId).filter((f): f is string => !!f);
        const knownFocusAreas = await this.strategies.focusAreaRefs(user.organizationId, focusAreaIds, 'newest_strategy_first', manager);
        themes.forEach((theme, i) => {
          if (!own.some((o) => o.id === theme.id)) errors.push({ field: `themes.${i}.id`, message: `Theme ${theme.id} is not a theme of this survey` });
          if (theme.focusAreaId && !knownFocusAreas.some((f) => f.id === theme.focusAreaId)) {
            errors.push({ field: `themes.${i}.focusAreaId`, message: `Focus area ${theme.focusAreaId} does not exist in this organization` });
          }
        });
      }
      if (errors.length > 0) throw new RequestValidationException(errors);

      const changes: Partial<SurveyEntity> = {};
      if (body.title !== undefined) changes.title = body.title;
      if (body.year !== undefined) changes.year = body.year;
      if (body.regionId !== undefined) changes.regionId = body.regionId;
      if (body.strategyId !== undefined) changes.strategyId = body.strategyId;
      if (body.invitedCount !== undefined) changes.invitedCount = body.invitedCount;
      if (body.ranFrom !== undefined) changes.ranFrom = body.ranFrom;
      if (body.ranTo !== undefined) changes.ranTo = body.ranTo;
      if (body.ranNote !== undefined) changes.ranNote = body.ranNote;
      const beforeThemes = themes.length
        ? await manager.query(`SELECT id, title, focus_area_id, claimed_average::text AS claimed_average, claimed_source FROM survey_theme WHERE survey_id = $1 ORDER BY sort_order`, [id])
        : undefined;
      // The version is bumped even when only themes change: they are part of the survey.
      const after = await updateWithVersion(manager, SurveyEntity, { id, organizationId: user.organizationId }, body.version, changes);
      for (const theme of themes) {
        await manager.query(
          `UPDATE survey_theme SET
             title = CASE WHEN $3 THEN $4 ELSE title END,
             focus_area_id = CASE WHEN $5 THEN $6::uuid ELSE focus_area_id END,
             claimed_average = CASE WHEN $7 THEN $8::numeric ELSE claimed_average END,
             claimed_source = CASE WHEN $9 THEN $10 ELSE claimed_source END
           WHERE id = $1 AND survey_id = $2`,
          [
            theme.id,
            id,
            theme.title !== undefined,
            theme.title ?? null,
            theme.focusAreaId !== undefined,
            theme.focusAreaId ?? null,
            theme.claimedAverage !== undefined,
            theme.claimedAverage === undefined || theme.claimedAverage === null ? null : String(theme.claimedAverage),
            theme.claimedSource !== undefined,
            theme.claimedSource ?? null,
          ],
        );
      }
      await this.audit.record(manager, user, {
        entityType: 'survey',
        entityId: id,
        action: 'update',
        before: { ...summary(before), ...(beforeThemes ? { themes: beforeThemes } : {}) },
        after: { ...summary(after), ...(themes.length ? { themes } : {}) },
      });
    });
  }

  async remove(user: SessionUser, id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.load(manager, user.organizationId, id);
      assertCanWriteRegion(user, before.regionId);
      // The load above proved it exists, so no row deleted means a newer version (409).
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(SurveyEntity)
        .where('id = :id AND organization_id = :organizationId AND version = :version', { id, organizationId: user.organizationId, version })
        .execute();
      if (result.affected !== 1) {
        throw versionConflict(`Survey ${id} was changed by someone else (your version ${version} is out of date); reload and try again`, { version });
      }
      await this.audit.record(manager, user, { entityType: 'survey', entityId: id, action: 'delete', before: summary(before) });
    });
  }

  private async load(manager: EntityManager, organizationId: string, id: string): Promise<SurveyEntity> {
    const survey = await manager.getRepository(SurveyEntity).findOneBy({ id, organizationId });
    if (!survey) throw notFound('survey_not_found', `Survey ${id} not found`, { id });
    return survey;
  }
}

function summary(s: SurveyEntity) {
  return {
    title: s.title,
    year: s.year,
    regionId: s.regionId,
    strategyId: s.strategyId,
    invitedCount: s.invitedCount,
    respondentCount: s.respondentCount,
    ranFrom: s.ranFrom,
    ranTo: s.ranTo,
    ranNote: s.ranNote,
    contentHash: s.contentHash,
    version: s.version,
  };
}
