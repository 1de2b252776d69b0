/** Joins the truthy class names: classNames('btn', busy && 'btn--disabled'). */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
