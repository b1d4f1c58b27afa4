import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class GovernanceQuery {
  @ApiPropertyOptional({ description: 'Only this region' }) @IsOptional() @IsUUID() regionId?: string;
  @ApiPropertyOptional({ description: 'Only meetings with an item (or networks) linked to this focus area' }) @IsOptional() @IsUUID() focusAreaId?: string;
}
