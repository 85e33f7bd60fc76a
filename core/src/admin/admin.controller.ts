import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Req, UseGuards } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ConflictError, NotFoundError, parseOrThrow, ValidationError, z } from '@hms/sdk';
import { AccountService } from '../auth/account.service';
import { SessionService } from '../auth/session.service';
import { WILDCARD_PERMISSION } from '../auth/authenticated-actor';
import { auditRequest } from '../app/audit-request';
import { Kernel } from '../kernel/kernel';
import { AccountRecord, RoleRecord } from './account.entities';
import { ACCOUNTS_MANAGE, KERNEL_PERMISSIONS } from './kernel-permissions';
import { actorOf, PermissionGuard, RequirePermission } from './permission.guard';

const roleNames = z.array(z.string().min(1).max(64)).max(50);
const newAccountSchema = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
  displayName: z.string().min(1).max(200),
  roles: roleNames.default([]),
});
const accountChangeSchema = z.strictObject({
  displayName: z.string().min(1).max(200).optional(),
  disabled: z.boolean().optional(),
});
const roleSchema = z.strictObject({
  description: z.string().max(500).default(''),
  permissions: z.array(z.string()).max(500),
});
const idSchema = z.uuid();
const practitionerLinkSchema = z.strictObject({
  practitionerId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/)
    .nullable(),
});

/**
 * Accounts and roles, for the hospital's administrators (`core:accounts:manage`). Reads go through MikroORM's
 * entities; writes through the account service, and each is recorded in the audit log.
 */
@Controller('admin')
@UseGuards(PermissionGuard)
@RequirePermission(ACCOUNTS_MANAGE.name)
export class AdminController {
  private readonly accounts: AccountService;

  constructor(
    private readonly kernel: Kernel,
    private readonly sessions: SessionService,
  ) {
    this.accounts = new AccountService(kernel.db, { revoking: (change) => sessions.revoking(change) });
  }

  @Get('accounts')
  async listAccounts() {
    const em = this.kernel.db.orm.em.fork();
    const accounts = await em.find(AccountRecord, {}, { populate: ['roles'], orderBy: { username: 'asc' } });
    return { items: accounts.map(accountView) };
  }

  @Post('accounts')
  @HttpCode(201)
  async createAccount(@Body() body: unknown, @Req() request: FastifyRequest) {
    const input = parseOrThrow(newAccountSchema, body);
    await this.checkRolesExist(input.roles);
    const { id } = await this.accounts.createAccount(input);
    await this.audit(request, 'core.CreateAccount', { accountId: id });
    return this.account(id);
  }

  @Patch('accounts/:id')
  async changeAccount(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    const change = parseOrThrow(accountChangeSchema, body);
    // An administrator who disables themselves may leave the hospital with nobody able to undo it.
    if (change.disabled === true && id === actorOf(request).id)
      throw new ConflictError('OWN_ACCOUNT', { accountId: id });
    const em = this.kernel.db.orm.em.fork();
    const account = await em.findOne(AccountRecord, { id: parseOrThrow(idSchema, id) });
    if (!account) throw new NotFoundError('ACCOUNT_NOT_FOUND', { accountId: id });
    if (change.displayName !== undefined) account.displayName = change.displayName;
    await this.sessions.revoking(() => em.flush());
    // Disabling goes through the service: it must also end the account's sessions at once.
    if (change.disabled !== undefined) await this.accounts.setDisabled(id, change.disabled);
    await this.audit(request, 'core.ChangeAccount', { accountId: id });
    return this.account(id);
  }

  @Put('accounts/:id/roles')
  async setRoles(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    const roles = parseOrThrow(z.strictObject({ roles: roleNames }), body).roles;
    const em = this.kernel.db.orm.em.fork();
    const account = await em.findOne(AccountRecord, { id: parseOrThrow(idSchema, id) }, { populate: ['roles'] });
    if (!account) throw new NotFoundError('ACCOUNT_NOT_FOUND', { accountId: id });
    account.roles.set(await this.checkRolesExist(roles, em));
    // Every API process forgets the sessions it resolved before this answers: a withdrawn role stops at once.
    await this.sessions.revoking(() => em.flush());
    await this.audit(request, 'core.SetAccountRoles', { accountId: id, roles });
    return this.account(id);
  }

  @Post('accounts/:id/password')
  @HttpCode(204)
  async setPassword(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest): Promise<void> {
    const { password } = parseOrThrow(z.strictObject({ password: z.string().min(1).max(1024) }), body);
    await this.accounts.setPassword(parseOrThrow(idSchema, id), password);
    await this.audit(request, 'core.SetAccountPassword', { accountId: id });
  }

  /**
   * Links the account to the practitioner id that schedules and admissions name (or unlinks it with `null`): the
   * care relationships then find the account as that practitioner. One practitioner, one account.
   */
  @Put('accounts/:id/practitioner')
  async linkPractitioner(@Param('id') id: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    const accountId = parseOrThrow(idSchema, id);
    const { practitionerId } = parseOrThrow(practitionerLinkSchema, body);
    const rows = await this.kernel.db
      .query<{ id: string }>(`UPDATE core.accounts SET practitioner_id = $2 WHERE id = $1 RETURNING id`, [
        accountId,
        practitionerId,
      ])
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === '23505') {
          throw new ConflictError(
            'PRACTITIONER_ALREADY_LINKED',
            { practitionerId },
            {
              message: 'Another account is already linked to this practitioner.',
            },
          );
        }
        throw error;
      });
    if (rows.length === 0) throw new NotFoundError('ACCOUNT_NOT_FOUND', { accountId: id });
    await this.audit(request, 'core.LinkPractitioner', { accountId: id, practitionerId });
    return { ...(await this.account(accountId)), practitionerId };
  }

  @Get('roles')
  async listRoles() {
    const roles = await this.kernel.db.orm.em.fork().find(RoleRecord, {}, { orderBy: { name: 'asc' } });
    return { items: roles.map(roleView) };
  }

  @Put('roles/:name')
  async putRole(@Param('name') name: string, @Body() body: unknown, @Req() request: FastifyRequest) {
    const role = parseOrThrow(roleSchema, body);
    const stored = await this.kernel.db.orm.em.fork().findOne(RoleRecord, { name });
    if (stored && roleView(stored).protected) throw new ConflictError('ROLE_PROTECTED', { role: name });
    const known = new Set([WILDCARD_PERMISSION, ...this.permissions().map((p) => p.name)]);
    const unknown = role.permissions.filter((p) => !known.has(p));
    if (unknown.length > 0) {
      throw new ValidationError(
        unknown.map((p) => ({ path: 'permissions', message: `No enabled plugin declares ${p}` })),
      );
    }
    await this.accounts.upsertRole(name, role.description, role.permissions);
    await this.audit(request, 'core.PutRole', { role: name });
    return roleView({ name, ...role });
  }

  @Get('permissions')
  listPermissions() {
    return { items: this.permissions() };
  }

  private permissions() {
    const fromPlugins = [...this.kernel.registry.permissions.values()].map(({ plugin, item }) => ({ ...item, plugin }));
    return [...KERNEL_PERMISSIONS.map((p) => ({ ...p, plugin: 'core' })), ...fromPlugins];
  }

  private async account(id: string) {
    const account = await this.kernel.db.orm.em.fork().findOneOrFail(AccountRecord, { id }, { populate: ['roles'] });
    return accountView(account);
  }

  private async checkRolesExist(names: readonly string[], em = this.kernel.db.orm.em.fork()): Promise<RoleRecord[]> {
    const roles = await em.find(RoleRecord, { name: { $in: [...names] } });
    const missing = names.filter((n) => !roles.some((r) => r.name === n));
    if (missing.length > 0)
      throw new ValidationError(missing.map((n) => ({ path: 'roles', message: `No role named ${n}` })));
    return roles;
  }

  private audit(request: FastifyRequest, action: string, details: Record<string, unknown>): Promise<unknown> {
    return auditRequest(this.kernel, request, { actorId: actorOf(request).id, action, outcome: 'success', details });
  }
}

/**
 * A role holding every permission (`*`, the first administrator's) is the kernel's: changing it through the API
 * could leave nobody able to administer the hospital, so it is shown read-only and a change is refused.
 */
function roleView({ name, description, permissions }: RoleRecord) {
  return { name, description, permissions, protected: permissions.includes(WILDCARD_PERMISSION) };
}

function accountView(account: AccountRecord) {
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    disabled: account.disabled,
    createdAt: account.createdAt,
    practitionerId: account.practitionerId ?? null,
    roles: account.roles
      .getItems()
      .map((r) => r.name)
      .sort(),
  };
}
