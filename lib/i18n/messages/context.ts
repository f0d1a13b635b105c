import type { MessageTable } from '../types';

/** Texts of the context area. Keys start with `context_`. */
export const contextMessages = {} as const satisfies MessageTable;
