import type { CollectionSpec } from '../../../ports/collection-spec'

export const WORKBENCH_EXPORTS = 'workbench_exports'

/** One XLSX a staff member exported: stored at `exports/<ownerUserId>/<_id>.xlsx`, linked only to its owner. */
export interface ExportRecord {
  _id: string
  ownerUserId: string
  fileId: string
  fileName: string
  kind: 'dashboard' | 'annual' | 'registry' | 'audit'
  rowCount: number
  createdAt: string
}

export const EXPORT_COLLECTIONS: CollectionSpec[] = [{ name: WORKBENCH_EXPORTS, indexes: [{ fields: [['ownerUserId', 'asc'], ['createdAt', 'desc']] }, { fields: [['createdAt', 'asc']] }] }]
