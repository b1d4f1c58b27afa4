import { Module } from '@nestjs/common';
import { StrategyModule } from '@suunta/api-strategy';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsSeeder } from './indicators.seeder';
import { IndicatorsService } from './indicators.service';

/**
 * THL Sotkanet context indicators: the indicators management chose, each linked to a focus area
 * (read through api-strategy's `StrategyReadService`), their values per region fetched by the
 * `indicators.sync` job or uploaded as a Sotkanet CSV export. Other domains (the status page, the
 * board pack) read them through the exported `IndicatorsService` (`list`, `trends`).
 */
@Module({
  imports: [StrategyModule],
  controllers: [IndicatorsController],
  providers: [IndicatorsService, IndicatorsSeeder],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
