import { Module } from '@nestjs/common';
import { AccountsModule } from '@suunta/api-accounts';
import { GovernanceModule } from '@suunta/api-governance';
import { PlansModule } from '@suunta/api-plans';
import { StrategyModule } from '@suunta/api-strategy';
import { Clock } from './clock';
import { ReminderDutiesService } from './reminder-duties.service';
import { ReminderRunService } from './reminder-run.service';
import { ReminderSubscriptionService } from './reminder-subscription.service';
import { RemindersController } from './reminders.controller';

/**
 * Update cadence and reminders: duties (owner and cadence of each criterion and yearly action),
 * the daily digest run on the job queue, the unsubscribe/snooze link and the missing-owner
 * monitor. See the lib's README.
 */
@Module({
  imports: [AccountsModule, StrategyModule, PlansModule, GovernanceModule],
  controllers: [RemindersController],
  providers: [Clock, ReminderDutiesService, ReminderRunService, ReminderSubscriptionService],
  exports: [ReminderDutiesService, ReminderRunService, Clock],
})
export class RemindersModule {}
