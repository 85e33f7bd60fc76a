import { api, type CurrentUser, type EnabledPlugin } from '$lib/api/client';
import { describeAnswer } from '$lib/api/problem';
import { t } from '$lib/i18n/en';
import { chartCache, outbox, patientCache } from './local';
import { holds } from '@hms/sdk/client';
import { forgetPatientNames } from './patient-names';
import { forgetNotes } from './notes';

/** Kept so the shell still knows who is signed in when a page is reloaded offline (no patient data in it). */
const REMEMBERED = 'hms.session';

interface Remembered {
  readonly user: CurrentUser;
  /** The enabled plugins (`GET /api/plugins`): the shell shows their client parts only. */
  readonly plugins: EnabledPlugin[];
  /** Whether the server lists a report this account may run. */
  readonly reports?: boolean;
}

class Session {
  user = $state<CurrentUser | null>(null);
  enabled = $state.raw<EnabledPlugin[]>([]);
  plugins = $derived(this.enabled.map((p) => p.name));
  reports = $state(false);
  /**
   * This session's key for the device's replicas, as the server gave it: held in memory only, never in
   * localStorage (the replica store keeps it as a non-extractable CryptoKey). Undefined offline.
   */
  replicaKey: string | undefined;

  can(permission: string): boolean {
    return holds(this.user?.permissions ?? [], permission);
  }

  /** Who is signed in: the server's answer when it answers, the remembered one when it cannot be reached. */
  async load(): Promise<'signed-in' | 'signed-out'> {
    try {
      const [me, plugins, reports] = await Promise.all([
        api.GET('/api/auth/me'),
        api.GET('/api/plugins'),
        api.GET('/api/reports'),
      ]);
      if (!me.data) return this.forget();
      const { replicaKey, ...user } = me.data;
      this.replicaKey = replicaKey;
      this.remember({
        user,
        plugins: plugins.data?.items ?? [],
        reports: (reports.data?.items.length ?? 0) > 0,
      });
      return 'signed-in';
    } catch {
      const remembered = readRemembered();
      if (!remembered) return 'signed-out';
      this.remember(remembered);
      return 'signed-in';
    }
  }

  /** Signs in; answers a message in plain words when it did not work. */
  async signIn(username: string, password: string): Promise<string | null> {
    try {
      const { error, response } = await api.POST('/api/auth/login', { body: { username, password } });
      if (!response.ok) {
        if (response.status === 401 || response.status === 400) return t.login.badCredentials;
        if (response.status === 429) return t.login.locked;
        return describeAnswer(error, response);
      }
    } catch {
      return t.problems.network;
    }
    await this.load();
    return null;
  }

  /** Changes the signed-in person's password; answers a message in plain words when it did not work. */
  async changePassword(currentPassword: string, newPassword: string): Promise<string | null> {
    try {
      const { error, response } = await api.POST('/api/auth/password', { body: { currentPassword, newPassword } });
      return response.ok ? null : describeAnswer(error, response);
    } catch {
      return t.problems.network;
    }
  }

  /** Signs out and clears what this computer kept for the user (shared ward computers). */
  async signOut(): Promise<void> {
    try {
      await api.POST('/api/auth/logout');
    } catch {
      // Offline: the cookie expires on its own; the local data goes now regardless.
    }
    await Promise.all([outbox.clear(), patientCache.clear(), chartCache.clear(), forgetNotes()]);
    forgetPatientNames();
    this.forget();
  }

  private remember(value: Remembered): void {
    this.user = value.user;
    this.enabled = value.plugins;
    this.reports = value.reports ?? false;
    localStorage.setItem(REMEMBERED, JSON.stringify(value));
  }

  private forget(): 'signed-out' {
    this.user = null;
    this.replicaKey = undefined;
    this.enabled = [];
    this.reports = false;
    localStorage.removeItem(REMEMBERED);
    return 'signed-out';
  }
}

function readRemembered(): Remembered | null {
  try {
    const remembered = JSON.parse(localStorage.getItem(REMEMBERED) ?? 'null') as Remembered | null;
    // Kept by an earlier client as names only: drop it; the next sign-in online remembers it afresh.
    return remembered && remembered.plugins.every((p) => typeof p === 'object') ? remembered : null;
  } catch {
    return null;
  }
}

export const session = new Session();
