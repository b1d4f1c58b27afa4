import { Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, GetRoute, PatchRoute, PostRoute, RequireRoles, UuidParam } from '@suunta/api-core';
import type { InviteDto, SessionUser, UserDto } from '@suunta/shared-domain';
import { CreateUserDto, UpdateUserDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@RequireRoles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @GetRoute({ ok: "The organization's accounts with roles, regions and status" })
  list(@CurrentUser() admin: SessionUser): Promise<UserDto[]> {
    return this.users.list(admin);
  }

  @PostRoute({
    summary: 'Invite a user',
    description: 'Creates the account with its roles and regions and returns a one-time invitation link (valid 7 days) for the admin to pass on.',
    ok: 'The account and its invitation token (shown this once)',
  })
  invite(@CurrentUser() admin: SessionUser, @Body() dto: CreateUserDto): Promise<InviteDto> {
    return this.users.invite(admin, dto);
  }

  @PatchRoute(':id', {
    summary: "Change a user's name, roles, regions, or enable/disable the account",
    conflict: 'Stale version, or the change would leave the organization without an admin',
  })
  update(@CurrentUser() admin: SessionUser, @UuidParam('id') id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return this.users.update(admin, id, dto);
  }

  @PostRoute(':id/invite', { summary: 'A new one-time link to set the password (first sign-in or forgotten password)' })
  reissueInvite(@CurrentUser() admin: SessionUser, @UuidParam('id') id: string): Promise<InviteDto> {
    return this.users.reissueInvite(admin, id);
  }
}
