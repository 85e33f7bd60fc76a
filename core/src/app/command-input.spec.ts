import type { RouteRequest } from '@hms/sdk';
import { commandInput } from './command-input';

const request = (body: unknown, params: Record<string, string> = { wardId: 'w-1' }): RouteRequest => ({
  params,
  query: {},
  headers: {},
  body,
});

describe(commandInput.name, () => {
  it("gives the command the body's fields plus the path's parameters", () => {
    expect(commandInput(request({ code: '12', bedType: 'standard' }))).toEqual({
      code: '12',
      bedType: 'standard',
      wardId: 'w-1',
    });
  });

  it('lets the path win over a body naming another record', () => {
    expect(commandInput(request({ wardId: 'w-2', code: '12' }))).toEqual({ wardId: 'w-1', code: '12' });
  });

  it("gives the path's parameters alone when there is no body", () => {
    expect(commandInput(request(undefined))).toEqual({ wardId: 'w-1' });
    expect(commandInput(request(null))).toEqual({ wardId: 'w-1' });
  });

  it('passes a body that is not an object on as it is, for the schema to refuse', () => {
    expect(commandInput(request([1, 2]))).toEqual([1, 2]);
    expect(commandInput(request('text'))).toBe('text');
  });
});
