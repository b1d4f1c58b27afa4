import { Module } from '@nestjs/common';
import { AccountsModule } from '@suunta/api-accounts';
import { GovernanceModule } from '@suunta/api-governance';
import { PlansModule } from '@suunta/api-plans';
import { RemindersModule } from '@suunta/api-reminders';
import { SurveysModule } from '@suunta/api-surveys';
import { MeetingDigestController } from './meeting-digest.controller';
import { MeetingDigestService } from './meeting-digest.service';

/**
 * The meeting digest (issue 18.2): what changed for a body between its meetings, as a page and a
 * PDF, made by a job when a meeting is scheduled. Reads every domain through its exports; owns
 * only `meeting_digest` (the stored snapshot). See the lib's README.
 */
@Module({
  imports: [AccountsModule, GovernanceModule, PlansModule, SurveysModule, RemindersModule],
  controllers: [MeetingDigestController],
  providers: [MeetingDigestService],
  exports: [MeetingDigestService],
})
export class DigestModule {}
