import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant } from '@suunta/api-core';
import type { AuditQuery } from '@suunta/shared-domain';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export const AUDIT_PAGE_MAX = 500;

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ example: 'criterion' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'entityType must be a snake_case name' })
  entityType?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'update' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: 'action must be a snake_case name' })
  action?: string;

  @ApiPropertyOptional({ description: "Text in the object's name (title, name or e-mail as recorded), case-insensitive" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'From this instant (inclusive), ISO-8601' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Until this instant (exclusive), ISO-8601' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ default: 50, maximum: AUDIT_PAGE_MAX })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}
