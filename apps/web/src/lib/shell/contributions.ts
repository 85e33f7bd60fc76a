import {
  bySpecificity,
  holds,
  matchScreenPath,
  translate,
  type ClientPlugin,
  type ReplicaScope,
  type ScreenDefinition,
  type ScreenLoader,
  type ScreenParams,
} from '@hms/sdk/client';

/** A navigation link, label translated. */
export interface NavigationLink {
  readonly plugin: string;
  readonly id: string;
  readonly label: string;
  readonly href: string;
  readonly order: number;
}

/** A home widget or patient panel the account may see, title translated. */
export interface VisibleBlock {
  readonly plugin: string;
  readonly id: string;
  readonly title: string;
  readonly load: ScreenLoader;
}

/** The screen a pathname opens: whose, which, its parameters, and whether the account may open it. */
export interface MatchedScreen {
  readonly plugin: string;
  readonly screen: ScreenDefinition;
  readonly params: ScreenParams;
  readonly allowed: boolean;
}

/**
 * What the enabled plugins' client parts offer one account. `parts` are already only the enabled plugins' (the
 * shell loads no other); each contribution is kept only when the account holds its permission.
 */
export class Contributions {
  constructor(
    private readonly parts: readonly ClientPlugin[],
    private readonly permissions: readonly string[],
  ) {}

  /** The navigation, in each entry's `order`, then by label. */
  menu(): NavigationLink[] {
    return this.parts
      .flatMap((part) =>
        part.menu
          .filter((entry) => holds(this.permissions, entry.permission))
          .map((entry) => ({
            plugin: part.plugin,
            id: entry.id,
            label: translate(part.messages, entry.label),
            href: entry.href,
            order: entry.order,
          })),
      )
      .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  }

  /** The screen of `pathname`, the most specific path winning (`/patients/new` before `/patients/:id`). */
  screenAt(pathname: string): MatchedScreen | undefined {
    const candidates = this.parts
      .flatMap((part) => part.screens.map((screen) => ({ plugin: part.plugin, screen })))
      .sort((a, b) => bySpecificity(a.screen.path, b.screen.path));
    for (const { plugin, screen } of candidates) {
      const params = matchScreenPath(screen.path, pathname);
      if (params) return { plugin, screen, params, allowed: holds(this.permissions, screen.permission) };
    }
    return undefined;
  }

  homeWidgets(): VisibleBlock[] {
    return this.parts
      .flatMap((part) =>
        part.homeWidgets
          .filter((widget) => holds(this.permissions, widget.permission))
          .map((widget) => ({ ...widget, plugin: part.plugin, title: translate(part.messages, widget.title) })),
      )
      .sort((a, b) => a.order - b.order)
      .map(({ plugin, id, title, load }) => ({ plugin, id, title, load }));
  }

  patientActions(patientId: string): { id: string; plugin: string; label: string; href: string }[] {
    return this.parts.flatMap((part) =>
      part.patientActions
        .filter((action) => holds(this.permissions, action.permission))
        .map((action) => ({
          id: action.id,
          plugin: part.plugin,
          label: translate(part.messages, action.label),
          href: action.href(patientId),
        })),
    );
  }

  patientPanels(): VisibleBlock[] {
    return this.parts
      .flatMap((part) =>
        part.patientPanels
          .filter((panel) => holds(this.permissions, panel.permission))
          .map((panel) => ({ plugin: part.plugin, id: panel.id, title: '', load: panel.load, order: panel.order })),
      )
      .sort((a, b) => a.order - b.order)
      .map(({ plugin, id, title, load }) => ({ plugin, id, title, load }));
  }

  /**
   * The patient banner's parts the account may see, in their order. A client part built with an SDK older than 2.6
   * (a vendor's prebuilt module) has no `patientBanner` list at all.
   */
  patientBanner(): VisibleBlock[] {
    return this.parts
      .flatMap((part) =>
        (part.patientBanner ?? [])
          .filter((item) => holds(this.permissions, item.permission))
          .map((item) => ({ plugin: part.plugin, id: item.id, title: '', load: item.load, order: item.order })),
      )
      .sort((a, b) => a.order - b.order)
      .map(({ plugin, id, title, load }) => ({ plugin, id, title, load }));
  }

  /**
   * The copies kept along with a copy of replica `name`: every `perPatient` replica for each patient its rows show
   * (the charts of a ward's patients). The account's permissions are not checked here: the server answers 403.
   */
  alsoKeep(name: string, rows: readonly unknown[]): ReplicaScope[] {
    const declared = this.parts.flatMap((part) => part.replicas ?? []);
    const patients = new Set(declared.filter((r) => r.name === name).flatMap((r) => r.patientsOf?.(rows) ?? []));
    return declared.flatMap(({ name: kept, perPatient: param }) =>
      param ? [...patients].map((id) => ({ name: kept, params: { [param]: id } })) : [],
    );
  }

  /** The plugin's own messages, for its screens' `t()`. */
  messagesOf(plugin: string): ClientPlugin['messages'] {
    return this.parts.find((part) => part.plugin === plugin)?.messages ?? {};
  }

  /**
   * Every enabled plugin's refusal texts by problem `code` (their `problems` messages), for the shell's one
   * translation of a refusal; a plugin's text wins over none, the first plugin's over a later one's.
   */
  problemTexts(): Map<string, string> {
    const texts = new Map<string, string>();
    for (const part of this.parts) {
      const problems = part.messages.problems;
      if (typeof problems !== 'object') continue;
      for (const [code, text] of Object.entries(problems))
        if (typeof text === 'string' && !texts.has(code)) texts.set(code, text);
    }
    return texts;
  }
}
