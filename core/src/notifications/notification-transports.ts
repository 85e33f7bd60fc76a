/** An outside channel a notification may take. */
export type TransportChannel = 'email' | 'sms';

/**
 * What a transport is handed: an address and a body that carries only the kind's title, the notification's code
 * and a link to the inbox, never the notification's facts or the plugin's link (they may name a patient).
 */
export interface TransportMessage {
  readonly channel: TransportChannel;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/**
 * Sends messages of one channel (an SMTP relay, an SMS gateway). Throwing fails the delivery job, which BullMQ
 * retries with backoff; a message is sent at most once per person, notification and channel.
 */
export interface NotificationTransport {
  send(message: TransportMessage): Promise<void>;
}

/** The transports an installation has; a channel without one is not offered to anyone. */
export interface NotificationTransports {
  readonly email?: NotificationTransport;
  readonly sms?: NotificationTransport;
}

/**
 * A transport that sends nothing and keeps what it would have sent, for tests and for trying the system out
 * (`HMS_NOTIFY_TRANSPORTS=record`).
 */
export class RecordingTransport implements NotificationTransport {
  readonly sent: TransportMessage[] = [];

  send(message: TransportMessage): Promise<void> {
    this.sent.push(message);
    return Promise.resolve();
  }
}

/**
 * The one message body every transport sends: the kind's title (a plugin's fixed words, the same for every patient),
 * the code and the link to the person's inbox, where they sign in to read the rest.
 */
export function transportMessage(
  channel: TransportChannel,
  to: string,
  notice: { readonly title: string; readonly code: string; readonly publicUrl: string },
): TransportMessage {
  const link = `${notice.publicUrl.replace(/\/+$/, '')}/notifications?code=${notice.code}`;
  return {
    channel,
    to,
    subject: `${notice.title} (${notice.code})`,
    body:
      channel === 'sms'
        ? `${notice.title}. Code ${notice.code}. ${link}`
        : `${notice.title}.\n\nCode: ${notice.code}\nOpen it after signing in: ${link}\n`,
  };
}
