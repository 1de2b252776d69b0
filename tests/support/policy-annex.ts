import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Where the policy document lives on developer machines and in CI (beside the repository). */
export const POLICY_FILE = join(__dirname, '..', '..', '..', 'shared', 'seed', '000_80dcba9486ce2b84.txt')

export interface AnnexRow {
  seq: number
  name: string
  legalForm: string
  personInCharge: string
  address: string
}

/** The annex's rows read straight from the published text, or null when the document is absent. */
export function readPolicyAnnex(): AnnexRow[] | null {
  if (!existsSync(POLICY_FILE)) return null
  return readFileSync(POLICY_FILE, 'utf8')
    .split(/\r?\n/)
    .map((line) => /^(\d{1,2})\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ seq: Number(m[1]), name: m[2], legalForm: m[3], personInCharge: m[4], address: m[5] }))
}
