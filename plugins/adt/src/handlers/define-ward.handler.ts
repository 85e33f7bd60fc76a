import { handleCommand } from '@hms/sdk';
import { WARD_MANAGE } from '../contracts/permissions';
import type { WardView } from '../contracts/queries';
import { DefineWard } from '../contracts/commands';
import { wardCodeDecider } from '../domain/ward-code/ward-code.decider';
import { wardCodeStream } from '../domain/ward-code/ward-code.stream';
import { wardDecider } from '../domain/ward/ward.decider';
import { wardStream } from '../domain/ward/ward.stream';

/** Claims the ward's code, then defines the ward with its beds; both in one transaction, or neither. */
export const defineWardHandler = handleCommand(DefineWard, {
  permission: WARD_MANAGE,
  async handle({ code, name, specialty, beds = [] }, ctx): Promise<WardView> {
    const wardId = ctx.newId();
    await ctx.streams.decide(wardCodeStream(code), wardCodeDecider, {
      type: 'adt.ClaimWardCode',
      data: { code, wardId },
      meta: ctx.meta,
    });
    const { state } = await ctx.streams.decide(
      wardStream(wardId),
      wardDecider,
      {
        type: 'adt.DefineWard',
        data: { wardId, code, name, specialty, beds: beds.map((label) => ({ bedId: ctx.newId(), label })) },
        meta: ctx.meta,
      },
      { expectedVersion: 'no-stream' },
    );
    if (state.status !== 'defined') throw new Error('DefineWard must leave a defined ward');
    const bedViews = Object.entries(state.beds).map(([id, label]) => ({ id, label }));
    return { id: wardId, code: state.code, name: state.name, specialty: state.specialty, beds: bedViews };
  },
});
