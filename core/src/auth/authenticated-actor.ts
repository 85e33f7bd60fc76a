import type { Actor } from '@hms/sdk';

/** The permission that stands for every permission; held by the `admin` role. */
export const WILDCARD_PERMISSION = '*';

/** A signed-in account with the union of its roles' permissions. Carries no secret. */
export class AuthenticatedActor implements Actor {
  constructor(
    readonly id: string,
    readonly username: string,
    readonly displayName: string,
    readonly permissions: ReadonlySet<string>,
    /** The SMART scopes the session carries; undefined when it is not narrowed. */
    readonly scopes?: readonly string[],
    /** The permissions those scopes map to (see `scopePermissions`): a narrowed session has no others. */
    private readonly scopedTo?: ReadonlySet<string>,
  ) {}

  has(permission: string): boolean {
    if (this.scopes !== undefined && !this.scopedTo?.has(permission)) return false;
    return this.permissions.has(WILDCARD_PERMISSION) || this.permissions.has(permission);
  }
}
