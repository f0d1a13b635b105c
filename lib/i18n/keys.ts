/** `select-csp-plan` → `select_csp_plan`, as a type too, so keys built from ids stay checked. */
export type Underscored<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}_${Underscored<Tail>}`
  : S;

export function underscored<S extends string>(value: S): Underscored<S> {
  return value.replace(/-/g, '_') as Underscored<S>;
}
