import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { OrganizationModule } from '@suunta/api-organization';
import { AuditModule } from './audit/audit.service';
import { AccessGuard } from './access/access.guard';
import { RefusalRecorder } from './access/refusal-recorder.service';
import { RefusedAccessInterceptor } from './access/refused-access.interceptor';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle.service';
import { PasswordResetService } from './auth/password-reset.service';
import { AuditController } from './audit/audit.controller';
import { AuditQueryService } from './audit/audit-query.service';
import { PasswordHasher } from './password/password-hasher';
import { DemoUsersSeeder } from './seed/demo-users.seeder';
import { FirstAdminService } from './seed/first-admin.service';
import { SessionService } from './session/session.service';
import { SsoLoginService } from './sso/sso-login.service';
import { SsoSettingsService } from './sso/sso-settings.service';
import { SsoController, SsoSettingsController } from './sso/sso.controller';
import { UsersController } from './users/users.controller';
import { AccountDirectoryService } from './users/account-directory.service';
import { AccountRosterService } from './users/account-roster.service';
import { UsersService } from './users/users.service';

/**
 * Accounts, sessions, the global access guard and the audit trail. Importing it (once, in the
 * AppModule) puts every route of the app behind {@link AccessGuard}.
 */
@Module({
  imports: [AuditModule, OrganizationModule],
  controllers: [AuthController, UsersController, AuditController, SsoController, SsoSettingsController],
  providers: [
    PasswordHasher,
    SessionService,
    LoginThrottle,
    AuthService,
    PasswordResetService,
    SsoSettingsService,
    SsoLoginService,
    RefusalRecorder,
    UsersService,
    AccountDirectoryService,
    AccountRosterService,
    AuditQueryService,
    DemoUsersSeeder,
    FirstAdminService,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: RefusedAccessInterceptor },
  ],
  exports: [PasswordHasher, SessionService, FirstAdminService, UsersService, SsoSettingsService, AccountDirectoryService, AccountRosterService],
})
export class AccountsModule {}
