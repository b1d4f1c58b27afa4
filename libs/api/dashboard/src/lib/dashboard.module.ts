import { Module } from '@nestjs/common';
import { FundingModule } from '@suunta/api-funding';
import { PlansModule } from '@suunta/api-plans';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

/** The board's view: strategy status across focus areas, regions and years; reads the other domains' tables. */
@Module({
  imports: [PlansModule, FundingModule],
  controllers: [DashboardController],
  providers: [DashboardService],
  exports: [DashboardService],
})
export class DashboardModule {}
