import { PLUGIN } from '../../plugin-name';

/** One stream per ward (`<plugin>.ward-<ward>`): the rule below looks at all of a ward's open requests at once. */
export const wardSuppliesStream = (ward: string): string => `${PLUGIN}.ward-${ward.toLowerCase()}`;
