import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser, Public, RequireRoles, UuidParam } from '@suunta/api-core';
import type { MissingOwnersDto, ReminderDutyDto, ReminderSettingsDto, ReminderSubscriptionResultDto, SessionUser } from '@suunta/shared-domain';
import { ReminderDutiesService } from './reminder-duties.service';
import { ReminderSubscriptionService } from './reminder-subscription.service';
import { DeleteReminderDutyParams, MissingOwnersQuery, ReminderSubscriptionBody, SetReminderDutyBody, UpdateReminderSettingsBody } from './reminders.dto';

@ApiTags('reminders')
@Controller('reminders')
export class RemindersController {
  constructor(
    private readonly duties: ReminderDutiesService,
    private readonly subscriptions: ReminderSubscriptionService,
  ) {}

  @Get('duties')
  @Authenticated()
  @ApiOperation({ summary: 'Who keeps each criterion and yearly action up to date, and how often' })
  @ApiOkResponse({ description: 'ReminderDutyDto[]' })
  list(@CurrentUser() user: SessionUser): Promise<ReminderDutyDto[]> {
    return this.duties.list(user.organizationId);
  }

  @Put('duties')
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: "Set an item's owner (a person or a role) and cadence; replaces its duty (give its version)" })
  @ApiOkResponse({ description: 'ReminderDutyDto' })
  @ApiBadRequestResponse({ description: 'Unknown item or person, a disabled person, both or neither owner given' })
  @ApiConflictResponse({ description: 'The duty changed since it was read (stale or missing version)' })
  set(@CurrentUser() user: SessionUser, @Body() body: SetReminderDutyBody): Promise<ReminderDutyDto> {
    return this.duties.set(user, body);
  }

  @Delete('duties/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Clear an item’s owner and cadence' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  remove(@CurrentUser() user: SessionUser, @UuidParam('id') id: string, @Query() query: DeleteReminderDutyParams): Promise<void> {
    return this.duties.remove(user, id, query.version);
  }

  @Get('missing-owners')
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: "This year's criteria and yearly actions with no owner, a disabled owner, or a role nobody active holds" })
  @ApiOkResponse({ description: 'MissingOwnersDto' })
  missingOwners(@CurrentUser() user: SessionUser, @Query() query: MissingOwnersQuery): Promise<MissingOwnersDto> {
    return this.duties.missingOwners(user.organizationId, query.year);
  }

  @Get('settings')
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'How many days before a due date reminders go out' })
  @ApiOkResponse({ description: 'ReminderSettingsDto' })
  settings(@CurrentUser() user: SessionUser): Promise<ReminderSettingsDto> {
    return this.duties.settings(user.organizationId);
  }

  @Put('settings')
  @RequireRoles('management', 'admin')
  @ApiOperation({ summary: 'Change how many days before a due date reminders go out' })
  @ApiOkResponse({ description: 'ReminderSettingsDto' })
  @ApiConflictResponse({ description: 'Changed since it was read (stale version)' })
  updateSettings(@CurrentUser() user: SessionUser, @Body() body: UpdateReminderSettingsBody): Promise<ReminderSettingsDto> {
    return this.duties.updateSettings(user, body);
  }

  @Post('subscription')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Snooze (30 days), stop or resume your reminders with the link of a reminder mail (no sign-in)' })
  @ApiOkResponse({ description: 'ReminderSubscriptionResultDto' })
  @ApiBadRequestResponse({ description: 'An unknown or expired link (code reminder_link_invalid)' })
  subscription(@Body() body: ReminderSubscriptionBody): Promise<ReminderSubscriptionResultDto> {
    return this.subscriptions.apply(body);
  }
}
