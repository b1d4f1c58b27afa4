import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequireRoles, UuidParam } from '@suunta/api-core';
import type { InviteDto, SessionUser, UserDto } from '@suunta/shared-domain';
import { CreateUserDto, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@RequireRoles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ description: "The organization's accounts with roles, regions and status" })
  list(@CurrentUser() admin: SessionUser): Promise<UserDto[]> {
    return this.users.list(admin);
  }

  @Post()
  @ApiOperation({
    summary: 'Invite a user',
    description: 'Creates the account with its roles and regions and returns a one-time invitation link (valid 7 days) for the admin to pass on.',
  })
  @ApiCreatedResponse({ description: 'The account and its invitation token (shown this once)' })
  invite(@CurrentUser() admin: SessionUser, @Body() dto: CreateUserDto): Promise<InviteDto> {
    return this.users.invite(admin, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: "Change a user's name, roles, regions, or enable/disable the account" })
  @ApiConflictResponse({ description: 'Stale version, or the change would leave the organization without an admin' })
  update(@CurrentUser() admin: SessionUser, @UuidParam('id') id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return this.users.update(admin, id, dto);
  }

  @Post(':id/invite')
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'A new one-time link to set the password (first sign-in or forgotten password)' })
  reissueInvite(@CurrentUser() admin: SessionUser, @UuidParam('id') id: string): Promise<InviteDto> {
    return this.users.reissueInvite(admin, id);
  }
}
