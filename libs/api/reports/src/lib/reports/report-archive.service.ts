import { Injectable } from '@nestjs/common';
import { RequestValidationException } from '@suunta/api-core';
import type { ArchiveReport, FieldError } from '@suunta/shared-domain';
import { DataSource, EntityManager } from 'typeorm';

/** Database id → archive key (export) of what a report points at. */
export interface ReportArchiveExportRefs {
  focusAreas: Map<string, string>;
  plans: Map<string, string>;
  surveys: Map<string, string>;
}

/**
 * The reports domain's part of the archive (api-archive): the annual reports written against a
 * strategy, with their sections per focus area. Users (who created, approved) do not travel — their
 * names do (`approvedByName`, `updatedByName`); the steering group travels as its snapshot.
 * Authors come out as person ids (`author`), which the archive turns into its person keys.
 */
@Injectable()
export class ReportArchiveService {
  constructor(private readonly dataSource: DataSource) {}

  async export(organizationId: string, strategyId: string, refs: ReportArchiveExportRefs, manager: EntityManager = this.dataSource.manager): Promise<ArchiveReport[]> {
    const reports: {
      id: string; region: string | null; year: number; title: string; status: ArchiveReport['status']; language: string; author_person_id: string | null;
      author_name: string | null; author_title: string | null; report_date: string | null; introduction: string; plan_id: string | null; survey_id: string | null;
      steering_group_name: string | null; steering_group_on: string | null; steering_group_snapshot: unknown[]; source: string | null;
      submitted_at: Date | null; approved_at: Date | null; approved_by_name: string | null;
    }[] = await manager.query(
      `SELECT a.id, r.code AS region, a.year, a.title, a.status, a.language, a.author_person_id, a.author_name, a.author_title,
              to_char(a.report_date, 'YYYY-MM-DD') AS report_date, a.introduction, a.plan_id, a.survey_id, a.steering_group_name,
              to_char(a.steering_group_on, 'YYYY-MM-DD') AS steering_group_on, a.steering_group_snapshot, a.source, a.submitted_at, a.approved_at, a.approved_by_name
         FROM annual_report a LEFT JOIN region r ON r.id = a.region_id
        WHERE a.organization_id = $1 AND a.strategy_id = $2
        ORDER BY a.year, r.code NULLS FIRST`,
      [organizationId, strategyId],
    );
    const sections: {
      report_id: string; number: number; focus_area_id: string | null; heading: string; body: string; draft: string | null; drafted_at: Date | null; updated_by_name: string | null;
    }[] = await manager.query(
      `SELECT report_id, number, focus_area_id, heading, body, draft, drafted_at, updated_by_name
         FROM annual_report_section WHERE organization_id = $1 AND report_id = ANY($2::uuid[]) ORDER BY number`,
      [organizationId, reports.map((r) => r.id)],
    );
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    return reports.map((a) => ({
      region: a.region,
      year: a.year,
      title: a.title,
      status: a.status,
      language: a.language,
      // a person id here; the archive replaces it with its person key
      author: a.author_person_id,
      authorName: a.author_name,
      authorTitle: a.author_title,
      reportDate: a.report_date,
      introduction: a.introduction,
      plan: a.plan_id ? refs.plans.get(a.plan_id) ?? null : null,
      survey: a.survey_id ? refs.surveys.get(a.survey_id) ?? null : null,
      steeringGroupName: a.steering_group_name,
      steeringGroupOn: a.steering_group_on,
      steeringGroupSnapshot: a.steering_group_snapshot,
      source: a.source,
      submittedAt: iso(a.submitted_at),
      approvedAt: iso(a.approved_at),
      approvedByName: a.approved_by_name,
      sections: sections
        .filter((s) => s.report_id === a.id)
        .map((s) => ({
          number: s.number,
          focusArea: s.focus_area_id ? refs.focusAreas.get(s.focus_area_id) ?? null : null,
          heading: s.heading,
          body: s.body,
          draft: s.draft,
          draftedAt: iso(s.drafted_at),
          updatedByName: s.updated_by_name,
        })),
    }));
  }

  /** Indexes of the archive's reports whose region and year already have a report in the organization. */
  async existing(organizationId: string, reports: readonly ArchiveReport[], regions: Map<string, string>, manager: EntityManager = this.dataSource.manager): Promise<number[]> {
    const taken: number[] = [];
    for (const [i, r] of reports.entries()) {
      const regionId = r.region ? regions.get(r.region) ?? null : null;
      if (r.region && !regionId) continue;
      const rows = await manager.query(`SELECT 1 FROM annual_report WHERE organization_id = $1 AND region_id IS NOT DISTINCT FROM $2::uuid AND year = $3`, [organizationId, regionId, r.year]);
      if (rows.length > 0) taken.push(i);
    }
    return taken;
  }

  async import(
    organizationId: string,
    strategyId: string,
    reports: readonly ArchiveReport[],
    refs: { focusAreas: Map<string, string>; plans: Map<string, string>; surveys: Map<string, string>; people: Map<string, string>; regions: Map<string, string> },
    manager: EntityManager,
  ): Promise<void> {
    const errors: FieldError[] = [];
    const check = (map: Map<string, string>, key: string | null, field: string, what: string) => {
      if (key !== null && !map.has(key)) errors.push({ field, message: `Unknown ${what} "${key}"`, code: what === 'region' ? 'unknown_region' : 'invalid' });
    };
    reports.forEach((r, i) => {
      check(refs.regions, r.region, `reports.${i}.region`, 'region');
      check(refs.people, r.author, `reports.${i}.author`, 'person');
      check(refs.plans, r.plan, `reports.${i}.plan`, 'plan');
      check(refs.surveys, r.survey, `reports.${i}.survey`, 'survey');
      r.sections.forEach((s, j) => check(refs.focusAreas, s.focusArea, `reports.${i}.sections.${j}.focusArea`, 'focus area'));
      if ((r.status === 'approved') !== (r.approvedAt !== null)) {
        errors.push({ field: `reports.${i}.approvedAt`, message: 'An approved report has approvedAt, any other has none', code: 'invalid' });
      }
    });
    if (errors.length > 0) throw new RequestValidationException(errors);

    for (const r of reports) {
      // sections of an approved report are locked (a trigger): write it as a draft, then set its status
      const [row] = await manager.query(
        `INSERT INTO annual_report (organization_id, region_id, year, title, status, language, author_person_id, author_name, author_title, report_date, introduction,
                                    strategy_id, plan_id, survey_id, steering_group_name, steering_group_on, steering_group_snapshot, source, submitted_at, approved_by_name)
         VALUES ($1, $2, $3, $4, 'draft', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id`,
        [
          organizationId, r.region ? refs.regions.get(r.region) : null, r.year, r.title, r.language, r.author ? refs.people.get(r.author) : null, r.authorName, r.authorTitle,
          r.reportDate, r.introduction, strategyId, r.plan ? refs.plans.get(r.plan) : null, r.survey ? refs.surveys.get(r.survey) : null, r.steeringGroupName,
          r.steeringGroupOn, JSON.stringify(r.steeringGroupSnapshot), r.source, r.submittedAt, r.approvedByName,
        ],
      );
      for (const s of r.sections) {
        await manager.query(
          `INSERT INTO annual_report_section (organization_id, report_id, focus_area_id, number, heading, body, draft, drafted_at, updated_by_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [organizationId, row.id, s.focusArea ? refs.focusAreas.get(s.focusArea) : null, s.number, s.heading, s.body, s.draft, s.draftedAt, s.updatedByName],
        );
      }
      if (r.status !== 'draft') {
        await manager.query(`UPDATE annual_report SET status = $2, approved_at = $3 WHERE id = $1`, [row.id, r.status, r.approvedAt]);
      }
    }
  }
}
