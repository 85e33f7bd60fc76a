import {
  defineCommand, defineEvent, defineProjection, defineQuery, handleCommand, type Decider, type DataOf, type InputOf,
} from './index';
import { z } from './schema';

/**
 * Type tests: `npm test` typechecks spec files, so each `@ts-expect-error` below fails the build when the contract
 * it pins stops holding. The runtime assertions only keep Jest honest about the file.
 */
const Book = defineCommand('lab.Book', z.strictObject({ patientId: z.uuid(), priority: z.enum(['routine', 'urgent']).default('routine') }));
const Booked = defineEvent('lab.Booked', z.object({ patientId: z.string(), priority: z.string() }));
const GetBooking = defineQuery('lab.GetBooking', z.object({ id: z.uuid() }));

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(): T => true as T;

describe('SDK types', () => {
  it('types handler data from the schema, after defaults', () => {
    assertType<Equal<DataOf<typeof Book>, { patientId: string; priority: 'routine' | 'urgent' }>>();
    const registration = handleCommand(Book, {
      permission: { name: 'lab:booking:write', description: '', patientData: true },
      auditPatient: (data) => data.patientId,
      async handle(data) {
        // @ts-expect-error: the schema has no such field
        void data.patientName;
        return data.priority;
      },
    });
    expect(registration.command).toBe(Book);
  });

  it('lets callers leave out fields that have defaults', () => {
    const input: InputOf<typeof Book> = { patientId: '00000000-0000-4000-8000-000000000000' };
    // @ts-expect-error: patientId is required
    const missing: InputOf<typeof Book> = { priority: 'urgent' };
    expect([input, missing]).toHaveLength(2);
    assertType<Equal<DataOf<typeof GetBooking>, { id: string }>>();
  });

  it('types projection events from the definitions they handle', () => {
    const projection = defineProjection({
      name: 'lab.bookings', mode: 'inline', handles: [Booked], tables: ['lab.bookings'],
      async evolve(event) {
        assertType<Equal<typeof event.data, DataOf<typeof Booked>>>();
        // @ts-expect-error: not a field of lab.Booked
        void event.data.mrn;
      },
    });
    expect(projection.mode).toBe('inline');
  });

  it('types a timeline description by its event and an asked query by its parameters (SDK 1.1)', async () => {
    const opened = z.object({ patientId: z.string(), orderId: z.string() });
    const Opened = defineEvent('lab.Opened', opened, {
      timeline: (d) => {
        assertType<Equal<typeof d, { patientId: string; orderId: string }>>();
        return { patientId: d.patientId, summary: { orderId: d.orderId } };
      },
    });
    defineEvent('lab.Leaked', opened, {
      // @ts-expect-error: a summary holds ids and codes, not objects
      timeline: (d) => ({ patientId: d.patientId, summary: { order: { id: d.orderId } } }),
    });
    const prepare = handleCommand(Book, {
      permission: { name: 'lab:booking:write', description: '', patientData: true },
      auditPatient: (data) => data.patientId,
      async prepare(data, ctx) {
        // @ts-expect-error: GetBooking takes an id
        await ctx.ask(GetBooking, { patientId: data.patientId });
        return ctx.isEnabled('patient') ? ctx.ask<typeof GetBooking, { id: string }>(GetBooking, { id: data.patientId }) : undefined;
      },
      handle: async (_data, _ctx, prepared) => prepared?.id,
    });
    expect([Opened.timeline, prepare.prepare]).toHaveLength(2);
  });

  it('gives the decided state back to the handler', () => {
    type Streams = Parameters<Parameters<typeof handleCommand>[1]['handle']>[1]['streams'];
    type Result = Awaited<ReturnType<Streams['decide']>>;
    assertType<Equal<keyof Result, 'events' | 'version' | 'state'>>();
    const decider: Decider<{ n: number }, never, never> = { initialState: () => ({ n: 0 }), decide: () => [], evolve: (s) => s };
    expect(decider.initialState()).toEqual({ n: 0 });
  });
});
