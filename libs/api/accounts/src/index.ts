export * from './lib/accounts.module';
export * from './lib/password/password-hasher';
export * from './lib/password/password-policy';
export * from './lib/seed/first-admin.service';
export * from './lib/users/users.service';
export * from './lib/users/users.dto';
export * from './lib/sso/sso-settings.service';
export * from './lib/users/account-directory.service';
