import { Text, View } from '@tarojs/components'
import { ROLE_LABELS, type Role } from '../../types/roles'

interface RoleTagsProps {
  roles: readonly Role[]
  /** Shown when the user holds no role yet (every signed-in user can still read and subscribe). */
  emptyLabel?: string
}

export function RoleTags({ roles, emptyLabel = '普通用户' }: RoleTagsProps) {
  return (
    <View className='role-tags' data-testid='role-tags'>
      {roles.length === 0 ? (
        <Text className='tag'>{emptyLabel}</Text>
      ) : (
        roles.map((role) => (
          <Text key={role} className='tag tag--blue' data-testid={`role-tag-${role}`}>
            {ROLE_LABELS[role]}
          </Text>
        ))
      )}
    </View>
  )
}
