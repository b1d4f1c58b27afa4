import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Stacked, trimText } from '@suunta/api-core';
import { APP_ROLES, LANGUAGES } from '@suunta/shared-domain';
import type { AppRole, CreateUserRequest, LanguageCode, UpdateUserRequest } from '@suunta/shared-domain';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

/** An e-mail address as accounts are keyed by it: trimmed and lower-cased, at most 320 characters. */
export const EmailAddress = () =>
  Stacked(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsEmail({}, { message: 'email must be an e-mail address' }),
    MaxLength(320),
  );

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'kaisa.suunnittelija@example.fi' })
  @EmailAddress()
  email!: string;

  @ApiProperty({ example: 'Kaisa Suunnittelija' })
  @Transform(trimText)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(200)
  displayName!: string;

  @ApiProperty({ enum: APP_ROLES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(APP_ROLES as AppRole[], { each: true, message: `each role must be one of ${APP_ROLES.join(', ')}` })
  roles!: AppRole[];

  @ApiProperty({ type: [String], description: 'Regions a planner may write to' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  regionIds!: string[];

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Language of the e-mails to this user (default fi)' })
  @IsOptional()
  @IsIn(LANGUAGES as LanguageCode[], { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: LanguageCode;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiProperty({ description: 'The version the client read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @Transform(trimText)
  @IsString()
  @MinLength(1, { message: 'displayName must not be empty' })
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: APP_ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(APP_ROLES as AppRole[], { each: true, message: `each role must be one of ${APP_ROLES.join(', ')}` })
  roles?: AppRole[];

  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  regionIds?: string[];

  @ApiPropertyOptional({ description: 'false disables the account and ends its sessions' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'Language of the e-mails to this user (default fi)' })
  @IsOptional()
  @IsIn(LANGUAGES as LanguageCode[], { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language?: LanguageCode;
}
