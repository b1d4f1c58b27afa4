import { Module } from '@nestjs/common';
import { AuditModule } from '@suunta/api-core';
import { ReportExportService } from './export/report-export.service';
import { SteeringGroupSeeder } from './governance/steering-group.seeder';
import { SteeringGroupService } from './governance/steering-group.service';
import { SteeringGroupsController } from './governance/steering-groups.controller';
import { AnnualReportService } from './reports/annual-report.service';
import { AnnualReportsController } from './reports/annual-reports.controller';
import { ReportSourcesService } from './reports/report-sources.service';
import { AnnualReportSeeder } from './seeding/annual-report.seeder';

/**
 * Annual reports (drafted from the progress log, edited, approved, exported) and the governance
 * they show: regional steering groups with members and deputies over time.
 */
@Module({
  imports: [AuditModule],
  controllers: [AnnualReportsController, SteeringGroupsController],
  providers: [AnnualReportService, ReportSourcesService, ReportExportService, SteeringGroupService, SteeringGroupSeeder, AnnualReportSeeder],
  exports: [SteeringGroupService],
})
export class ReportsModule {}
