import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditModule } from '@suunta/api-core';
import { AccessGuard } from './access/access.guard';
import { RefusalRecorder } from './access/refusal-recorder.service';
import { RefusedAccessInterceptor } from './access/refused-access.interceptor';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle.service';
import { PasswordHasher } from './password/password-hasher';
import { SessionService } from './session/session.service';

/**
 * Accounts, sessions, the global access guard and the audit trail. Importing it (once, in the
 * AppModule) puts every route of the app behind {@link AccessGuard}.
 */
@Module({
  imports: [AuditModule],
  controllers: [AuthController],
  providers: [
    PasswordHasher,
    SessionService,
    LoginThrottle,
    AuthService,
    RefusalRecorder,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: RefusedAccessInterceptor },
  ],
  exports: [PasswordHasher, SessionService],
})
export class AccountsModule {}
