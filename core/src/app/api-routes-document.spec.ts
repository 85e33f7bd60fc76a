import { defineCommand, definePermission, definePlugin, defineRoute, handleCommand, z } from '@hms/sdk';
import { apiDocumentForPlugins } from './api-routes-document';

const WRITE = definePermission('lab:order:write', 'Change orders');
const CancelOrder = defineCommand('lab.CancelOrder', z.strictObject({ orderId: z.uuid(), reason: z.string().min(1) }));
const Reorder = defineCommand(
  'lab.Reorder',
  z
    .object({ orderId: z.uuid(), from: z.uuid().optional(), to: z.uuid().optional() })
    .refine((d) => d.from !== d.to, { message: 'Give two different slots' }),
);

const lab = definePlugin({
  name: 'lab',
  version: '1.0.0',
  sdk: '^2.0.0',
  permissions: [WRITE],
  paths: ['/lab-orders'],
  commands: [CancelOrder, Reorder].map((command) =>
    handleCommand(command, { permission: WRITE, handle: async () => null }),
  ),
  routes: [
    defineRoute({ method: 'POST', path: '/lab-orders/:orderId/cancel', summary: 'Cancel', command: CancelOrder }),
    defineRoute({ method: 'POST', path: '/lab-orders/:orderId/reorder', summary: 'Reorder', command: Reorder }),
    defineRoute({ method: 'DELETE', path: '/lab-orders/:orderId', summary: 'Withdraw', command: CancelOrder }),
  ],
});

describe(apiDocumentForPlugins.name, () => {
  const document = JSON.stringify(apiDocumentForPlugins([lab], '1.0.0'));
  const operation = (path: string, method: string): Record<string, unknown> =>
    (JSON.parse(document) as { paths: Record<string, Record<string, Record<string, unknown>>> }).paths[path]![method]!;
  const bodyOf = (path: string): unknown =>
    (operation(path, 'post').requestBody as { content: Record<string, { schema: unknown }> }).content[
      'application/json'
    ]!.schema;

  it("documents a command route's body as the command's schema without the path's parameters, as strict as it was", () => {
    expect(bodyOf('/api/lab-orders/{orderId}/cancel')).toMatchObject({
      type: 'object',
      properties: { reason: expect.anything() },
      required: ['reason'],
      additionalProperties: false,
    });
    expect(JSON.stringify(bodyOf('/api/lab-orders/{orderId}/cancel'))).not.toContain('orderId');
  });

  it('documents a schema refined across fields whole, and a bodiless route with its path parameters typed', () => {
    expect(JSON.stringify(bodyOf('/api/lab-orders/{orderId}/reorder'))).toContain('orderId');
    expect(operation('/api/lab-orders/{orderId}', 'delete').parameters).toContainEqual(
      expect.objectContaining({ name: 'orderId', in: 'path', schema: expect.objectContaining({ format: 'uuid' }) }),
    );
  });
});
