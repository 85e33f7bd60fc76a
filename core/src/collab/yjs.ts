/**
 * Yjs, y-protocols and lib0, loaded once for the core. Their type declarations are ES modules, which this
 * CommonJS package may only import as types; at run time their CommonJS builds load, the same copies the stock
 * y-websocket client loads in a CommonJS process (two copies of Yjs would break its `instanceof` checks).
 */
import type * as YTypes from 'yjs' with { 'resolution-mode': 'import' };
import type * as SyncTypes from 'y-protocols/sync' with { 'resolution-mode': 'import' };
import type * as AwarenessTypes from 'y-protocols/awareness' with { 'resolution-mode': 'import' };
import type * as AuthTypes from 'y-protocols/auth' with { 'resolution-mode': 'import' };
import type * as EncodingTypes from 'lib0/encoding' with { 'resolution-mode': 'import' };
import type * as DecodingTypes from 'lib0/decoding' with { 'resolution-mode': 'import' };

/* eslint-disable @typescript-eslint/no-require-imports */
export const Y = require('yjs') as typeof YTypes;
export const syncProtocol = require('y-protocols/sync') as typeof SyncTypes;
export const awarenessProtocol = require('y-protocols/awareness') as typeof AwarenessTypes;
export const authProtocol = require('y-protocols/auth') as typeof AuthTypes;
export const encoding = require('lib0/encoding') as typeof EncodingTypes;
export const decoding = require('lib0/decoding') as typeof DecodingTypes;
/* eslint-enable @typescript-eslint/no-require-imports */

export type YDoc = YTypes.Doc;
export type Awareness = AwarenessTypes.Awareness;
export type Decoder = DecodingTypes.Decoder;
