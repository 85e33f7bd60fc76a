/**
 * The replicated working set as the browser sees it (since SDK 2.9): the answer of `GET /api/sync/replicas/<name>`,
 * declared once here for the kernel that sends it and the web client that applies it, and what a screen reads.
 */

/** A replica's scope: ids, codes and dates only (they travel in the URL's query string). */
export type ReplicaParams = Readonly<Record<string, string>>;

/**
 * One pull. `full`: `rows` is the whole answer (replace what is kept). Otherwise `rows` holds only the rows changed
 * since the checkpoint, and `keys` every row's key now, in order (drop the others); `rows` empty and `keys` absent:
 * unchanged. `rowKeys` are the keys of `rows`, in the same order. `position` is the new checkpoint: opaque, sent
 * back as `since`.
 */
export interface ReplicaAnswer<R = unknown> {
  readonly replica: string;
  readonly position: string;
  readonly full: boolean;
  readonly rows: readonly R[];
  readonly rowKeys: readonly string[];
  readonly keys?: readonly string[];
  /** The streams whose change notices concern this copy, when the replica can name them (else: any of its types). */
  readonly streams?: readonly string[];
  /** The replica's limits, which the device applies (rows kept, hours readable offline after the last pull). */
  readonly limits: { readonly maxRows: number; readonly maxAgeHours: number };
}

/** What the server says about each replica it offers (`GET /api/sync/replicas`): which events make a device pull. */
export interface ReplicaDescription {
  readonly name: string;
  readonly plugin: string;
  readonly eventTypes: readonly string[];
  readonly limits: { readonly maxRows: number; readonly maxAgeHours: number };
}

/**
 * How fresh a replica's rows are. `fresh`: pulled since the last change notice; `stale`: offline or the pull
 * failed, rows as of `pulledAt` (none when it is null: nothing was kept); `loading`: the first pull is under way;
 * `forbidden`: access ended, nothing kept; `expired`: kept longer than its limit allows offline, not shown.
 * @example
 * const offline = view.freshness === 'stale' && view.pulledAt !== null; // "the board as it was at …"
 */
export type ReplicaFreshness = 'loading' | 'fresh' | 'stale' | 'forbidden' | 'expired';

/** What `context.replica` hands a screen, again on every change. */
export interface ReplicaView<R = unknown> {
  readonly rows: readonly R[];
  readonly freshness: ReplicaFreshness;
  /** When the rows were last confirmed by the server (ISO time), null before the first pull. */
  readonly pulledAt: string | null;
}

/**
 * A replica a client part keeps. A copy whose rows show patients (a bed board) names them with `patientsOf`; every
 * replica declared `perPatient` (a chart) is then kept for each of those patients too, and dropped when the patient
 * leaves the copy, so a ward's device holds its patients' charts without either plugin naming the other.
 */
export interface ClientReplica {
  readonly name: string;
  /** The patients a copy's rows show (the occupants of a board). */
  readonly patientsOf?: (rows: readonly unknown[]) => readonly string[];
  /** Kept for each patient a kept copy shows, the patient's id under this parameter name (`'patientId'`). */
  readonly perPatient?: string;
}

/** One kept copy: a replica and its scope. */
export interface ReplicaScope {
  readonly name: string;
  readonly params: ReplicaParams;
}
