import { Text } from '@tarojs/components'
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '../../types/users/schemas'

const TAG_CLASS: Record<ApplicationStatus, string> = {
  pending: 'tag tag--orange',
  approved: 'tag tag--green',
  rejected: 'tag tag--red',
}

interface ApplicationStatusTagProps {
  status: ApplicationStatus
  testId?: string
}

export function ApplicationStatusTag({ status, testId = 'application-status' }: ApplicationStatusTagProps) {
  return (
    <Text className={TAG_CLASS[status]} data-testid={testId} data-status={status}>
      {APPLICATION_STATUS_LABELS[status]}
    </Text>
  )
}
