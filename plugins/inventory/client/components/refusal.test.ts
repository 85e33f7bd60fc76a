import { describe, expect, it } from 'vitest';
import { messages as msg } from '../messages.en';
import { t } from '$lib/i18n/en';
import { usePluginProblemTexts } from '$lib/api/problem';
import { send, stockRefusal, unreachable } from './refusal';

// The shell merges each enabled plugin's refusal texts; here, this plugin's own.
usePluginProblemTexts(new Map(Object.entries(msg.problems)));

const unitOf = (id: string) => (id === 'item-1' ? 'tablet' : undefined);

describe('a refused stock command', () => {
  it('says how much can be issued, in the item unit', () => {
    const problem = {
      status: 422,
      code: 'INSUFFICIENT_STOCK',
      detail: 'Only 60 usable units are here.',
      details: { itemId: 'item-1', locationId: 'l', requested: 500, available: 60 },
    };
    expect(stockRefusal(problem, unitOf)).toBe(
      'Only 60 tablets can be used here; 500 tablets asked for. Expired lots are not issued.',
    );
  });

  it("keeps the server's sentence about one lot, and for an item it cannot name", () => {
    const lot = {
      status: 422,
      code: 'INSUFFICIENT_STOCK',
      detail: 'Only 2 of this lot are here.',
      details: { itemId: 'item-1', lot: 'A1', requested: 5, available: 2 },
    };
    expect(stockRefusal(lot, unitOf)).toBe('Only 2 of this lot are here.');
    const other = {
      status: 422,
      code: 'INSUFFICIENT_STOCK',
      detail: 'Only 2 usable units are here.',
      details: { itemId: 'x', requested: 5, available: 2 },
    };
    expect(stockRefusal(other, unitOf)).toBe('Only 2 usable units are here.');
  });

  it('says what is outstanding when a delivery is more than was ordered', () => {
    const problem = {
      status: 422,
      code: 'OVER_DELIVERY',
      details: { orderId: 'o', itemId: 'item-1', outstanding: 20, delivered: 30 },
    };
    expect(stockRefusal(problem, unitOf)).toBe('Only 20 tablets still outstanding on the order; 30 tablets entered.');
  });

  it('explains other refusals as the rest of the client does', () => {
    expect(stockRefusal({ status: 403 }, unitOf)).toBe(t.problems.forbidden);
    expect(stockRefusal({ status: 422, code: 'SAME_LOCATION' }, unitOf)).toBe(msg.problems.SAME_LOCATION);
  });
});

describe('sending a command', () => {
  it('answers null when done, the explanation when refused, and the network message when the server is not reached', async () => {
    expect(await send(async () => ({ response: new Response(null, { status: 201 }) }))).toBeNull();
    expect(
      await send(async () => ({ error: { code: 'ORDER_CLOSED' }, response: new Response(null, { status: 422 }) })),
    ).toBe(msg.problems.ORDER_CLOSED);
    expect(
      await send(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toBe(t.problems.network);
  });
});

describe('an inventory screen that could not load', () => {
  it('says the inventory needs the network when offline, and that the server did not answer otherwise', () => {
    expect(unreachable(false)).toBe(msg.inventory.offline);
    expect(unreachable(true)).toBe(t.problems.network);
  });
});
