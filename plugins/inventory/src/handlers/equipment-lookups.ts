import { ConflictError, InvariantViolation, NotFoundError, type CommandContext } from '@hms/sdk';
import { assetDecider, type Asset } from '../domain/asset/asset.decider';
import { assetStream } from '../domain/asset/asset.stream';
import { ASSET_NOT_FOUND, ASSET_RETIRED, ASSET_SERIAL_TAKEN } from '../errors';

/** The asset as its stream has it, inside the command's transaction: 404 when unknown, 422 when retired. */
export async function loadActiveAsset(ctx: Pick<CommandContext, 'streams'>, assetId: string): Promise<Asset> {
  const { state } = await ctx.streams.load(assetStream(assetId), assetDecider);
  if (state.status === 'none') throw new NotFoundError(ASSET_NOT_FOUND, { assetId });
  if (state.status === 'retired') {
    throw new InvariantViolation(ASSET_RETIRED, { assetId }, { message: 'This asset was retired.' });
  }
  return state;
}

/**
 * A manufacturer's serial number names one device: unique per manufacturer, regardless of case. Two registrations
 * racing meet the read model's unique key, and the kernel decides the later one again, which this then refuses.
 */
export async function assertSerialFree(ctx: CommandContext, manufacturer: string, serialNumber: string): Promise<void> {
  const [taken] = await ctx.sql.query<{ id: string }>(
    `SELECT id FROM inventory.assets WHERE lower(manufacturer) = lower($1) AND lower(serial_number) = lower($2)`,
    [manufacturer, serialNumber],
  );
  if (taken) {
    throw new ConflictError(
      ASSET_SERIAL_TAKEN,
      { assetId: taken.id },
      { message: "This manufacturer's serial number is already in the register." },
    );
  }
}
