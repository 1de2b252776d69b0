import { dialablePhone, normalizePhone } from '../../types/validation/phone'

/**
 * The bureau's hotline and office hours: a human within reach on every report and service page.
 * Set at build time (TARO_APP_BUREAU_HOTLINE / TARO_APP_BUREAU_OFFICE_HOURS, defaults in
 * config/index.ts) so they show even when the back end cannot be reached.
 */
const hotline = (process.env.TARO_APP_BUREAU_HOTLINE || '12315').trim()

export const BUREAU_CONTACT = {
  hotline,
  /** What makePhoneCall dials: a normalized number without extension, or a short service number (12315). */
  dialable: dialablePhone(normalizePhone(hotline) ?? hotline.replace(/[^\d]/g, '')),
  officeHours: (process.env.TARO_APP_BUREAU_OFFICE_HOURS || '工作日 09:00–18:00（法定节假日除外）').trim(),
} as const
