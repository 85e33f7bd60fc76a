// @hms/sdk/client: the web client's contract with plugins. Browser-safe: nothing here may import Node modules.
export { defineClientPlugin } from './client-plugin';
export type {
  ClientPlugin,
  ClientPluginInput,
  HomeWidget,
  MenuEntry,
  PatientAction,
  PatientBannerItem,
  PatientPanel,
  ScreenDefinition,
  ScreenLoader,
} from './client-plugin';
export { currentLocale, setCurrentLocale } from './locale';
export { localizeMessages, untranslatedKeys } from './localize';
export type { Translation, Translations } from './localize';
export type {
  OfflineChoice,
  OfflineCommand,
  OfflineProblem,
  OfflineRefusal,
  PendingCommand,
  PendingFilter,
  QueueAnswer,
  QueueOptions,
} from './offline-commands';
export { translate } from './messages';
export type { ClientMessages, MessageKey } from './messages';
export { bySpecificity, matchScreenPath } from './screen-path';
export type { ScreenParams } from './screen-path';
export type {
  ChangeWatch,
  MountableScreen,
  MountedScreen,
  MountTarget,
  ResolvedPatientAction,
  ScreenProps,
  ShellContext,
} from './screen-context';
export { holds } from './permissions';
export { LIVE_EVENTS } from './live-notice';
export type { ChangeNotice, NotificationsNotice, ReportReadyNotice } from './live-notice';
export type {
  ClientReplica,
  ReplicaAnswer,
  ReplicaDescription,
  ReplicaFreshness,
  ReplicaParams,
  ReplicaScope,
  ReplicaView,
} from './replica';
