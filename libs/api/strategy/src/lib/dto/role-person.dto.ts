import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  CreatePersonInput,
  CreateResponsibleRoleInput,
  ResponsibleRoleKind,
  ResponsibleRoleScope,
  UpdatePersonInput,
  UpdateResponsibleRoleInput,
} from '@suunta/shared-domain';
import { RESPONSIBLE_ROLE_KINDS, RESPONSIBLE_ROLE_SCOPES, STRATEGY_LIMITS } from '@suunta/shared-domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsNotEmpty, IsUUID, Matches, Min, ValidateIf, ValidateNested } from 'class-validator';
import { LocalizedTextDto, RoleIds } from './common.dto';
import { Code } from './strategy.dto';
import { NullableText, OptionalRequiredText, RequiredText } from '@suunta/api-core';

const ROLE_CODE = /^[a-z][a-z0-9_]*$/;
const ROLE_CODE_MESSAGE = '$property must be lower-case letters, digits and "_", starting with a letter (e.g. development_planner)';

export class CreateResponsibleRoleDto implements CreateResponsibleRoleInput {
  @ApiProperty({ example: 'development_planner', description: 'Stable key, unique in the organization' })
  @RequiredText(STRATEGY_LIMITS.code)
  @Matches(ROLE_CODE, { message: ROLE_CODE_MESSAGE })
  code!: string;

  @ApiProperty({ enum: RESPONSIBLE_ROLE_KINDS, example: 'person' })
  @IsIn(RESPONSIBLE_ROLE_KINDS)
  kind!: ResponsibleRoleKind;

  @ApiPropertyOptional({ enum: RESPONSIBLE_ROLE_SCOPES, example: 'region', description: 'Default: organization' })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(RESPONSIBLE_ROLE_SCOPES)
  scope?: ResponsibleRoleScope;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  @IsNotEmpty()
  name!: LocalizedTextDto;
}

export class UpdateResponsibleRoleDto implements UpdateResponsibleRoleInput {
  @ApiPropertyOptional({ example: 'development_planner' })
  @OptionalRequiredText(STRATEGY_LIMITS.code)
  @Matches(ROLE_CODE, { message: ROLE_CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ enum: RESPONSIBLE_ROLE_KINDS })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(RESPONSIBLE_ROLE_KINDS)
  kind?: ResponsibleRoleKind;

  @ApiPropertyOptional({ enum: RESPONSIBLE_ROLE_SCOPES })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(RESPONSIBLE_ROLE_SCOPES)
  scope?: ResponsibleRoleScope;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @ValidateIf((_, value) => value !== undefined)
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  @IsNotEmpty()
  name?: LocalizedTextDto;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}

const RegionIds = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], format: 'uuid' }),
    ValidateIf((_, value) => value !== undefined),
    IsArray(),
    ArrayMaxSize(50),
    ArrayUnique(),
    IsUUID('all', { each: true }),
  );

/** What a person record holds besides its code and name: the same checks when created and edited. */
class PersonDetailsDto {
  @ApiPropertyOptional({ example: 'kehittämissuunnittelija', nullable: true })
  @NullableText(STRATEGY_LIMITS.shortText)
  title?: string | null;

  @ApiPropertyOptional({ example: 'SONet BOTNIA', nullable: true, description: 'The employer' })
  @NullableText(STRATEGY_LIMITS.shortText)
  organization?: string | null;

  @RoleIds()
  roleIds?: string[];

  @RegionIds()
  regionIds?: string[];
}

export class CreatePersonDto extends PersonDetailsDto implements CreatePersonInput {
  @ApiPropertyOptional({ example: 'iiris-jurvansuu', nullable: true })
  @Code()
  code?: string | null;

  @ApiProperty({ example: 'Iiris Jurvansuu' })
  @RequiredText(STRATEGY_LIMITS.shortText)
  name!: string;
}

export class UpdatePersonDto extends PersonDetailsDto implements UpdatePersonInput {
  @Code()
  code?: string | null;

  @ApiPropertyOptional({ example: 'Iiris Jurvansuu' })
  @OptionalRequiredText(STRATEGY_LIMITS.shortText)
  name?: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  version!: number;
}
