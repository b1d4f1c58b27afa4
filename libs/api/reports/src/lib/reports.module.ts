import { ReportArchiveService } from './reports/report-archive.service';
import { Module } from '@nestjs/common';
import { AuditModule } from '@suunta/api-accounts';
import { GovernanceModule } from '@suunta/api-governance';
import { PlansModule } from '@suunta/api-plans';
import { StrategyModule } from '@suunta/api-strategy';
import { SurveysModule } from '@suunta/api-surveys';
import { ReportExportService } from './export/report-export.service';
import { AnnualReportService } from './reports/annual-report.service';
import { AnnualReportsController } from './reports/annual-reports.controller';
import { ReportSourcesService } from './reports/report-sources.service';
import { AnnualReportSeeder } from './seeding/annual-report.seeder';

/**
 * Annual reports (drafted from the progress log, edited, approved, exported), with the regional
 * steering group's composition copied from the governance domain; the plans, surveys and strategy
 * domains' read services supply what a report is drafted from.
 */
@Module({
  imports: [AuditModule, GovernanceModule, PlansModule, SurveysModule, StrategyModule],
  controllers: [AnnualReportsController],
  providers: [ReportArchiveService, AnnualReportService, ReportSourcesService, ReportExportService, AnnualReportSeeder],
  exports: [ReportArchiveService],
})
export class ReportsModule {}
