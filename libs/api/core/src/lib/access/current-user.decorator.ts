import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { SessionUser } from '@suunta/shared-domain';

/** The signed-in user, set on the request by the accounts module's session middleware. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): SessionUser => {
  const user = ctx.switchToHttp().getRequest<{ user?: SessionUser }>().user;
  if (!user) {
    throw new UnauthorizedException('Sign in first');
  }
  return user;
});
