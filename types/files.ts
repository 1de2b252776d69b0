import { z } from 'zod'

/**
 * A file in the mini program's cloud storage, as `wx.cloud.uploadFile` returns it
 * ("cloud://env-id.bucket/path"). Only such ids are stored: never outside URLs, so every image and
 * attachment the app shows comes from the bureau's own storage.
 */
export const fileIdSchema = z
  .string({ message: '请先上传文件' })
  .trim()
  .max(500, { message: '文件标识过长，请重新上传' })
  .regex(/^cloud:\/\/[A-Za-z0-9._-]+\/\S+$/, { message: '文件标识无效，请重新上传' })
