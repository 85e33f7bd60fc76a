import type { ReplicaParams, ReplicaView } from './replica';
import type { PendingCommand, PendingFilter, QueueAnswer, QueueOptions } from './offline-commands';
import type { ScreenParams } from './screen-path';

/** A patient-page action another plugin offers, as the shell resolved it for one patient (label translated). */
export interface ResolvedPatientAction {
  readonly id: string;
  readonly plugin: string;
  readonly label: string;
  readonly href: string;
}

/** Which live changes a screen cares about: a plugin's events, optionally only some types or streams. */
export interface ChangeWatch {
  readonly plugin: string;
  readonly types?: readonly string[];
  /** Stream-id prefixes, e.g. `['patient.bed-']`. */
  readonly streamPrefixes?: readonly string[];
}

/**
 * What the shell gives every screen, home widget and patient panel: the one door to the platform in the browser.
 * A built-in screen gets it as its `context` prop; a vendor's screen gets it in `mount`.
 */
export interface ShellContext {
  /** The plugin whose screen this is. */
  readonly plugin: string;
  /** The plugins the server has enabled. */
  readonly enabledPlugins: readonly string[];
  /** The signed-in account's permissions (`'*'` holds all). */
  readonly permissions: readonly string[];
  /** Whether the account holds `permission`. */
  can(permission: string): boolean;
  /** Whether the server has `plugin` enabled. */
  isEnabled(plugin: string): boolean;
  /** `fetch` on the API, same origin, with the session cookie: `context.fetch('/api/linen/usage')`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** This plugin's message for `key`, built with `values` (see `translate`). */
  t(key: string, ...values: readonly unknown[]): string;
  /** Client-side navigation to another screen of the app. */
  navigate(href: string, options?: { readonly replace?: boolean }): Promise<void>;
  /** Calls `refresh` when the server announces a matching change (live channel); answers the unsubscribe. */
  watch(filter: ChangeWatch, refresh: () => void): () => void;
  /**
   * Reads a replica (since SDK 2.9): calls `listener` with the rows kept on this device and their freshness, now
   * and on every change, online and offline alike (one code path). Subscribing keeps the copy and pulls it; the
   * shell pulls again on matching change notices and on reconnect. Answers the unsubscribe. Absent in a shell older
   * than SDK 2.9: a vendor's screen calls `context.replica?.(…)` and falls back to `fetch`.
   */
  replica?<R = unknown>(name: string, params: ReplicaParams, listener: (view: ReplicaView<R>) => void): () => void;
  /** What other enabled plugins offer on a patient's page, filtered by the account's permissions. */
  patientActions(patientId: string): readonly ResolvedPatientAction[];
  /**
   * Renders into `target` the blocks other enabled plugins embed in a patient's page (the EHR's notes), each
   * given `params.patientId`; the patient screen calls it once per patient and `destroy`s it when leaving.
   */
  mountPatientPanels(target: MountTarget, patientId: string): MountedScreen;
  /**
   * Queues a command declared offline-capable (SDK 2.9) in this browser's outbox and tries to send it now: answers
   * `sent` (with the handler's result), `waiting` (offline; it goes when the network returns, in order, exactly
   * once) or `refused` (the server's problem). Optional only for the SDK's compatibility check (a member a shell
   * older than 2.9 lacks); every shell of SDK 2.9 and later provides it.
   */
  queue?(command: string, data: unknown, options?: QueueOptions): Promise<QueueAnswer>;
  /**
   * Calls `listener` with the outbox's entries of the given command types now and after every change, so a screen
   * shows what waits (an optimistic view); answers the unsubscribe. Provided like `queue`.
   */
  pending?(filter: PendingFilter, listener: (entries: readonly PendingCommand[]) => void): () => void;
}

/** What a screen receives: the decoded path parameters, the current URL (for its query) and the shell context. */
export interface ScreenProps {
  readonly params: ScreenParams;
  readonly url: URL;
  readonly context: ShellContext;
}

/** The element a vendor's screen renders into: an HTMLElement in the browser (typed loosely: the SDK has no DOM). */
export interface MountTarget {
  replaceChildren(...nodes: never[]): void;
}

/** What `mount` answers: the shell calls `destroy` when the user leaves the screen. */
export interface MountedScreen {
  destroy(): void;
}

/**
 * A screen as a framework-neutral module: how a vendor's prebuilt client module contributes screens (plain DOM, its
 * own Svelte or anything else). The shell calls `mount` once per visit.
 * @example
 * export const linenScreen = {
 *   mount(target, { context }) {
 *     target.textContent = context.t('title');
 *     return { destroy: () => target.replaceChildren() };
 *   },
 * };
 */
export interface MountableScreen<T extends MountTarget = MountTarget> {
  mount(target: T, props: ScreenProps): MountedScreen;
}
