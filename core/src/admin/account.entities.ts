import { ArrayType, Collection, EntitySchema } from '@mikro-orm/core';

/** A role as the administration screens read it (MikroORM maps core.roles). */
export class RoleRecord {
  name!: string;
  description!: string;
  permissions!: string[];
}

/** An account as the administration screens read it; the password hash is deliberately not mapped. */
export class AccountRecord {
  id!: string;
  username!: string;
  displayName!: string;
  disabled!: boolean;
  createdAt!: Date;
  lockedUntil?: Date | null;
  /** The practitioner id schedules and admissions name, when an administrator linked one. */
  practitionerId?: string | null;
  roles = new Collection<RoleRecord>(this);
}

export const RoleSchema = new EntitySchema<RoleRecord>({
  class: RoleRecord,
  tableName: 'roles',
  schema: 'core',
  properties: {
    name: { type: 'string', primary: true },
    description: { type: 'string' },
    permissions: { type: ArrayType },
  },
});

export const AccountSchema = new EntitySchema<AccountRecord>({
  class: AccountRecord,
  tableName: 'accounts',
  schema: 'core',
  properties: {
    id: { type: 'uuid', primary: true },
    username: { type: 'string' },
    displayName: { type: 'string', fieldName: 'display_name' },
    disabled: { type: 'boolean' },
    createdAt: { type: 'Date', fieldName: 'created_at' },
    lockedUntil: { type: 'Date', fieldName: 'locked_until', nullable: true },
    practitionerId: { type: 'string', fieldName: 'practitioner_id', nullable: true },
    roles: {
      kind: 'm:n',
      entity: () => RoleRecord,
      pivotTable: 'core.account_roles',
      joinColumn: 'account_id',
      inverseJoinColumn: 'role',
    },
  },
});

/** The kernel's entities, registered with MikroORM at connect time. */
export const CORE_ENTITIES = [AccountSchema, RoleSchema];
