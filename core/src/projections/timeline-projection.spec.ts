import { defineEvent, definePermission, defineProjection, z, type EventDefinition, type RecordedEvent } from '@hms/sdk';
import { bindProjection, projectionContext } from './timeline-projection';

const CHART_READ = definePermission('lab:chart:read', 'Read results', { patientData: true });
const Registered = defineEvent('desk.Registered', z.object({ patientId: z.string() }), {
  timeline: (d) => ({ patientId: d.patientId, summary: {} }),
});
const ResultRecorded = defineEvent(
  'lab.ResultRecorded',
  z.object({ patientId: z.string(), code: z.string(), at: z.string() }),
  {
    timeline: (d) => ({ patientId: d.patientId, at: d.at, summary: { code: d.code }, visibleWith: CHART_READ }),
  },
);
const CodesLoaded = defineEvent('lab.CodesLoaded', z.object({ count: z.number() }));
const EVENTS = new Map<string, EventDefinition>([Registered, ResultRecorded, CodesLoaded].map((e) => [e.type, e]));

function recorded(type: string, data: unknown): RecordedEvent {
  return {
    type,
    data,
    streamId: 's',
    streamVersion: 1,
    position: 1n,
    schemaVersion: 1,
    recordedAt: new Date(0),
    meta: { actorId: 'a', commandId: 'c', correlationId: 'c', causationId: 'c', plugin: 'lab' },
  };
}

describe('bindProjection', () => {
  const seen: unknown[] = [];
  const timeline = defineProjection({
    name: 'desk.timeline',
    handles: [Registered],
    timelineEvents: true,
    tables: [],
    async evolve(event, _sql, context) {
      seen.push(context.describeOnTimeline(event));
    },
  });

  it('adds every enabled event type that describes itself on the timeline, its own types once', () => {
    const bound = bindProjection(timeline, EVENTS, projectionContext(EVENTS));
    expect(bound.handles.map((h) => h.type)).toEqual(['desk.Registered', 'lab.ResultRecorded']);
  });

  it('leaves a projection that does not ask for timeline events as declared', () => {
    const plain = defineProjection({
      name: 'lab.codes',
      handles: [CodesLoaded],
      tables: [],
      evolve: async () => undefined,
    });
    expect(bindProjection(plain, EVENTS, projectionContext(EVENTS)).handles).toEqual([CodesLoaded]);
  });

  it("hands evolve the context that reads each event through its own definition's description", async () => {
    const bound = bindProjection(timeline, EVENTS, projectionContext(EVENTS));
    const sql = { query: async () => [] };
    await bound.evolve(
      recorded('lab.ResultRecorded', { patientId: 'p-1', code: '718-7', at: '2026-01-01T00:00:00.000Z' }),
      sql,
    );
    await bound.evolve(recorded('lab.CodesLoaded', { count: 3 }), sql);
    expect(seen).toEqual([
      { patientId: 'p-1', at: '2026-01-01T00:00:00.000Z', summary: { code: '718-7' }, visibleWith: CHART_READ },
      undefined,
    ]);
  });
});
