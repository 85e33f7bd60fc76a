import { localizeMessages } from '@hms/sdk/client';
import { operations as english } from './messages-operations.en';
import { operationsPt } from './messages-operations.pt';

/** The messages of inventory 1.5's screens in the language the user chose; English where a translation lacks one. */
export const operations = localizeMessages(english, { pt: operationsPt });
