import type { CenterConfig } from '@lattice/config';

/** Injection token of the center's loaded, validated configuration. */
export const CENTER_CONFIG = Symbol('CENTER_CONFIG');

export type { CenterConfig };
