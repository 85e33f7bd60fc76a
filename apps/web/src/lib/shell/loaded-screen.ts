import type { Component } from 'svelte';
import type { MountableScreen, ScreenProps } from '@hms/sdk/client';

/** What a screen's `load()` answered, told apart: a built-in Svelte component, or a vendor's mountable screen. */
export type LoadedScreen =
  | { readonly kind: 'svelte'; readonly component: Component<ScreenProps> }
  | { readonly kind: 'mountable'; readonly screen: MountableScreen };

export function loadedScreenOf(loaded: unknown): LoadedScreen {
  if (isMountable(loaded)) return { kind: 'mountable', screen: loaded };
  const component = typeof loaded === 'object' && loaded !== null && 'default' in loaded ? loaded.default : undefined;
  if (isMountable(component)) return { kind: 'mountable', screen: component };
  if (isComponent(component)) return { kind: 'svelte', component };
  throw new Error('A screen must load a Svelte component (default export) or an object with mount(target, props)');
}

function isMountable(value: unknown): value is MountableScreen {
  return typeof value === 'object' && value !== null && 'mount' in value && typeof value.mount === 'function';
}

/** Svelte 5 components are functions; their props are checked where the plugin declares the screen. */
function isComponent(value: unknown): value is Component<ScreenProps> {
  return typeof value === 'function';
}
