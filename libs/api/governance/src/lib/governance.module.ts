import { Module } from '@nestjs/common';
import { AccountsModule } from '@suunta/api-accounts';
import { PlansModule } from '@suunta/api-plans';
import { StrategyModule } from '@suunta/api-strategy';
import { CommentsController } from './comments.controller';
import { CommentsService } from './comments.service';
import { MeetingsController, NetworksController } from './governance.controller';
import { GovernanceSeeder } from './governance.seeder';
import { GovernanceService } from './governance.service';
import { MeetingCalendarService } from './meeting-calendar.service';
import { MinutesArchiveService } from './minutes/minutes-archive.service';
import { MinutesService } from './minutes/minutes.service';
import { NetworksService } from './minutes/networks.service';
import { SteeringGroupSeeder } from './steering-groups/steering-group.seeder';
import { SteeringGroupService } from './steering-groups/steering-group.service';
import { SteeringGroupsController } from './steering-groups/steering-groups.controller';

/**
 * Regional steering groups with members and deputies over time (the annual report copies a
 * group's composition from `SteeringGroupService`). Meetings of governing bodies with their minute items (proposal, discussion, decision) and the
 * network register, both linked to focus areas. Written in Suunta (minutes with their lifecycle, networks); seeded from tools/seed-data.
 * Comments on a focus area for a year (board, management, admins write).
 */
@Module({
  imports: [AccountsModule, PlansModule, StrategyModule],
  controllers: [MeetingsController, NetworksController, CommentsController, SteeringGroupsController],
  providers: [MinutesArchiveService, GovernanceService, MinutesService, NetworksService, GovernanceSeeder, CommentsService, SteeringGroupService, SteeringGroupSeeder, MeetingCalendarService],
  exports: [MinutesArchiveService, GovernanceService, SteeringGroupService, MeetingCalendarService],
})
export class GovernanceModule {}
