import { PlanArchiveService } from './services/plan-archive.service';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationModule } from '@suunta/api-organization';
import { StrategyModule } from '@suunta/api-strategy';
import { PlansController } from './controllers/plans.controller';
import { ProgressController } from './controllers/progress.controller';
import { PLAN_ENTITIES } from './entities/plan.entities';
import { RollupService } from './rollup/rollup.service';
import { PlanReadService } from './read/plan-read.service';
import { PlanChangesReadService } from './read/plan-changes-read.service';
import { YearlyActionCatalogService } from './read/yearly-action-catalog.service';
import { PlanProgressReadService } from './rollup/plan-progress-read.service';
import { PlansSeeder } from './seeding/plans.seeder';
import { PlansService } from './services/plans.service';
import { ProgressService } from './services/progress.service';

/** Two-year action plans, the progress log, and the roll-ups computed from it. */
@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), OrganizationModule, StrategyModule],
  controllers: [PlansController, ProgressController],
  providers: [PlanArchiveService, PlansService, ProgressService, RollupService, PlanReadService, PlanProgressReadService, YearlyActionCatalogService, PlanChangesReadService, PlansSeeder],
  exports: [PlanArchiveService, PlansService, ProgressService, RollupService, PlanReadService, PlanProgressReadService, YearlyActionCatalogService, PlanChangesReadService],
})
export class PlansModule {}
