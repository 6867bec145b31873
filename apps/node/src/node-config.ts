import type { NodeConfig } from '@lattice/config';

/** Injection token of the node's loaded, validated configuration. */
export const NODE_CONFIG = Symbol('NODE_CONFIG');

export type { NodeConfig };
