import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CurrentUser, UuidParam } from '@suunta/api-core';
import type { FocusAreaMappingDto, PersonDto, ResponsibleRoleDto, SessionUser } from '@suunta/shared-domain';
import { IsOptional, IsUUID } from 'class-validator';
import { OptionalVersionQuery, ReorderDto, VersionDto } from '../dto/common.dto';
import { CreateFocusAreaMappingDto, FocusAreaMappingQuery } from '../dto/mapping.dto';
import { FocusAreaMappingResponse, PersonResponse, ResponsibleRoleResponse } from '../dto/responses.dto';
import { CreatePersonDto, CreateResponsibleRoleDto, UpdatePersonDto, UpdateResponsibleRoleDto } from '../dto/role-person.dto';
import { FocusAreaMappingService } from '../services/focus-area-mapping.service';
import { RolePersonService } from '../services/role-person.service';
import { ApiConflict, NoContent, ReadAccess, WriteAccess } from './api-docs.util';

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

  @Get()
  @ReadAccess()
  @ApiOperation({ summary: 'The roles and bodies the strategy names responsibilities to, in display order' })
  @ApiOkResponse({ type: [ResponsibleRoleResponse] })
  list(@CurrentUser() user: SessionUser): Promise<ResponsibleRoleDto[]> {
    return this.service.listRoles(user.organizationId);
  }

  @Post()
  @WriteAccess()
  @ApiCreatedResponse({ type: ResponsibleRoleResponse })
  @ApiConflict('The code is taken')
  create(@CurrentUser() user: SessionUser, @Body() body: CreateResponsibleRoleDto): Promise<ResponsibleRoleDto> {
    return this.service.createRole(user, body);
  }

  @Put('order')
  @WriteAccess()
  @NoContent('Reordered')
  @ApiConflict('The list does not match the current roles')
  async reorder(@CurrentUser() user: SessionUser, @Body() body: ReorderDto): Promise<void> {
    await this.service.reorderRoles(user, body);
  }

  @Get(':id')
  @ReadAccess()
  @ApiOkResponse({ type: ResponsibleRoleResponse })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<ResponsibleRoleDto> {
    return this.service.getRole(user.organizationId, id);
  }

  @Patch(':id')
  @WriteAccess()
  @ApiOkResponse({ type: ResponsibleRoleResponse })
  @ApiConflict('Stale version, or the code is taken')
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdateResponsibleRoleDto): Promise<ResponsibleRoleDto> {
    return this.service.updateRole(user, id, body);
  }

  @Post(':id/retire')
  @WriteAccess()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Retire a role',
    description: 'The role stays on every action, criterion, approval and person that already names it, but is refused (400 role_retired) for new links.',
  })
  @ApiOkResponse({ type: ResponsibleRoleResponse })
  @ApiConflict('Stale version, or already retired')
  retire(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: VersionDto): Promise<ResponsibleRoleDto> {
    return this.service.setRoleRetired(user, id, body.version, true);
  }

  @Post(':id/reinstate')
  @WriteAccess()
  @HttpCode(200)
  @ApiOperation({ summary: 'Make a retired role available for new links again' })
  @ApiOkResponse({ type: ResponsibleRoleResponse })
  @ApiConflict('Stale version, or not retired')
  reinstate(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: VersionDto): Promise<ResponsibleRoleDto> {
    return this.service.setRoleRetired(user, id, body.version, false);
  }

  @Delete(':id')
  @WriteAccess()
  @NoContent('Deleted')
  @ApiConflict('The role is still named by actions or criteria, held by people or approved a strategy')
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.service.deleteRole(user, id, query.version);
  }
}

@ApiTags('strategy roles and people')
@Controller('people')
export class PeopleController {
  constructor(private readonly service: RolePersonService) {}

  @Get()
  @ReadAccess()
  @ApiOkResponse({ type: [PersonResponse] })
  list(@CurrentUser() user: SessionUser, @Query() query: PeopleQuery): Promise<PersonDto[]> {
    return this.service.listPeople(user.organizationId, query);
  }

  @Post()
  @WriteAccess()
  @ApiCreatedResponse({ type: PersonResponse })
  create(@CurrentUser() user: SessionUser, @Body() body: CreatePersonDto): Promise<PersonDto> {
    return this.service.createPerson(user, body);
  }

  @Put('order')
  @WriteAccess()
  @NoContent('Reordered')
  @ApiConflict('The list does not match the current people')
  async reorder(@CurrentUser() user: SessionUser, @Body() body: ReorderDto): Promise<void> {
    await this.service.reorderPeople(user, body);
  }

  @Get(':id')
  @ReadAccess()
  @ApiOkResponse({ type: PersonResponse })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<PersonDto> {
    return this.service.getPerson(user.organizationId, id);
  }

  @Patch(':id')
  @WriteAccess()
  @ApiOkResponse({ type: PersonResponse })
  @ApiConflict('Stale version')
  update(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: UpdatePersonDto): Promise<PersonDto> {
    return this.service.updatePerson(user, id, body);
  }

  @Post(':id/retire')
  @WriteAccess()
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire a person: still shown where named, no longer offered for new assignments' })
  @ApiOkResponse({ type: PersonResponse })
  @ApiConflict('Stale version, or already retired')
  retire(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: VersionDto): Promise<PersonDto> {
    return this.service.setPersonRetired(user, id, body.version, true);
  }

  @Post(':id/reinstate')
  @WriteAccess()
  @HttpCode(200)
  @ApiOperation({ summary: 'Make a retired person active again' })
  @ApiOkResponse({ type: PersonResponse })
  @ApiConflict('Stale version, or not retired')
  reinstate(@CurrentUser() user: SessionUser, @Id() id: string, @Body() body: VersionDto): Promise<PersonDto> {
    return this.service.setPersonRetired(user, id, body.version, false);
  }

  @Delete(':id')
  @WriteAccess()
  @NoContent('Deleted')
  async delete(@CurrentUser() user: SessionUser, @Id() id: string, @Query() query: OptionalVersionQuery): Promise<void> {
    await this.service.deletePerson(user, id, query.version);
  }
}

@ApiTags('strategy')
@Controller('focus-area-mappings')
export class FocusAreaMappingsController {
  constructor(private readonly service: FocusAreaMappingService) {}

  @Get()
  @ReadAccess()
  @ApiOperation({ summary: 'Mappings between focus areas of different strategy versions' })
  @ApiOkResponse({ type: [FocusAreaMappingResponse] })
  list(@CurrentUser() user: SessionUser, @Query() query: FocusAreaMappingQuery): Promise<FocusAreaMappingDto[]> {
    return this.service.list(user.organizationId, query.strategyId);
  }

  @Post()
  @WriteAccess()
  @ApiOperation({
    summary: 'Map a focus area to its continuation in another version',
    description: 'Allowed also between approved strategies: a mapping describes how versions relate, not their content.',
  })
  @ApiCreatedResponse({ type: FocusAreaMappingResponse })
  @ApiConflict('Already mapped, or mapped the other way round')
  create(@CurrentUser() user: SessionUser, @Body() body: CreateFocusAreaMappingDto): Promise<FocusAreaMappingDto> {
    return this.service.create(user, body);
  }

  @Get(':id')
  @ReadAccess()
  @ApiOkResponse({ type: FocusAreaMappingResponse })
  get(@CurrentUser() user: SessionUser, @Id() id: string): Promise<FocusAreaMappingDto> {
    return this.service.get(user.organizationId, id);
  }

  @Delete(':id')
  @WriteAccess()
  @NoContent('Deleted')
  async delete(@CurrentUser() user: SessionUser, @Id() id: string): Promise<void> {
    await this.service.delete(user, id);
  }
}
