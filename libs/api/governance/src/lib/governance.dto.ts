import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';

export class GovernanceQuery {
  @ApiPropertyOptional({ description: 'Only this region' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ description: 'Only meetings with an item (or networks) linked to this focus area' }) @IsOptional() @IsUUID() focusAreaId?: string;
}

export class SteeringGroupQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ example: '2020-12-31' }) @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/) on?: string;
}
