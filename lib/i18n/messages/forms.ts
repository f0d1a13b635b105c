import type { MessageTable } from '../types';

/** Texts of the forms area. Keys start with `forms_`. */
export const formsMessages = {} as const satisfies MessageTable;
