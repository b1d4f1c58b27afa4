import { ApiProperty } from '@nestjs/swagger';
import { LANGUAGES, PASSWORD_MAX_LENGTH } from '@suunta/shared-domain';
import type { AcceptInviteRequest, ChangePasswordRequest, ForgotPasswordRequest, LanguageCode, LoginRequest, ResetPasswordRequest, UpdateOwnAccountRequest } from '@suunta/shared-domain';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'planner.kp@demo.suunta.fi' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

/** Length and commonness are checked by the password policy, which names the problem. */
export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 12 characters, not a common password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  newPassword!: string;
}

export class AcceptInviteDto implements AcceptInviteRequest {
  @ApiProperty({ description: 'The token of the invitation link' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;

  @ApiProperty({ description: 'At least 12 characters, not a common password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

export class ForgotPasswordDto implements ForgotPasswordRequest {
  @ApiProperty({ example: 'kaisa.suunnittelija@example.fi' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email!: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'The token of the mailed reset link' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token!: string;

  @ApiProperty({ description: 'At least 12 characters, not a common password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;
}

export class UpdateOwnAccountDto implements UpdateOwnAccountRequest {
  @ApiProperty({ enum: LANGUAGES, description: 'The language of your e-mails' })
  @IsIn(LANGUAGES as LanguageCode[], { message: `language must be one of ${LANGUAGES.join(', ')}` })
  language!: LanguageCode;
}
