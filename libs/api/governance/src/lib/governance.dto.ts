import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate } from '@suunta/api-core';
import { IsOptional, IsUUID } from 'class-validator';

export class GovernanceQuery {
  @ApiPropertyOptional({ description: 'Only this region' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ description: 'Only meetings with an item (or networks) linked to this focus area' }) @IsOptional() @IsUUID() focusAreaId?: string;
}

export class SteeringGroupQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ example: '2020-12-31' }) @IsOptional() @IsCalendarDate() on?: string;
}
