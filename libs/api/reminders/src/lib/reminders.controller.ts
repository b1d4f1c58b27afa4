import { Body, Controller, HttpStatus, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PostRoute, PutRoute, STALE_VERSION, UuidParam } from '@suunta/api-core';
import type { MissingOwnersDto, ReminderDutyDto, ReminderSettingsDto, ReminderSubscriptionResultDto, SessionUser } from '@suunta/shared-domain';
import { ReminderDutiesService } from './reminder-duties.service';
import { ReminderSubscriptionService } from './reminder-subscription.service';
import { DeleteReminderDutyParams, MissingOwnersQuery, ReminderSubscriptionBody, SetReminderDutyBody, UpdateReminderSettingsBody } from './reminders.dto';

/** Who assigns duties and sets the reminder settings: the management group and admins. */
const MANAGERS = ['management', 'admin'] as const;

@ApiTags('reminders')
@Controller('reminders')
export class RemindersController {
  constructor(
    private readonly duties: ReminderDutiesService,
    private readonly subscriptions: ReminderSubscriptionService,
  ) {}

  @GetRoute('duties', { access: 'authenticated', summary: 'Who keeps each criterion and yearly action up to date, and how often', ok: 'ReminderDutyDto[]' })
  list(@CurrentUser() user: SessionUser): Promise<ReminderDutyDto[]> {
    return this.duties.list(user.organizationId);
  }

  @PutRoute('duties', {
    access: MANAGERS,
    summary: "Set an item's owner (a person or a role) and cadence; replaces its duty (give its version)",
    ok: 'ReminderDutyDto',
    badRequest: 'Unknown item or person, a disabled person, both or neither owner given',
    conflict: 'The duty changed since it was read (stale or missing version)',
  })
  set(@CurrentUser() user: SessionUser, @Body() body: SetReminderDutyBody): Promise<ReminderDutyDto> {
    return this.duties.set(user, body);
  }

  @DeleteRoute('duties/:id', { access: MANAGERS, status: HttpStatus.NO_CONTENT, summary: 'Clear an item’s owner and cadence', ok: 'Removed', conflict: STALE_VERSION })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DeleteReminderDutyParams): Promise<void> {
    return this.duties.remove(user, id, query.version);
  }

  @GetRoute('missing-owners', {
    access: MANAGERS,
    summary: "This year's criteria and yearly actions with no owner, a disabled owner, or a role nobody active holds",
    ok: 'MissingOwnersDto',
  })
  missingOwners(@CurrentUser() user: SessionUser, @Query() query: MissingOwnersQuery): Promise<MissingOwnersDto> {
    return this.duties.missingOwners(user.organizationId, query.year);
  }

  @GetRoute('settings', { access: MANAGERS, summary: 'How many days before a due date reminders go out', ok: 'ReminderSettingsDto' })
  settings(@CurrentUser() user: SessionUser): Promise<ReminderSettingsDto> {
    return this.duties.settings(user.organizationId);
  }

  @PutRoute('settings', { access: MANAGERS, summary: 'Change how many days before a due date reminders go out', ok: 'ReminderSettingsDto', conflict: STALE_VERSION })
  updateSettings(@CurrentUser() user: SessionUser, @Body() body: UpdateReminderSettingsBody): Promise<ReminderSettingsDto> {
    return this.duties.updateSettings(user, body);
  }

  @PostRoute('subscription', {
    access: 'public',
    status: HttpStatus.OK,
    summary: 'Snooze (30 days), stop or resume your reminders with the link of a reminder mail (no sign-in)',
    ok: 'ReminderSubscriptionResultDto',
    badRequest: 'An unknown or expired link (code reminder_link_invalid)',
  })
  subscription(@Body() body: ReminderSubscriptionBody): Promise<ReminderSubscriptionResultDto> {
    return this.subscriptions.apply(body);
  }
}
