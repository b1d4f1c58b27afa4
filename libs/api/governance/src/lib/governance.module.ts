import { Module } from '@nestjs/common';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { MeetingsController, NetworksController } from './governance.controller';
import { GovernanceSeeder } from './governance.seeder';
import { GovernanceService } from './governance.service';

/**
 * Meetings of governing bodies with their minute items (proposal, discussion, decision) and the
 * network register, both linked to focus areas. Read-only over HTTP; loaded from tools/seed-data.
 * Comments on a focus area for a year (board, management, admins write).
 */
@Module({
  controllers: [MeetingsController, NetworksController, CommentsController],
  providers: [GovernanceService, GovernanceSeeder, CommentsService],
  exports: [GovernanceService],
})
export class GovernanceModule {}
