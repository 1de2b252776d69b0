import type { IndustryCode } from '../../../../types/catalog/industries'
import type { IpTypeCode } from '../../../../types/catalog/ip-types'
import type { RegionCode } from '../../../../types/catalog/regions'
import type { BlockInput } from '../../../../types/content/blocks'
import type { Content, ContentFieldsInput, ContentKind, Severity } from '../../../../types/content/schemas'

/** The editor's form: plain strings for the text areas, parsed into the contract's shape on save. */
export interface ContentFormValues {
  kind: ContentKind | null
  title: string
  summary: string
  /** Paragraphs separated by blank lines; a line starting with '# ' is a heading. */
  bodyText: string
  countries: RegionCode[]
  ipTypes: IpTypeCode[]
  industries: IndustryCode[]
  severity: Severity | null
  source: string
  sourceUrl: string
  effectiveDate: string
  /** Typical cases: one lesson per line. */
  lessonsText: string
  /** Fee changes: one row per line, 项目 | 收费机构 | 金额 | 币种. */
  feeRowsText: string
}

export const EMPTY_FORM: ContentFormValues = {
  kind: 'risk_alert',
  title: '',
  summary: '',
  bodyText: '',
  countries: [],
  ipTypes: [],
  industries: [],
  severity: null,
  source: '',
  sourceUrl: '',
  effectiveDate: '',
  lessonsText: '',
  feeRowsText: '',
}

/** Text area → blocks: '# ' lines become headings, other lines group into paragraphs at blank lines. */
export function parseBody(text: string): BlockInput[] {
  const blocks: BlockInput[] = []
  let paragraph: string[] = []
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join('\n') })
    paragraph = []
  }
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim()
    if (line === '') {
      flush()
    } else if (line === '#' || line.startsWith('# ')) {
      flush()
      const heading = line.slice(1).trim()
      if (heading) blocks.push({ type: 'heading', text: heading })
    } else {
      paragraph.push(line)
    }
  }
  flush()
  return blocks
}

/**
 * Blocks → text area. Lists and links have no syntax in this editor: they come back as paragraph
 * lines (and are saved as paragraphs); images are dropped. `lossy` says whether that happened.
 */
export function bodyToText(blocks: Content['body']): { text: string; lossy: boolean } {
  let lossy = false
  const parts: string[] = []
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        parts.push(`# ${block.text}`)
        break
      case 'paragraph':
        parts.push(block.text)
        break
      case 'list':
        lossy = true
        parts.push(block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `• ${item}`)).join('\n'))
        break
      case 'link':
        lossy = true
        parts.push(`${block.text}：${block.url}`)
        break
      case 'image':
        lossy = true
        break
    }
  }
  return { text: parts.join('\n\n'), lossy }
}

function parseFeeRows(text: string): ContentFieldsInput['feeRows'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [item = '', office = '', amount = '', currency = ''] = line.split(/[|｜]/).map((part) => part.trim())
      return { item, office, amount: Number(amount.replace(/,/g, '')), currency }
    })
}

export function toFields(values: ContentFormValues, attachments: Content['attachments']): ContentFieldsInput {
  return {
    // A missing kind is reported by the schema on the kind field.
    kind: (values.kind ?? '') as ContentKind,
    title: values.title,
    summary: values.summary,
    body: parseBody(values.bodyText),
    countries: values.countries,
    ipTypes: values.ipTypes,
    industries: values.industries,
    severity: values.kind === 'risk_alert' ? values.severity : null,
    source: values.source.trim() || null,
    sourceUrl: values.sourceUrl.trim() || null,
    effectiveDate: values.effectiveDate || null,
    lessons:
      values.kind === 'typical_case'
        ? values.lessonsText.split('\n').map((l) => l.trim()).filter(Boolean)
        : [],
    feeRows: values.kind === 'fee_change' ? parseFeeRows(values.feeRowsText) : [],
    attachments: attachments.map((a) => ({ fileId: a.fileId, name: a.name })),
  }
}

export function fromContent(content: Content): { values: ContentFormValues; lossy: boolean } {
  const body = bodyToText(content.body)
  return {
    lossy: body.lossy,
    values: {
      kind: content.kind,
      title: content.title,
      summary: content.summary,
      bodyText: body.text,
      countries: content.countries,
      ipTypes: content.ipTypes,
      industries: content.industries,
      severity: content.severity,
      source: content.source ?? '',
      sourceUrl: content.sourceUrl ?? '',
      effectiveDate: content.effectiveDate ?? '',
      lessonsText: content.lessons.join('\n'),
      feeRowsText: content.feeRows.map((r) => `${r.item} | ${r.office} | ${r.amount} | ${r.currency}`).join('\n'),
    },
  }
}
