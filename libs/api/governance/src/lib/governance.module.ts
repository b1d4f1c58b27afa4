import { Module } from '@nestjs/common';
import { MeetingsController, NetworksController } from './governance.controller';
import { GovernanceSeeder } from './governance.seeder';
import { GovernanceService } from './governance.service';

/**
 * Meetings of governing bodies with their minute items (proposal, discussion, decision) and the
 * network register, both linked to focus areas. Read-only over HTTP; loaded from tools/seed-data.
 */
@Module({
  controllers: [MeetingsController, NetworksController],
  providers: [GovernanceService, GovernanceSeeder],
  exports: [GovernanceService],
})
export class GovernanceModule {}
