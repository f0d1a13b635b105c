import type { LocatedField } from './locate';
import type { FieldId } from '../model/form';

/** The located field an event target belongs to (the control itself or something inside it). */
export function fieldOfTarget(located: readonly LocatedField[], target: Node): FieldId | null {
  return located.find((field) => field.element === target || field.element.contains(target))?.id ?? null;
}
