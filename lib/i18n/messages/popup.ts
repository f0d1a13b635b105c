import type { MessageTable } from '../types';

/** Texts of the popup area. Keys start with `popup_`. */
export const popupMessages = {} as const satisfies MessageTable;
