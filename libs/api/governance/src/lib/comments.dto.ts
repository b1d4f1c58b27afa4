import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Stacked, trimText } from '@suunta/api-core';
import { COMMENT_MAX_LENGTH } from '@suunta/shared-domain';
import type { CommentQuery, CreateCommentDto, UpdateCommentDto } from '@suunta/shared-domain';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';

/** A comment's text, as written and as edited. */
const CommentText = () => Stacked(ApiProperty({ maxLength: COMMENT_MAX_LENGTH }), Transform(trimText), IsString(), IsNotEmpty(), MaxLength(COMMENT_MAX_LENGTH));

export class CommentQueryParams implements CommentQuery {
  @ApiProperty() @IsUUID() focusAreaId!: string;
  @ApiProperty({ example: 2020 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiPropertyOptional({ description: "Only this region's comments" }) @IsOptional() @IsUUID() regionId?: string;
}

export class CreateCommentBody implements CreateCommentDto {
  @ApiProperty() @IsUUID() focusAreaId!: string;
  @ApiProperty({ example: 2020 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiPropertyOptional({ nullable: true, description: 'NULL/absent: about the whole organization' })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsUUID()
  regionId?: string | null;
  @CommentText()
  body!: string;
}

export class UpdateCommentBody implements UpdateCommentDto {
  @CommentText()
  body!: string;
  @ApiProperty({ description: 'The version read; 409 when someone saved since' }) @IsInt() @Min(1) version!: number;
}

export class DeleteCommentParams {
  @ApiProperty({ description: 'The version read; 409 when someone saved since' }) @Type(() => Number) @IsInt() @Min(1) version!: number;
}
