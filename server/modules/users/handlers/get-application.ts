import { getApplication } from '../../../../types/users/contracts'
import { notFound } from '../../../core/app-error'
import { defineHandler } from '../../../core/define-handler'
import { applicationRepository } from '../application-repository'
import { toApplicationReview } from '../application-review'

export const getApplicationHandler = defineHandler({
  contract: getApplication,
  access: ['staff', 'admin'],
  async handle({ applicationId }, { runtime }) {
    const record = await applicationRepository(runtime.store).get(applicationId)
    if (!record) throw notFound('没有找到这份企业登记申请')
    return toApplicationReview(runtime.store, record)
  },
})
