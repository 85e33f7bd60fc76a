import { defineMigration, type MigrationDefinition } from '@hms/sdk';

/** The channel on which PostgreSQL announces a change to sessions, accounts or roles (see 0103). */
export const AUTH_CHANGED_CHANNEL = 'hms_auth_changed';

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
  // Every API process caches resolved sessions (SessionService). Whatever could end a session or change what it
  // may do (logout, expiry purge, a disabled account, a password change or reset, a role granted or taken, a
  // role's permissions) notifies every process at commit, from the database itself, whoever wrote it.
  defineMigration('0103-auth-change-notifications', [
    `CREATE FUNCTION core.notify_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       PERFORM pg_notify('${AUTH_CHANGED_CHANNEL}', TG_TABLE_NAME);
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER sessions_auth_changed AFTER DELETE OR TRUNCATE ON core.sessions
       FOR EACH STATEMENT EXECUTE FUNCTION core.notify_auth_changed()`,
    // Shortening a session, or moving it to another account; the sliding expiry only ever extends it.
    `CREATE TRIGGER sessions_auth_narrowed AFTER UPDATE ON core.sessions
       FOR EACH ROW WHEN (NEW.expires_at < OLD.expires_at OR NEW.account_id <> OLD.account_id
                          OR NEW.kind <> OLD.kind OR NEW.token_hash <> OLD.token_hash)
       EXECUTE FUNCTION core.notify_auth_changed()`,
    `CREATE TRIGGER accounts_auth_changed AFTER UPDATE ON core.accounts
       FOR EACH ROW WHEN (NEW.disabled IS DISTINCT FROM OLD.disabled
                          OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
                          OR NEW.username IS DISTINCT FROM OLD.username
                          OR NEW.display_name IS DISTINCT FROM OLD.display_name
                          OR NEW.id IS DISTINCT FROM OLD.id)
       EXECUTE FUNCTION core.notify_auth_changed()`,
    `CREATE TRIGGER accounts_auth_removed AFTER DELETE OR TRUNCATE ON core.accounts
       FOR EACH STATEMENT EXECUTE FUNCTION core.notify_auth_changed()`,
    `CREATE TRIGGER account_roles_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON core.account_roles
       FOR EACH STATEMENT EXECUTE FUNCTION core.notify_auth_changed()`,
    `CREATE TRIGGER roles_auth_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON core.roles
       FOR EACH STATEMENT EXECUTE FUNCTION core.notify_auth_changed()`,
  ]),
  // SMART-on-FHIR scopes a session was granted at sign-in (`patient/*.read`); NULL: not narrowed. A session's
  // scopes never change once issued, so no notification trigger is needed for them.
  defineMigration('0104-auth-session-scopes', [`ALTER TABLE core.sessions ADD COLUMN scopes text[]`]),
];
