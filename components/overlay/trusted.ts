import type { SyntheticEvent } from 'react';

/**
 * The user's own action: a trusted event (a click, or Enter or Space on a focused button, which the
 * browser turns into a trusted click). A page script can reach the overlay's buttons through
 * the open shadow root and call `.click()` or dispatch events; those are untrusted and do nothing.
 */
function isUserEvent(event: Event): boolean {
  return event.isTrusted;
}

/** Wraps a handler so it runs only on the user's own action. */
export function onUserAction(handler: () => void): (event: SyntheticEvent) => void {
  return (event) => {
    if (isUserEvent(event.nativeEvent)) handler();
  };
}
