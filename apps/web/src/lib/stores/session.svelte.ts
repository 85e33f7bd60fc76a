import { api, onApiAnswer, type CurrentUser, type EnabledPlugin } from '$lib/api/client';
import { describeAnswer } from '$lib/api/problem';
import { t } from '$lib/i18n/en';
import { chartCache, outbox, patientCache } from './local';
import { holds } from '@hms/sdk/client';
import { forgetPatientNames } from './patient-names';
import { forgetNotes } from './notes';
import { deviceOwner, meansSessionGone, SessionClock } from './session-expiry';

/** Kept so the shell still knows who is signed in when a page is reloaded offline (no patient data in it). */
const REMEMBERED = 'hms.session';

interface Remembered {
  /** Without `expiresAt`: a remembered session is shown offline only, and its end is the server's to tell. */
  readonly user: Omit<CurrentUser, 'expiresAt'>;
  /** The enabled plugins (`GET /api/plugins`): the shell shows their client parts only. */
  readonly plugins: EnabledPlugin[];
  /** Whether the server lists a report this account may run. */
  readonly reports?: boolean;
}

class Session {
  user = $state<Remembered['user'] | null>(null);
  /** Set when the session ended while in use (expired, ended elsewhere), not by signing out: the work stays. */
  ended = $state(false);
  /** When the session is estimated to end (this computer's clock), for the warning before it does. */
  endsAt = $state<number | undefined>(undefined);
  private readonly clock = new SessionClock();
  private readonly endListeners = new Set<() => void>();
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
      const { replicaKey, expiresAt, ...user } = me.data;
      if (user.id) await this.claimDevice(user.id);
      this.replicaKey = replicaKey;
      this.ended = false;
      if (expiresAt) this.clock.answered(expiresAt, me.response.headers.get('date'), Date.now());
      this.endsAt = this.clock.endsAt;
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

  /**
   * Asks the server whether the session still holds (a 401 ends it, see {@link onApiAnswer} below); being a use, it
   * also slides the session: "Stay signed in" on the warning.
   */
  async check(): Promise<void> {
    try {
      const me = await api.GET('/api/auth/me');
      if (me.data?.expiresAt) {
        this.clock.answered(me.data.expiresAt, me.response.headers.get('date'), Date.now());
        this.endsAt = this.clock.endsAt;
      }
    } catch {
      // Offline: the session may well still hold; the next answer tells.
    }
  }

  /** Calls `listener` when the session ends while in use; answers the unsubscribe function. */
  onEnded(listener: () => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  /**
   * The server answered 401: the session is gone. The header stops naming anyone at once; what this computer keeps
   * for the account (unsent work, notes written offline) stays for its next sign-in (see `claimDevice`).
   */
  sessionGone(): void {
    if (!this.user) return;
    this.forget();
    this.ended = true;
    for (const listener of this.endListeners) listener();
  }

  /** An authenticated call was answered: the server slid the session (at most once a minute). */
  used(): void {
    if (!this.user) return;
    this.clock.used(Date.now());
    this.endsAt = this.clock.endsAt;
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
    await this.wipeDevice();
    deviceOwner.clear();
    this.forget();
  }

  /**
   * What this computer keeps belongs to one account: when another one signs in (after a session ended without
   * signing out), the previous account's work is deleted first, as signing out would have, never shown or sent.
   * Before the owner was recorded, the remembered session says whose it is.
   */
  private async claimDevice(accountId: string): Promise<void> {
    const owner = deviceOwner.read() ?? readRemembered()?.user.id ?? null;
    if (owner !== null && owner !== accountId) await this.wipeDevice();
    deviceOwner.write(accountId);
  }

  private async wipeDevice(): Promise<void> {
    await Promise.all([outbox.clear(), patientCache.clear(), chartCache.clear(), forgetNotes()]);
    forgetPatientNames();
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
    this.clock.forget();
    this.endsAt = undefined;
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

onApiAnswer((url, status) => {
  if (meansSessionGone(url, status)) session.sessionGone();
  else if (status < 400) session.used();
});
