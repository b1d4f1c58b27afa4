import { Module } from '@nestjs/common';
import { FundingController } from './funding.controller';
import { FundingSeeder } from './funding.seeder';
import { FundingService } from './funding.service';

/**
 * Funding per year and source (state subsidy with earmarks, municipal contributions, project
 * funding), with linked documents. Every signed-in role reads; management and admins write.
 * Other domains (the board pack) read the figures through the exported `FundingService`.
 */
@Module({
  controllers: [FundingController],
  providers: [FundingService, FundingSeeder],
  exports: [FundingService],
})
export class FundingModule {}
