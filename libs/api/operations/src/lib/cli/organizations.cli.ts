import { DynamicModule, Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountDirectoryService, AccountsModule, AuditService, CreateUserDto, UsersService } from '@suunta/api-accounts';
import { AppConfigModule, Environment, publicUrl } from '@suunta/api-core';
import { dataSourceOptions, migratingDataSourceFactory } from '@suunta/api-database';
import { MailModule } from '@suunta/api-mail';
import { OrganizationModule, OrganizationService } from '@suunta/api-organization';
import type { LocalizedText } from '@suunta/shared-domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { DataSource } from 'typeorm';

/** The audit trail's actor for changes made from the command line. */
const CLI_ACTOR = 'command line (npm run org)';

/** A user-facing refusal: printed without a stack trace, exit code 1. */
export class CliError extends Error {}

/** `EP=Etelä-Pohjanmaa|Södra Österbotten|South Ostrobothnia` → code and name (sv and en optional). */
export function parseRegion(spec: string): { code: string; name: LocalizedText } {
  const match = /^([A-Za-z0-9_-]{1,20})=(.+)$/.exec(spec.trim());
  if (!match) throw new CliError(`--region must look like CODE=Finnish name|Swedish name|English name (got "${spec}")`);
  const [fi, sv, en] = match[2].split('|').map((s) => s.trim());
  if (!fi) throw new CliError(`--region ${match[1]} needs at least a Finnish name`);
  return { code: match[1].toUpperCase(), name: { fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) } };
}

function assertCode(code: string): string {
  if (!/^[A-Za-z0-9_-]{2,40}$/.test(code)) throw new CliError(`The organization code must be 2–40 letters, digits, - or _ (got "${code}")`);
  return code;
}

/** Errors a person can act on are printed as one line; anything else with its stack. */
function report(error: unknown): void {
  const status = (error as { status?: number }).status;
  if (error instanceof CliError || (status !== undefined && status < 500)) {
    console.error(`Refused: ${(error as Error).message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}

// Injectable so its constructor's parameter types reach the subclasses (which declare none).
@Injectable()
abstract class OrgSubCommand extends CommandRunner {
  constructor(
    protected readonly dataSource: DataSource,
    protected readonly organizations: OrganizationService,
    protected readonly users: UsersService,
    protected readonly accounts: AccountDirectoryService,
    protected readonly audit: AuditService,
    protected readonly env: Environment,
  ) {
    super();
  }

  async run(inputs: string[], options: Record<string, unknown>): Promise<void> {
    try {
      await this.execute(inputs, options);
    } catch (error) {
      report(error);
    }
  }

  protected abstract execute(inputs: string[], options: Record<string, unknown>): Promise<void>;

  protected async requireOrganization(code: string): Promise<{ id: string; code: string; name: string }> {
    const [org] = await this.dataSource.query(`SELECT id, code, name FROM organization WHERE code = $1`, [code]);
    if (!org) throw new CliError(`No organization with the code ${code} (see: npm run org -- list)`);
    return org;
  }

  /**
   * Invites the organization's admin through the accounts domain's own invite (the same as the
   * users page), which also queues the invitation e-mail; the link is printed as well.
   */
  protected async inviteAdmin(organizationId: string, email: string, name: string | undefined): Promise<void> {
    const dto = plainToInstance(CreateUserDto, { email, displayName: name ?? email.split('@')[0], roles: ['admin'], regionIds: [] });
    const problems = await validate(dto);
    if (problems.length > 0) throw new CliError(problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; '));
    const invite = await this.users.invite({ system: CLI_ACTOR, organizationId }, dto);
    console.log(`Invited ${invite.user.email} as admin; the invitation e-mail is queued. The link (valid until ${invite.expiresAt}):`);
    console.log(`  ${publicUrl(this.env)}${invite.path}`);
  }
}

@SubCommand({
  name: 'create',
  arguments: '<code> <name>',
  description: 'Create an organization (competence centre), with --region for each region and --admin-email for its first admin',
})
export class OrgCreateCommand extends OrgSubCommand {
  protected async execute([code, name]: string[], options: { fullName?: string; region?: string[]; adminEmail?: string; adminName?: string }): Promise<void> {
    const regions = (options.region ?? []).map(parseRegion);
    const org = await this.dataSource.transaction(async (manager) => {
      const created = await this.organizations.create(manager, { code: assertCode(code), name: name.trim(), fullName: options.fullName?.trim() || null });
      await this.audit.record(manager, { system: CLI_ACTOR, organizationId: created.id }, { entityType: 'organization', entityId: created.id, action: 'create', before: null, after: created });
      for (const region of regions) {
        const r = await this.organizations.addRegion(manager, created.id, region);
        await this.audit.record(manager, { system: CLI_ACTOR, organizationId: created.id }, { entityType: 'region', entityId: r.id, action: 'create', before: null, after: r });
      }
      return created;
    });
    console.log(`Created organization ${org.code} (${org.name}), id ${org.id}, with ${regions.length} regions${regions.length ? `: ${regions.map((r) => r.code).join(', ')}` : ''}.`);
    if (options.adminEmail) await this.inviteAdmin(org.id, options.adminEmail, options.adminName);
  }

  @Option({ flags: '--full-name <text>', description: 'The official name' })
  parseFullName(value: string): string {
    return value;
  }

  @Option({ flags: '--region <CODE=fi|sv|en>', description: 'A region, e.g. "EP=Etelä-Pohjanmaa|Södra Österbotten|South Ostrobothnia" (repeatable)' })
  parseRegionOption(value: string, previous: string[] = []): string[] {
    return [...previous, value];
  }

  @Option({ flags: '--admin-email <email>', description: 'Invite this person as the first admin' })
  parseAdminEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--admin-name <name>', description: "The admin's display name" })
  parseAdminName(value: string): string {
    return value;
  }

}

@SubCommand({ name: 'list', description: 'List the organizations with their regions and admins' })
export class OrgListCommand extends OrgSubCommand {
  protected async execute(): Promise<void> {
    const orgs = await this.organizations.listAll();
    if (orgs.length === 0) console.log('No organizations yet: npm run org -- create <code> <name> --region … --admin-email …');
    for (const org of orgs) {
      const admins = await this.accounts.adminsOf(org.id);
      const n = await this.accounts.userCount(org.id);
      console.log(`${org.code}\t${org.name}${org.fullName ? ` (${org.fullName})` : ''}\t${org.id}`);
      console.log(`  regions: ${org.regions.map((r) => `${r.code} ${r.name.fi}`).join(', ') || 'none'}`);
      console.log(`  users: ${n}; admins: ${admins.map((a) => `${a.email}${a.status === 'active' ? '' : ` (${a.status})`}`).join(', ') || 'none'}`);
    }
  }
}

@SubCommand({ name: 'add-region', arguments: '<org-code> <CODE=fi|sv|en>', description: 'Add a region to an organization' })
export class OrgAddRegionCommand extends OrgSubCommand {
  protected async execute([orgCode, spec]: string[]): Promise<void> {
    const org = await this.requireOrganization(orgCode);
    const region = parseRegion(spec);
    const created = await this.dataSource.transaction(async (manager) => {
      const r = await this.organizations.addRegion(manager, org.id, region);
      await this.audit.record(manager, { system: CLI_ACTOR, organizationId: org.id }, { entityType: 'region', entityId: r.id, action: 'create', before: null, after: r });
      return r;
    });
    console.log(`Added region ${created.code} (${created.name.fi}) to ${org.code}.`);
  }
}

@SubCommand({ name: 'create-admin', arguments: '<org-code> <email>', description: "Invite an admin to an organization; prints the invitation link" })
export class OrgCreateAdminCommand extends OrgSubCommand {
  protected async execute([orgCode, email]: string[], options: { name?: string }): Promise<void> {
    const org = await this.requireOrganization(orgCode);
    await this.inviteAdmin(org.id, email, options.name);
  }

  @Option({ flags: '--name <name>', description: "The admin's display name" })
  parseName(value: string): string {
    return value;
  }

}

@Command({
  name: 'org',
  description: 'Organizations (competence centres) sharing this server',
  subCommands: [OrgCreateCommand, OrgListCommand, OrgAddRegionCommand, OrgCreateAdminCommand],
})
export class OrgCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

/** The `org` command line: the app's own DataSource and migrations, the accounts and organization services. */
@Module({})
export class OrganizationsCliModule {
  static register(env: Environment): DynamicModule {
    return {
      module: OrganizationsCliModule,
      imports: [
        AppConfigModule.forRoot(env),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(env.DATABASE_URL), migrationsRun: false, autoLoadEntities: true }),
          // The same migration lock as the API: a CLI run beside a starting API does not migrate twice.
          dataSourceFactory: migratingDataSourceFactory(env.DATABASE_URL),
        }),
        OrganizationModule,
        AccountsModule,
        // The invitation e-mail is a job in the shared queue; any API process (or this one) sends it.
        MailModule,
      ],
      providers: [OrgCommand, OrgCreateCommand, OrgListCommand, OrgAddRegionCommand, OrgCreateAdminCommand],
    };
  }
}
