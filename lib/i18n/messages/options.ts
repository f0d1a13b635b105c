import type { MessageTable } from '../types';

/** Texts of the options area. Keys start with `options_`. */
export const optionsMessages = {} as const satisfies MessageTable;
