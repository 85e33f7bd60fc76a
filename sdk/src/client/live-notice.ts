/**
 * What the live channel (`GET /api/live`, Server-Sent Events) tells a browser: the kernel sends these, the web client
 * reads them. Ids only: a notice says *that* something changed, never what it now says, so nothing of a patient
 * crosses the channel; the screen asks the API again (which checks and audits the read).
 */

/** Something changed in a plugin's data: one event, by its type, stream and global position. */
export interface ChangeNotice {
  readonly plugin: string;
  readonly type: string;
  readonly streamId: string;
  /** The event's global position, as a string (positions are 64-bit). */
  readonly position: string;
}

/** A report run the user asked for has ended. */
export interface ReportReadyNotice {
  readonly runId: string;
  readonly status: 'completed' | 'failed';
}

/** The account's notifications changed (one raised for them, resolved, acknowledged, snoozed): since SDK 2.3. */
export interface NotificationsNotice {
  /** How many of its notifications the account has not acknowledged now (open, not snoozed). */
  readonly unread: number;
}

/** The SSE event names, as the client's `EventSource.addEventListener` uses them. */
export const LIVE_EVENTS = { change: 'change', reportReady: 'report-ready', notifications: 'notifications' } as const;
