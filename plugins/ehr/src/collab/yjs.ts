/**
 * Yjs for the plugin. Its type declarations are ES modules, which this CommonJS package may only import as
 * types; at run time its CommonJS build loads, the same copy the core and the y-websocket client load (two
 * copies of Yjs would break its `instanceof` checks).
 */
import type * as YTypes from 'yjs' with { 'resolution-mode': 'import' };

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const Y = require('yjs') as typeof YTypes;
export type YXmlElement = YTypes.XmlElement;
export type YXmlText = YTypes.XmlText;
