import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveChannel, matches, type EventSourceLike } from './live';

/** An EventSource the test drives: it opens, errors and delivers events when told. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();
  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  opened(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  failed(readyState: number): void {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
  emit(type: string, data: unknown): void {
    for (const l of this.listeners.get(type) ?? []) l(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

const change = (type: string, streamId = 'patient.appointment-1') => ({
  plugin: 'patient',
  type,
  streamId,
  position: '1',
});

let sources: FakeSource[];
let channel: LiveChannel;
beforeEach(() => {
  vi.useFakeTimers();
  sources = [];
  channel = new LiveChannel(
    () => {
      const s = new FakeSource();
      sources.push(s);
      return s;
    },
    300,
    30_000,
  );
});
afterEach(() => vi.useRealTimers());

describe('LiveChannel', () => {
  it('keeps one EventSource however many screens start it', () => {
    channel.start();
    channel.start();
    expect(sources).toHaveLength(1);
  });

  it('refreshes a screen once for a burst of matching notices, and not for others', () => {
    channel.start();
    sources[0]!.opened();
    const refresh = vi.fn();
    channel.watch({ plugin: 'patient', types: ['patient.AppointmentBooked'] }, refresh);
    sources[0]!.emit('change', change('patient.AppointmentBooked'));
    sources[0]!.emit('change', change('patient.AppointmentBooked', 'patient.appointment-2'));
    sources[0]!.emit('change', change('patient.PatientRegistered'));
    vi.advanceTimersByTime(300);
    expect(refresh).toHaveBeenCalledTimes(1);
    sources[0]!.emit('change', change('patient.PatientRegistered'));
    vi.advanceTimersByTime(300);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('stops calling a screen that stopped watching', () => {
    channel.start();
    const refresh = vi.fn();
    const stop = channel.watch({ plugin: 'patient' }, refresh);
    sources[0]!.emit('change', change('patient.AppointmentBooked'));
    stop();
    vi.advanceTimersByTime(300);
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes every screen when a lost channel comes back, since notices are not replayed', () => {
    channel.start();
    sources[0]!.opened();
    const refresh = vi.fn();
    channel.watch({ plugin: 'patient', types: ['patient.BedAssigned'] }, refresh);
    sources[0]!.failed(0); // the browser is reconnecting
    sources[0]!.opened();
    vi.advanceTimersByTime(300);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(sources).toHaveLength(1);
  });

  it('opens a new channel later when the server refused it', () => {
    channel.start();
    sources[0]!.failed(2);
    expect(channel.connected).toBe(false);
    vi.advanceTimersByTime(30_000);
    expect(sources).toHaveLength(2);
  });

  it('tells who asked when the server refused the channel, not when the network dropped it', () => {
    const refused = vi.fn();
    channel.onRefused(refused);
    channel.start();
    sources[0]!.failed(0); // the browser reconnects by itself: a network loss
    expect(refused).not.toHaveBeenCalled();
    sources[0]!.failed(2);
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('hands report-ready notices to their listeners', () => {
    channel.start();
    const ready = vi.fn();
    channel.onReportReady(ready);
    sources[0]!.emit('report-ready', { runId: 'r-1', status: 'completed' });
    expect(ready).toHaveBeenCalledWith({ runId: 'r-1', status: 'completed' });
  });

  it('hands the unread count to its listeners, and says when a lost channel came back', () => {
    channel.start();
    sources[0]!.opened();
    const counts = vi.fn();
    const stop = channel.onNotifications(counts);
    sources[0]!.emit('notifications', { unread: 3 });
    sources[0]!.emit('notifications', { unread: 'many' });
    expect(counts.mock.calls).toEqual([[{ unread: 3 }]]);
    sources[0]!.failed(0);
    sources[0]!.opened();
    expect(counts.mock.calls).toEqual([[{ unread: 3 }], [undefined]]);
    stop();
    sources[0]!.emit('notifications', { unread: 4 });
    expect(counts).toHaveBeenCalledTimes(2);
  });

  it('closes the EventSource when stopped', () => {
    const stop = channel.start();
    stop();
    expect(sources[0]!.closed).toBe(true);
  });
});

describe('matches', () => {
  it('filters by plugin, event type and stream prefix', () => {
    const notice = change('patient.AppointmentBooked', 'patient.practitioner-day-9');
    expect(matches({ plugin: 'patient' }, notice)).toBe(true);
    expect(matches({ plugin: 'ehr' }, notice)).toBe(false);
    expect(matches({ plugin: 'patient', types: ['patient.BedAssigned'] }, notice)).toBe(false);
    expect(matches({ plugin: 'patient', streamPrefixes: ['patient.practitioner-day-'] }, notice)).toBe(true);
    expect(matches({ plugin: 'patient', streamPrefixes: ['patient.ward-'] }, notice)).toBe(false);
  });
});
