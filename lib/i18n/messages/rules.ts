import type { MessageTable } from '../types';

/** Texts of the rules area. Keys start with `rules_`. */
export const rulesMessages = {} as const satisfies MessageTable;
