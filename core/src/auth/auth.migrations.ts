import { defineMigration, type MigrationDefinition } from '@hms/sdk';

/**
 * Accounts, roles and sessions, in the `core` schema. Usernames are stored lower-cased (no citext extension
 * needed); sessions keep only the SHA-256 of their token.
 */
export const authMigrations: readonly MigrationDefinition[] = [
  defineMigration('0101-auth-accounts', [
    `CREATE TABLE core.accounts (
      id uuid PRIMARY KEY,
      username text NOT NULL,
      password_hash text NOT NULL,
      display_name text NOT NULL,
      disabled boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      failed_attempts integer NOT NULL DEFAULT 0,
      locked_until timestamptz,
      CONSTRAINT accounts_username_key UNIQUE (username),
      CONSTRAINT accounts_username_lower CHECK (username = lower(username))
    )`,
    `CREATE TABLE core.roles (
      name text PRIMARY KEY,
      description text NOT NULL DEFAULT '',
      permissions text[] NOT NULL DEFAULT '{}'
    )`,
    `CREATE TABLE core.account_roles (
      account_id uuid NOT NULL CONSTRAINT account_roles_account_fk REFERENCES core.accounts (id) ON DELETE CASCADE,
      role text NOT NULL CONSTRAINT account_roles_role_fk REFERENCES core.roles (name) ON DELETE CASCADE ON UPDATE CASCADE,
      PRIMARY KEY (account_id, role)
    )`,
    `CREATE INDEX account_roles_role_idx ON core.account_roles (role)`,
  ]),
  defineMigration('0102-auth-sessions', [
    `CREATE TABLE core.sessions (
      token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
      account_id uuid NOT NULL REFERENCES core.accounts (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('session', 'api')),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      source text
    )`,
    `CREATE INDEX sessions_account_idx ON core.sessions (account_id)`,
    `CREATE INDEX sessions_expires_idx ON core.sessions (expires_at)`,
  ]),
];
