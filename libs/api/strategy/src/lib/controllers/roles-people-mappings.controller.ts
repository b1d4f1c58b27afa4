import { Body, Controller, HttpStatus, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentUser, DeleteRoute, GetRoute, PatchRoute, PostRoute, PutRoute, UuidParam } from '@suunta/api-core';
import type { FocusAreaMappingDto, PersonDto, ResponsibleRoleDto, SessionUser } from '@suunta/shared-domain';
import { IsOptional, IsUUID } from 'class-validator';
import { OptionalVersionQuery, ReorderDto, VersionDto } from '../dto/common.dto';
import { CreateFocusAreaMappingDto, FocusAreaMappingQuery } from '../dto/mapping.dto';
import { FocusAreaMappingResponse, PersonResponse, ResponsibleRoleResponse } from '../dto/responses.dto';
import { CreatePersonDto, CreateResponsibleRoleDto, UpdatePersonDto, UpdateResponsibleRoleDto } from '../dto/role-person.dto';
import { FocusAreaMappingService } from '../services/focus-area-mapping.service';
import { RolePersonService } from '../services/role-person.service';
import { read, write, writeNoContent } from './api-docs.util';

const Id = () => UuidParam('id');

class PeopleQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only people who hold this role' })
  @IsOptional()
  @IsUUID()
  roleId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only people of this region' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

@ApiTags('strategy roles and people')
@Controller('responsible-roles')
export class ResponsibleRolesController {
  constructor(private readonly service: RolePersonService) {}

  @GetRoute(read({ summary: 'The roles and bodies the strategy names responsibilities to, in display order', ok: [ResponsibleRoleResponse] }))
  list(@CurrentUser() user: SessionUser): Promise<ResponsibleRoleDto[]> {
    return this.service.listRoles(user.organizationId);
  }

  @PostRoute(write({ ok: ResponsibleRoleResponse, conflict: 'The code is taken' }))
  create(@CurrentUser() user: SessionUser, @Body() body: CreateResponsibleRoleDto): Promise<ResponsibleRoleDto> {
    return this.service.createRole(user, body);
  }

  @PutRoute('order', writeNoContent('Reordered', { conflict: 'The list does not match the current roles' }))
  async reorder(@CurrentUser() user: SessionUser, @Body() body: ReorderDto): Promise<void> {
    await this.service.reorderRoles(user, body);
  }

  @GetRoute(':id', read({ ok: ResponsibleRoleResponse }))
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<ResponsibleRoleDto> {
    return this.service.getRole(user.organizationId, id);
  }

  @PatchRoute(':id', write({ ok: ResponsibleRoleResponse, conflict: 'Stale version, or the code is taken' }))
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateResponsibleRoleDto): Promise<ResponsibleRoleDto> {
    return this.service.updateRole(user, id, body);
  }

  @PostRoute(':id/retire', write({
    status: HttpStatus.OK,
    summary: 'Retire a role',
    description: 'The role stays on every action, criterion, approval and person that already names it, but is refused (400 role_retired) for new links.',
    ok: ResponsibleRoleResponse,
    conflict: 'Stale version, or already retired',
  }))
  retire(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: VersionDto): Promise<ResponsibleRoleDto> {
    return this.service.setRoleRetired(user, id, body.version, true);
  }

  @PostRoute(':id/reinstate', write({
    status: HttpStatus.OK,
    summary: 'Make a retired role available for new links again',
    ok: ResponsibleRoleResponse,
    conflict: 'Stale version, or not retired',
  }))
  reinstate(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: VersionDto): Promise<ResponsibleRoleDto> {
    return this.service.setRoleRetired(user, id, body.version, false);
  }

  @DeleteRoute(':id', writeNoContent('Deleted', { conflict: 'The role is still named by actions or criteria, held by people or approved a strategy' }))
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.service.deleteRole(user, id, query.version);
  }
}

@ApiTags('strategy roles and people')
@Controller('people')
export class PeopleController {
  constructor(private readonly service: RolePersonService) {}

  @GetRoute(read({ ok: [PersonResponse] }))
  list(@CurrentUser() user: SessionUser, @Query() query: PeopleQuery): Promise<PersonDto[]> {
    return this.service.listPeople(user.organizationId, query);
  }

  @PostRoute(write({ ok: PersonResponse }))
  create(@CurrentUser() user: SessionUser, @Body() body: CreatePersonDto): Promise<PersonDto> {
    return this.service.createPerson(user, body);
  }

  @PutRoute('order', writeNoContent('Reordered', { conflict: 'The list does not match the current people' }))
  async reorder(@CurrentUser() user: SessionUser, @Body() body: ReorderDto): Promise<void> {
    await this.service.reorderPeople(user, body);
  }

  @GetRoute(':id', read({ ok: PersonResponse }))
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<PersonDto> {
    return this.service.getPerson(user.organizationId, id);
  }

  @PatchRoute(':id', write({ ok: PersonResponse, conflict: 'Stale version' }))
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdatePersonDto): Promise<PersonDto> {
    return this.service.updatePerson(user, id, body);
  }

  @PostRoute(':id/retire', write({
    status: HttpStatus.OK,
    summary: 'Retire a person: still shown where named, no longer offered for new assignments',
    ok: PersonResponse,
    conflict: 'Stale version, or already retired',
  }))
  retire(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: VersionDto): Promise<PersonDto> {
    return this.service.setPersonRetired(user, id, body.version, true);
  }

  @PostRoute(':id/reinstate', write({
    status: HttpStatus.OK,
    summary: 'Make a retired person active again',
    ok: PersonResponse,
    conflict: 'Stale version, or not retired',
  }))
  reinstate(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: VersionDto): Promise<PersonDto> {
    return this.service.setPersonRetired(user, id, body.version, false);
  }

  @DeleteRoute(':id', writeNoContent('Deleted'))
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.service.deletePerson(user, id, query.version);
  }
}

@ApiTags('strategy')
@Controller('focus-area-mappings')
export class FocusAreaMappingsController {
  constructor(private readonly service: FocusAreaMappingService) {}

  @GetRoute(read({ summary: 'Mappings between focus areas of different strategy versions', ok: [FocusAreaMappingResponse] }))
  list(@CurrentUser() user: SessionUser, @Query() query: FocusAreaMappingQuery): Promise<FocusAreaMappingDto[]> {
    return this.service.list(user.organizationId, query.strategyId);
  }

  @PostRoute(write({
    summary: 'Map a focus area to its continuation in another version',
    description: 'Allowed also between approved strategies: a mapping describes how versions relate, not their content.',
    ok: FocusAreaMappingResponse,
    conflict: 'Already mapped, or mapped the other way round',
  }))
  create(@CurrentUser() user: SessionUser, @Body() body: CreateFocusAreaMappingDto): Promise<FocusAreaMappingDto> {
    return this.service.create(user, body);
  }

  @GetRoute(':id', read({ ok: FocusAreaMappingResponse }))
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<FocusAreaMappingDto> {
    return this.service.get(user.organizationId, id);
  }

  @DeleteRoute(':id', writeNoContent('Deleted'))
  async delete(@CurrentUser() user: SessionUser, @Id() id: string): Promise<void> {
    await this.service.delete(user, id);
  }
}
