import type { MessageTable } from '../types';

/** Texts of the overlay area. Keys start with `overlay_`. */
export const overlayMessages = {} as const satisfies MessageTable;
