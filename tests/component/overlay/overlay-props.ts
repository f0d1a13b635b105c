import { vi } from 'vitest';
import type { OverlayProps } from '../../../components/overlay/Overlay';
import { CONTOSO_SUPPORT, buildView, emptyAzureForm, frameVerdictOf } from '../../support/projection';

/**
 * The Overlay's props for the component tests: a known customer's (Contoso's) Azure support form,
 * empty, with findings and the banner shown, nothing dismissed, no fill yet, and spies for the
 * callbacks. A test overrides what it is about.
 */
export function overlayProps(overrides: Partial<OverlayProps> = {}): OverlayProps {
  return {
    view: overrides.view ?? frameVerdictOf(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() })),
    showFindings: true,
    showBanner: true,
    theme: 'light',
    fieldBoxes: {},
    formBox: null,
    documentWidth: 1200,
    dismissed: new Set(),
    lastFill: null,
    busy: false,
    onFix: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
}
