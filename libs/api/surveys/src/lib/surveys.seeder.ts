import { Injectable } from '@nestjs/common';
import { DomainSeeder, SeedContext, seededOrganizationId, seededRegionIds, Seeder } from '@suunta/api-core';
import { StrategyReadService } from '@suunta/api-strategy';
import { contentHash } from '@suunta/shared-survey-import';
import { readFile } from 'node:fs/promises';
import { SurveyImportService } from './survey-import.service';

interface StrategySeed {
  key: string;
  focusAreas: { key: string; surveyQuestion?: number }[];
}
interface AnnualReportSeed {
  region: string;
  year: number;
  /** conductedFrom/To: the months the text names, as dates, so every language can show the period. */
  surveyInfo: { title: string; conductedText?: string; conductedFrom?: string; conductedTo?: string; invited: number; responded: number };
  surveySummary: { focusAreaKey: string; average: number }[];
}

const REPORT_FILE = 'surveys/kp-2020-webropol.txt';
const CLAIM_SOURCE = 'Toimintakertomus 2020, Keski-Pohjanmaa: arvioinnin yhteenvetotaulukko';

/**
 * The 2020 Keski-Pohjanmaa evaluation survey, imported by the real importer from the Webropol
 * report's text (a copy of seeds/000_ff71400c25435d28.txt), its themes linked to the 2020 focus
 * areas through `surveyQuestion` in strategy-2020.json. The annual report's own summary table is
 * stored as each theme's claimed average, to be shown beside the computed one.
 * Re-runnable: a survey with the same content is not imported again.
 */
@Injectable()
@DomainSeeder({ order: 40, name: 'surveys' })
export class SurveysSeeder implements Seeder {
  constructor(
    private readonly importer: SurveyImportService,
    private readonly strategies: StrategyReadService,
  ) {}

  async seed(ctx: SeedContext): Promise<void> {
    const strategy = await ctx.readJson<StrategySeed>('strategy-2020.json');
    const report = await ctx.readJson<AnnualReportSeed>('annual-report-kp-2020.json');
    const text = await readFile(ctx.path(REPORT_FILE), 'utf8');

    const organizationId = await seededOrganizationId(ctx);
    if (!organizationId) {
      ctx.log('Surveys: no organization seeded; skipped');
      return;
    }
    const regionId = (await seededRegionIds(ctx, organizationId))('annual-report-kp-2020.json', report.region);
    const existing = await ctx.manager.query(`SELECT id FROM survey WHERE organization_id = $1 AND content_hash = $2`, [
      organizationId,
      contentHash(text),
    ]);
    if (existing.length > 0) {
      ctx.log(`Surveys: ${REPORT_FILE} already imported`);
      return;
    }

    const focusAreas = await this.strategies.focusAreaRefsByKeys(organizationId, strategy.focusAreas.map((f) => f.key), ctx.manager);
    if (focusAreas.length === 0) {
      ctx.log('Surveys: the 2020 focus areas are not seeded; the survey is imported without links');
    }
    const idOf = (key: string) => focusAreas.find((f) => f.code === key)?.id ?? null;
    // Themes are numbered in question order; theme n starts at the n-th Likert question.
    const likertQuestions = strategy.focusAreas.filter((f) => f.surveyQuestion !== undefined).sort((a, b) => (a.surveyQuestion ?? 0) - (b.surveyQuestion ?? 0));
    const themeLinks = likertQuestions.map((f, i) => ({ themeIndex: i + 1, focusAreaId: idOf(f.key) }));

    const surveyId = await this.importer.importInTransaction(ctx.manager, { system: 'survey seed', organizationId: organizationId }, organizationId, {
      mode: 'commit',
      format: 'webropol-report',
      content: text,
      regionId,
      year: report.year,
      title: report.surveyInfo.title,
      strategyId: focusAreas[0]?.strategyId ?? null,
      invitedCount: report.surveyInfo.invited,
      ...(report.surveyInfo.conductedText ? { ranNote: report.surveyInfo.conductedText } : {}),
      ...(report.surveyInfo.conductedFrom ? { ranFrom: report.surveyInfo.conductedFrom } : {}),
      ...(report.surveyInfo.conductedTo ? { ranTo: report.surveyInfo.conductedTo } : {}),
      themeLinks,
    });

    // The annual report's claims, matched to the themes through their focus areas. A figure from
    // another document, never used for computing: the API compares it with the counts.
    for (const row of report.surveySummary) {
      const focusAreaId = idOf(row.focusAreaKey);
      if (!focusAreaId) continue;
      await ctx.manager.query(
        `UPDATE survey_theme SET claimed_average = $3::numeric, claimed_source = $4 WHERE survey_id = $1 AND focus_area_id = $2`,
        [surveyId, focusAreaId, String(row.average), CLAIM_SOURCE],
      );
    }
    ctx.log(`Surveys: imported ${REPORT_FILE} (${themeLinks.filter((l) => l.focusAreaId).length} themes linked)`);
  }
}
