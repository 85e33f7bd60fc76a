/** How urgent a kind of notification is: it orders the inbox and colours the bell. */
export type NotificationSeverity = 'info' | 'warning' | 'critical';

/**
 * The ways a notification reaches someone. `in-app` (the inbox in the web client) is always on; `email` and `sms`
 * go through the transports the operator configured, when the person gave an address and did not turn them off.
 */
export type NotificationChannel = 'in-app' | 'email' | 'sms';

/**
 * A kind of notification a plugin raises (since SDK 2.3): what it is about in words, how urgent it is, and which
 * outside channels it uses unless a person chose otherwise. The title is the only text of the plugin's that leaves
 * the hospital (in an e-mail's or SMS's body, beside a link and a code), so it names the kind, never a patient.
 */
export interface NotificationKindDefinition {
  /** `'<plugin>.<kebab-name>'`, e.g. `'inventory.low-stock'`. */
  readonly name: string;
  /** A short title in plain words, the same for every notification of the kind: "Stock below reorder level". */
  readonly title: string;
  /** What it means and what to do, for the preferences screen and the docs. */
  readonly description: string;
  readonly severity: NotificationSeverity;
  /** Outside channels used by default (default `[]`: the inbox only); each person may turn them off or on. */
  readonly channels: readonly Exclude<NotificationChannel, 'in-app'>[];
}

/**
 * Declares a kind of notification (since SDK 2.3); list it in the manifest's `notificationKinds`.
 * @example
 * export const lowStockNotification = defineNotificationKind({
 *   name: 'inventory.low-stock',
 *   title: 'Stock below reorder level',
 *   description: 'An item in a store is at or below its reorder level; order more or move stock.',
 *   severity: 'warning',
 *   channels: ['email'],
 * });
 */
export function defineNotificationKind(
  definition: Omit<NotificationKindDefinition, 'channels'> & Partial<Pick<NotificationKindDefinition, 'channels'>>,
): NotificationKindDefinition {
  if (!/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/.test(definition.name)) {
    throw new Error(`Notification kind "${definition.name}" must read '<plugin>.<kebab-name>' in lower case`);
  }
  return Object.freeze({ channels: [], ...definition });
}

/**
 * Who a notification is for: everyone holding a role (by the role's name, e.g. `'storekeeper'`), the team of a ward
 * (as the plugins' `wardMemberships` say), or one person (a login account's id). Resolved when it is raised.
 */
export type NotificationAudience = { readonly role: string } | { readonly ward: string } | { readonly person: string };

/** Ids, codes and numbers a notification shows in the inbox; never names, diagnoses or free text. */
export type NotificationFacts = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A notification to raise. `subjectKey` names what it is about (`'<storeId>:<itemId>'`): while a notification of
 * the kind and key is open, raising it again changes nothing, so a job may raise it at every run.
 */
export interface NotificationRequest {
  readonly kind: NotificationKindDefinition;
  /** Ids only, up to 200 characters. */
  readonly subjectKey: string;
  readonly audience: NotificationAudience;
  /** Where the web client opens it: a path of the client (`/inventory/stock`), never with patient data in it. */
  readonly link: string;
  readonly facts?: NotificationFacts;
}

/** Which open notification to resolve: the kind and the subject key it was raised with. */
export interface NotificationSubject {
  readonly kind: NotificationKindDefinition;
  readonly subjectKey: string;
}
