import { describe, it } from 'node:test';
import { deciderSpec } from '@hms/sdk/testing';
import { RequestSupplies } from '../../contracts/commands';
import { SuppliesRequested } from '../../contracts/events';
import { wardSuppliesDecider, type RequestSuppliesCommand, type WardSuppliesEvent } from './supply-request.decider';

const NOW = '2026-03-01T09:00:00.000Z';
const meta = { commandId: 'command-1', actorId: 'nurse-1', now: NOW, correlationId: 'correlation-1' };

const request = (item: string, quantity = 10, requestId = '00000000-0000-4000-8000-000000000001') =>
  ({
    type: RequestSupplies.type,
    data: { requestId, ward: 'MED2', item, quantity },
    meta,
  }) satisfies RequestSuppliesCommand;

const requested = (item: string, quantity = 10, requestId = '00000000-0000-4000-8000-000000000001') =>
  ({
    type: SuppliesRequested.type,
    data: { requestId, ward: 'MED2', item, quantity, requestedBy: 'nurse-1', requestedAt: NOW },
  }) satisfies WardSuppliesEvent;

describe('ward supplies', () => {
  it('records a request, by whom and when', () =>
    deciderSpec(wardSuppliesDecider)
      .given([])
      .when(request('Gloves'))
      .then([requested('gloves')]));

  it('refuses a second request for an item still open', () =>
    deciderSpec(wardSuppliesDecider)
      .given([requested('gloves')])
      .when(request('GLOVES', 5, '00000000-0000-4000-8000-000000000002'))
      .thenRejects('ALREADY_REQUESTED'));

  it('takes another item', () =>
    deciderSpec(wardSuppliesDecider)
      .given([requested('gloves')])
      .when(request('masks', 50, '00000000-0000-4000-8000-000000000002'))
      .thenState({ open: { gloves: 10, masks: 50 } }));
});
