import { Module } from '@nestjs/common';
import { AuditModule } from '@suunta/api-accounts';
import { GovernanceModule } from '@suunta/api-governance';
import { OrganizationModule } from '@suunta/api-organization';
import { PlansModule } from '@suunta/api-plans';
import { ReportsModule } from '@suunta/api-reports';
import { StrategyModule } from '@suunta/api-strategy';
import { SurveysModule } from '@suunta/api-surveys';
import { ArchiveController } from './archive.controller';
import { ArchiveService } from './archive.service';

/**
 * The archive format: a whole strategy exported as one JSON archive and imported into another
 * organization or server, and the strategy alone as StratML. Owns no tables; reads and writes
 * each domain through the archive service its owner exports.
 */
@Module({
  imports: [AuditModule, OrganizationModule, StrategyModule, PlansModule, SurveysModule, ReportsModule, GovernanceModule],
  controllers: [ArchiveController],
  providers: [ArchiveService],
})
export class ArchiveModule {}
