import {
  defineCommand,
  defineEvent,
  defineJob,
  defineProjection,
  defineQuery,
  defineRoute,
  handleCommand,
  handleQuery,
  type Decider,
  type DataOf,
  type InputOf,
  type JobContext,
  type PathParams,
  type QueryContext,
  type ResultOf,
} from './index';
import type { TestKernel } from './testing';
import { z } from './schema';

/**
 * Type tests: `npm test` typechecks spec files, so each `@ts-expect-error` below fails the build when the contract
 * it pins stops holding. The runtime assertions only keep Jest honest about the file.
 */
const Book = defineCommand(
  'lab.Book',
  z.strictObject({ patientId: z.uuid(), priority: z.enum(['routine', 'urgent']).default('routine') }),
);
const Booked = defineEvent('lab.Booked', z.object({ patientId: z.string(), priority: z.string() }));
const GetBooking = defineQuery('lab.GetBooking', z.object({ id: z.uuid() })).returns<{
  id: string;
  priority: string;
}>();

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
      name: 'lab.bookings',
      mode: 'inline',
      handles: [Booked],
      tables: ['lab.bookings'],
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
        return ctx.isEnabled('patient') ? ctx.ask(GetBooking, { id: data.patientId }) : undefined;
      },
      handle: async (_data, _ctx, prepared) => prepared?.id,
    });
    expect([Opened.timeline, prepare.prepare]).toHaveLength(2);
  });

  it('types answers by the declared result, and checks handlers against it (SDK 2.0)', async () => {
    const Cancel = defineCommand('lab.Cancel', z.object({ id: z.uuid() })).returns<{ cancelled: true }>();
    assertType<Equal<ResultOf<typeof GetBooking>, { id: string; priority: string }>>();
    assertType<Equal<ResultOf<typeof Book>, unknown>>();
    handleCommand(Cancel, {
      permission: { name: 'lab:booking:write', description: '', patientData: false },
      // @ts-expect-error: the declared result is { cancelled: true }
      handle: async () => ({ cancelled: 'yes' }),
    });
    const getBooking = handleQuery(GetBooking, {
      permission: { name: 'lab:booking:read', description: '', patientData: true },
      auditPatient: (params, result) => result?.id ?? params.id,
      handle: async (params) => ({ id: params.id, priority: 'routine' }),
    });
    const ask = (ctx: QueryContext): Promise<{ id: string; priority: string }> =>
      ctx.ask(GetBooking, { id: '00000000-0000-4000-8000-000000000000' });
    const execute = (kernel: TestKernel): Promise<{ cancelled: true }> =>
      kernel.execute(Cancel, { id: '00000000-0000-4000-8000-000000000000' });
    expect([getBooking.query, ask, execute, GetBooking.returns()]).toContain(GetBooking);
  });

  it('types a route by its path and its message (SDK 2.0)', () => {
    assertType<
      Equal<PathParams<'/wards/:wardId/beds/:bedId/service'>, { readonly wardId: string; readonly bedId: string }>
    >();
    assertType<Equal<PathParams<'/encounters/:encounterId/summary.pdf'>, { readonly encounterId: string }>>();
    const route = defineRoute({
      method: 'GET',
      path: '/bookings/:bookingId',
      summary: 'One booking',
      query: GetBooking,
      input: (request) => ({ id: request.params.bookingId }),
      respond: (booking) => ({ body: booking.priority }),
    });
    defineRoute({
      method: 'GET',
      path: '/bookings/:bookingId',
      summary: 'One booking',
      query: GetBooking,
      // @ts-expect-error: the path has no :id
      input: (request) => ({ id: request.params.id }),
    });
    expect(route.path).toBe('/bookings/:bookingId');
  });

  it('narrows event data by a switch on the type, and types job options by the plugin (SDK 2.0)', () => {
    const Cancelled = defineEvent('lab.Cancelled', z.object({ bookingId: z.string(), reason: z.string() }));
    const projection = defineProjection({
      name: 'lab.cancellations',
      handles: [Booked, Cancelled],
      tables: ['lab.cancellations'],
      async evolve(event) {
        switch (event.type) {
          case Booked.type:
            return assertType<Equal<typeof event.data, DataOf<typeof Booked>>>() && undefined;
          case Cancelled.type:
            return assertType<Equal<typeof event.data, DataOf<typeof Cancelled>>>() && undefined;
        }
      },
    });
    interface LabOptions {
      readonly courier?: { send(id: string): void };
    }
    const job = defineJob({
      name: 'lab.send-samples',
      payload: z.object({ day: z.string() }),
      async handle(payload, ctx: JobContext<LabOptions>) {
        ctx.options.courier?.send(payload.day);
        // @ts-expect-error: not an option of the plugin
        void ctx.options.printer;
      },
    });
    expect([projection.name, job.name]).toEqual(['lab.cancellations', 'lab.send-samples']);
  });

  it('gives the decided state back to the handler', () => {
    type Streams = Parameters<Parameters<typeof handleCommand>[1]['handle']>[1]['streams'];
    type Result = Awaited<ReturnType<Streams['decide']>>;
    assertType<Equal<keyof Result, 'events' | 'version' | 'state'>>();
    const decider: Decider<{ n: number }, never, never> = {
      initialState: () => ({ n: 0 }),
      decide: () => [],
      evolve: (s) => s,
    };
    expect(decider.initialState()).toEqual({ n: 0 });
  });
});
