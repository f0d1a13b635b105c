import type { FieldId } from '../model/form';

export type FillOutcome = 'filled' | 'unchanged' | 'skipped-disabled' | 'skipped-user-value' | 'not-found' | 'failed';

export interface FieldFillResult {
  readonly field: FieldId;
  readonly outcome: FillOutcome;
  readonly previousValue?: string;
  readonly value?: string;
  readonly reason?: string;
}
