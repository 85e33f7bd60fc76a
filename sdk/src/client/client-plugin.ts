import type { ClientMessages, MessageKey } from './messages';
import type { ClientReplica } from './replica';
import type { OfflineCommand } from './offline-commands';
import type { MountableScreen } from './screen-context';

/**
 * A screen's code, loaded when first shown. Built-in plugins answer a Svelte 5 component module (compiled into the
 * web client); a vendor's module answers a `MountableScreen`. The shell accepts both.
 */
export type ScreenLoader = () => Promise<{ readonly default: unknown } | MountableScreen>;

/** A link in the shell's navigation. */
export interface MenuEntry<K extends string = string> {
  readonly id: string;
  /** The message key of its label, in the plugin's messages. */
  readonly label: K;
  readonly href: string;
  /** Shown only to accounts holding it. */
  readonly permission: string;
  /** Position in the navigation, smallest first (built-ins use 10, 20, …). */
  readonly order: number;
}

/** A client route: `path` with `:name` segments, e.g. `/wards/:id`. */
export interface ScreenDefinition {
  readonly path: string;
  readonly load: ScreenLoader;
  /** Opening it without this permission shows "not available" instead of the screen. */
  readonly permission: string;
}

/** A block of the signed-in home page, shown to accounts holding `permission`. */
export interface HomeWidget<K extends string = string> {
  readonly id: string;
  readonly title: K;
  readonly permission: string;
  readonly order: number;
  readonly load: ScreenLoader;
}

/** A link on a patient's page to this plugin's screen about that patient (the EHR's chart). */
export interface PatientAction<K extends string = string> {
  readonly id: string;
  readonly label: K;
  readonly href: (patientId: string) => string;
  readonly permission: string;
}

/** A block embedded in a patient's page (the EHR's notes list); it gets `params.patientId`. */
export interface PatientPanel {
  readonly id: string;
  readonly permission: string;
  readonly order: number;
  readonly load: ScreenLoader;
}

/**
 * A part of the patient banner, the strip the shell keeps above every screen about one patient (the patient's own
 * page, the chart, the account): the patient plugin's name, MRN, age and sex, the EHR's allergies, adt's bed. It gets
 * `params.patientId`; it shows nothing when it has nothing to say (or may not say it).
 */
export interface PatientBannerItem {
  readonly id: string;
  readonly permission: string;
  /** Position in the banner, smallest first (identity 10, allergies 20, location 30). */
  readonly order: number;
  readonly load: ScreenLoader;
}

/** What a plugin's client part contributes to the web client, as the shell holds it (labels are message keys). */
export interface ClientPlugin {
  /** The server plugin it belongs to: shown only while that plugin is enabled. */
  readonly plugin: string;
  /** Its messages: English, or English with other languages (`localizeMessages(messages, { pt })`). */
  readonly messages: ClientMessages;
  readonly menu: readonly MenuEntry[];
  readonly screens: readonly ScreenDefinition[];
  readonly homeWidgets: readonly HomeWidget[];
  readonly patientActions: readonly PatientAction[];
  readonly patientPanels: readonly PatientPanel[];
  /** Optional: a client part built with SDK 2.5 or older has none (the shell reads a missing list as empty). */
  readonly patientBanner?: readonly PatientBannerItem[];
  /** Replicas this part keeps on the device (since SDK 2.9; a missing list reads as empty). */
  readonly replicas?: readonly ClientReplica[];
  /**
   * The commands its screens queue while offline, each with how a waiting one is named and a refusal explained
   * (SDK 2.9; optional: an older client part has none).
   */
  readonly offlineCommands?: readonly OfflineCommand[];
}

/**
 * A client part as its author writes it: `plugin` and `messages` are required, every list is optional, and every
 * label must be a key of `messages` (checked by the compiler).
 */
export interface ClientPluginInput<M extends ClientMessages> {
  readonly plugin: string;
  readonly messages: M;
  readonly menu?: readonly MenuEntry<MessageKey<M>>[];
  readonly screens?: readonly ScreenDefinition[];
  readonly homeWidgets?: readonly HomeWidget<MessageKey<M>>[];
  readonly patientActions?: readonly PatientAction<MessageKey<M>>[];
  readonly patientPanels?: readonly PatientPanel[];
  readonly patientBanner?: readonly PatientBannerItem[];
  readonly replicas?: readonly ClientReplica[];
  readonly offlineCommands?: readonly OfflineCommand<MessageKey<M>>[];
}

/**
 * Defines a plugin's client part: the one place that says which links, screens, home widgets, patient-page
 * additions and patient-banner parts it offers. The shell shows them only while the server has `plugin` enabled,
 * each only to accounts holding its permission. Throws on a screen path that does not start with `/` or on two
 * screens with one path.
 * @example
 * export default defineClientPlugin({
 *   plugin: 'adt',
 *   messages: localizeMessages(messages, { pt: messagesPt }), // other languages: optional
 *   menu: [{ id: 'wards', label: 'menu.wards', href: '/wards', permission: 'patient:ward:read', order: 30 }],
 *   screens: [{ path: '/wards/:id', load: () => import('./WardScreen.svelte'), permission: 'patient:ward:read' }],
 * });
 */
export function defineClientPlugin<const M extends ClientMessages>(input: ClientPluginInput<M>): ClientPlugin {
  const screens = input.screens ?? [];
  const paths = new Set<string>();
  for (const screen of screens) {
    if (!screen.path.startsWith('/'))
      throw new Error(`${input.plugin}: screen path "${screen.path}" must start with /`);
    if (paths.has(screen.path)) throw new Error(`${input.plugin}: two screens claim ${screen.path}`);
    paths.add(screen.path);
  }
  const offline = new Set<string>();
  for (const { command } of input.offlineCommands ?? []) {
    if (!/^[^.]+\.[^.]/.test(command))
      throw new Error(`${input.plugin}: offline command "${command}" is not a command type`);
    if (offline.has(command)) throw new Error(`${input.plugin}: offline command ${command} is declared twice`);
    offline.add(command);
  }
  return Object.freeze({
    plugin: input.plugin,
    messages: input.messages,
    menu: input.menu ?? [],
    screens,
    homeWidgets: input.homeWidgets ?? [],
    patientActions: input.patientActions ?? [],
    patientPanels: input.patientPanels ?? [],
    patientBanner: input.patientBanner ?? [],
    replicas: input.replicas ?? [],
    offlineCommands: (input.offlineCommands ?? []) as readonly OfflineCommand[],
  });
}
