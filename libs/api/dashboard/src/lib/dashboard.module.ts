import { Module } from '@nestjs/common';
import { FundingModule } from '@suunta/api-funding';
import { OrganizationModule } from '@suunta/api-organization';
import { PlansModule } from '@suunta/api-plans';
import { StrategyModule } from '@suunta/api-strategy';
import { SurveysModule } from '@suunta/api-surveys';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { StrategyMapService } from './strategy-map/strategy-map.service';

/** The board's view: strategy status across focus areas, regions and years, from the other domains' exported read services. */
@Module({
  imports: [OrganizationModule, PlansModule, StrategyModule, SurveysModule, FundingModule],
  controllers: [DashboardController],
  providers: [DashboardService, StrategyMapService],
  exports: [DashboardService, StrategyMapService],
})
export class DashboardModule {}
