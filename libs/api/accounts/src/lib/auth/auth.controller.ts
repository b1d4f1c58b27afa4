import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Authenticated, CurrentUser, Public } from '@suunta/api-core';
import type { SessionUser } from '@suunta/shared-domain';
import type { FastifyReply as Response } from 'fastify';
import { clearAuthCookies, setSessionCookie, setXsrfCookie } from '../session/cookies';
import { type AuthenticatedRequest, headerOf } from '../session/session.types';
import { AcceptInviteDto, ChangePasswordDto, ForgotPasswordDto, LoginDto, ResetPasswordDto, UpdateOwnAccountDto } from './auth.dto';
import { AuthService, ClientInfo } from './auth.service';
import { TooManyAttemptsException } from './login-throttle.service';
import { PasswordResetService, TooManyResetRequestsException } from './password-reset.service';

function client(req: AuthenticatedRequest): ClientInfo {
  return { ip: req.ip ?? 'unknown', userAgent: headerOf(req, 'user-agent') ?? null };
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with e-mail and password',
    description:
      'Sets the HttpOnly session cookie and a new XSRF-TOKEN cookie. Like every mutating request it needs the X-XSRF-TOKEN header ' +
      '(the value of the XSRF-TOKEN cookie any earlier answer set). Failures are rate-limited per account and per address.',
  })
  @ApiOkResponse({ description: 'The signed-in user' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (the same answer for unknown e-mails and disabled accounts)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed sign-ins; see Retry-After' })
  async login(@Body() dto: LoginDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<SessionUser> {
    const result = await this.auth.login(dto, client(req), req.session?.id).catch((error: unknown) => {
      if (error instanceof TooManyAttemptsException) {
        res.header('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    });
    setSessionCookie(req, res, result.token);
    setXsrfCookie(req, res, result.csrfToken);
    return result.user;
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: ends the session on the server and clears the cookies' })
  @ApiNoContentResponse()
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.user, req.session?.id, client(req));
    clearAuthCookies(req, res);
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user, with roles and (for planners) regions' })
  @ApiOkResponse({ description: 'The signed-in user' })
  @ApiUnauthorizedResponse({ description: 'No live session' })
  me(@CurrentUser() user: SessionUser): SessionUser {
    return user;
  }

  @Post('password')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change your own password', description: 'Ends your other sessions. A wrong current password is a 400 on `currentPassword`.' })
  async changePassword(@CurrentUser() user: SessionUser, @Body() dto: ChangePasswordDto, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.auth.changePassword(user, req.session?.id, dto, client(req));
  }

  @Post('accept-invite')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set your password from a one-time invitation or reset link', description: 'Then sign in.' })
  async acceptInvite(@Body() dto: AcceptInviteDto, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.auth.acceptInvite(dto, client(req));
  }

  @Patch('me')
  @Authenticated()
  @ApiOperation({ summary: 'Change your own preferences (the language of your e-mails)' })
  @ApiOkResponse({ description: 'The signed-in user' })
  updateMe(@CurrentUser() user: SessionUser, @Body() dto: UpdateOwnAccountDto, @Req() req: AuthenticatedRequest): Promise<SessionUser> {
    return this.auth.updateOwnAccount(user, dto, client(req));
  }

  @Post('forgot-password')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Ask for a password reset link by e-mail',
    description:
      'Always 202, whether or not the address has an account (it does not reveal which addresses exist). An active account gets a ' +
      'single-use link valid 1 hour, in its language. Limited per client address (429 with Retry-After) and per account (silently).',
  })
  @ApiAcceptedResponse({ description: 'Accepted (the same answer for every address)' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address; see Retry-After' })
  async forgotPassword(@Body() dto: ForgotPasswordDto, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.resets.request(dto.email, client(req)).catch((error: unknown) => {
      if (error instanceof TooManyResetRequestsException) {
        res.header('Retry-After', String(error.retryAfterSeconds));
      }
      throw error;
    });
  }

  @Post('reset-password')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a new password with the token of a mailed reset link', description: 'Works once; ends every session of the account. Then sign in.' })
  async resetPassword(@Body() dto: ResetPasswordDto, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.resets.reset(dto.token, dto.password, client(req));
  }
}
