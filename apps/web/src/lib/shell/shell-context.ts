import { goto } from '$app/navigation';
import { translate, type MountedScreen, type ScreenParams, type ShellContext } from '@hms/sdk/client';
import { withLanguage } from '$lib/api/language';
import { outbox } from '$lib/stores/local';
import { live } from '$lib/stores/live';
import { pendingOf } from '$lib/stores/pending';
import { queueForScreen } from '$lib/stores/queue';
import { replicas } from '$lib/replica/replicas';
import { session } from '$lib/stores/session.svelte';
import { clientShell } from './client-shell.svelte';
import type { VisibleBlock } from './contributions';

/** Renders blocks into an element outside the shell's own tree (a plugin screen's slot for other plugins' blocks). */
export type BlockMounter = (
  target: HTMLElement,
  blocks: readonly VisibleBlock[],
  params: ScreenParams,
) => MountedScreen;

// Set by the app's layout, which knows the component that renders blocks (importing it here would be a cycle:
// blocks render screens, and screens get this context).
let mountBlocks: BlockMounter | undefined;

export function provideBlockMounter(mounter: BlockMounter): void {
  mountBlocks = mounter;
}

/**
 * The context the shell gives `plugin`'s screens, widgets and panels: permissions and plugins of this session,
 * the API with the session cookie, the plugin's own messages, navigation, the live channel, and what other plugins
 * add to a patient's page.
 */
export function shellContext(plugin: string): ShellContext {
  const messages = clientShell.contributions.messagesOf(plugin);
  const context: ShellContext = {
    plugin,
    enabledPlugins: session.plugins,
    permissions: session.user?.permissions ?? [],
    can: (permission) => session.can(permission),
    isEnabled: (name) => session.plugins.includes(name),
    fetch: (path, init) => fetch(path, { credentials: 'same-origin', ...init, headers: withLanguage(init?.headers) }),
    t: (key, ...values) => translate(messages, key, ...values),
    // Replacing the entry is what a screen does to reflect its own state in the URL: keep focus and scroll then.
    navigate: (href, options) =>
      goto(href, options?.replace ? { replaceState: true, keepFocus: true, noScroll: true } : {}),
    watch: (filter, refresh) => live.watch(filter, refresh),
    replica: (name, params, listener) => replicas.subscribe(name, params, listener as never),
    patientActions: (patientId) => clientShell.contributions.patientActions(patientId),
    mountPatientPanels: (target, patientId) => {
      if (!(target instanceof HTMLElement) || !mountBlocks)
        throw new Error('Patient panels mount into an element of the app');
      return mountBlocks(target, clientShell.contributions.patientPanels(), { patientId });
    },
    queue: (command, data, options) => queueForScreen(command, data, options),
    pending: (filter, listener) => outbox.subscribe((entries) => listener(pendingOf(entries, filter))),
  };
  return context;
}
