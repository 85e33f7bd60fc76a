import type { AllergyStatus, Dosage, Goal, PrescribingOverride } from '../../contracts/schemas';

/** How many observations of one code the chart keeps (enough for a trend); older ones stay in the stream. */
export const OBSERVATIONS_KEPT_PER_CODE = 20;

export type ProblemEntry = {
  readonly problemId: string;
  readonly kind: 'diagnosis' | 'problem';
  readonly code: string;
  readonly title: string;
  readonly encounterId?: string;
  readonly onset?: string;
  readonly note?: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
} & ({ readonly status: 'active' } | { readonly status: 'resolved'; readonly resolvedOn: string });

export interface AllergyEntry {
  readonly allergyId: string;
  readonly substance: string;
  readonly type: 'allergy' | 'intolerance';
  readonly category: string;
  readonly reaction?: string;
  readonly severity?: string;
  readonly criticality: string;
  readonly status: AllergyStatus;
  readonly statusReason?: string;
  readonly recordedAt: string;
}

export type MedicationEntry = {
  readonly medicationId: string;
  readonly medication: string;
  readonly dosage: Dosage;
  /** The units to supply (1.7). */
  readonly quantity?: number;
  readonly reason?: string;
  readonly encounterId?: string;
  /** Prescribed despite a warning: the allergies and orders the prescriber saw, and why (1.10). */
  readonly override?: PrescribingOverride;
  readonly prescribedAt: string;
  readonly prescribedBy: string;
  readonly changes: readonly { readonly at: string; readonly dosage: Dosage; readonly reason: string }[];
} & (
  | { readonly status: 'active' }
  | { readonly status: 'stopped'; readonly stoppedAt: string; readonly stopReason: string }
);

export interface ObservationEntry {
  readonly observationId: string;
  readonly code: string;
  readonly value: number;
  readonly unit: string;
  readonly effectiveAt: string;
  readonly encounterId?: string;
  readonly recordedAt: string;
}

export interface ProgressEntry {
  readonly entryId: string;
  readonly goalId?: string;
  readonly note: string;
  readonly at: string;
}

export type PlanEntry = {
  readonly planId: string;
  readonly title: string;
  readonly problemId?: string;
  readonly goals: readonly Goal[];
  readonly startedAt: string;
  readonly progress: readonly ProgressEntry[];
} & (
  | { readonly status: 'active' }
  | { readonly status: 'closed'; readonly outcome: 'completed' | 'abandoned'; readonly closedAt: string }
);

/** A signed version of a note: the legal record (text, hash, revision), kept for every signing. */
export interface SignedVersion {
  readonly signedVersion: number;
  readonly text: string;
  readonly contentHash: string;
  readonly revision: number;
  readonly signedAt: string;
  readonly signedBy: string;
  readonly amends?: { readonly signedVersion: number; readonly contentHash: string; readonly reason: string };
}

/** A note's life: drafted, signed, and (after an amendment is started) amending until signed again. */
export type NoteEntry = {
  readonly noteId: string;
  readonly title: string;
  readonly encounterId?: string;
  readonly createdAt: string;
  readonly authorId: string;
  readonly signed: readonly SignedVersion[];
} & (
  | { readonly status: 'draft' }
  | { readonly status: 'signed' }
  | { readonly status: 'amending'; readonly amendmentReason: string }
);

/** A patient's clinical record as folded from the chart stream (up to a moment, for `asOf`). */
export interface ChartState {
  readonly problems: Readonly<Record<string, ProblemEntry>>;
  readonly allergies: Readonly<Record<string, AllergyEntry>>;
  readonly medications: Readonly<Record<string, MedicationEntry>>;
  /** Newest first, per LOINC code. */
  readonly observations: Readonly<Record<string, readonly ObservationEntry[]>>;
  readonly plans: Readonly<Record<string, PlanEntry>>;
  readonly notes: Readonly<Record<string, NoteEntry>>;
  /** The newest event's time (null for an empty chart). */
  readonly updatedAt: string | null;
}

export const initialState = (): ChartState => ({
  problems: {},
  allergies: {},
  medications: {},
  observations: {},
  plans: {},
  notes: {},
  updatedAt: null,
});
