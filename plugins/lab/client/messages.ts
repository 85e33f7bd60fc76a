import { localizeMessages } from '@hms/sdk/client';
import { messages as english } from './messages.en';
import { messagesPt } from './messages.pt';

/** The lab plugin's messages in the language the user chose; English where a translation lacks one. */
export const messages = localizeMessages(english, { pt: messagesPt });
