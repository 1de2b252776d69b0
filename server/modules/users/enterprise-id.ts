/** One enterprise per credit code, however many liaisons it has. */
export function enterpriseIdFor(creditCode: string): string {
  return `ent_${creditCode}`
}
