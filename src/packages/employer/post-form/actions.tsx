import { Button, Text, View } from '@tarojs/components'
import { ComplianceHits } from '../../../components/ComplianceHits'
import type { ComplianceHit } from '../../../services/employer'

interface PostActionsProps {
  message: string
  /** The hits that stopped the last submission, or null. */
  blocked: ComplianceHit[] | null
  /** What the live check found while typing. */
  liveHits: ComplianceHit[]
  saving: 'draft' | 'submit' | null
  canSubmit: boolean
  note: string | null
  onSave: (submit: boolean) => void
}

/** Under the form: what went wrong, what the check found, and the two buttons. */
export function PostActions({ message, blocked, liveHits, saving, canSubmit, note, onSave }: PostActionsProps) {
  return (
    <>
      {message && <Text className='post-form__message'>{message}</Text>}
      {blocked ? (
        <ComplianceHits hits={blocked} />
      ) : (
        liveHits.length > 0 && <ComplianceHits hits={liveHits} tone='warning' title={`以下${liveHits.length}处内容提交审核时会被拦截，建议现在修改`} />
      )}
      <View className='post-form__actions'>
        <Button className='post-form__draft' loading={saving === 'draft'} disabled={saving !== null} onClick={() => onSave(false)}>
          保存草稿
        </Button>
        <Button className='btn-primary post-form__submit' loading={saving === 'submit'} disabled={saving !== null || !canSubmit} onClick={() => onSave(true)}>
          提交审核
        </Button>
      </View>
      {note && <Text className='muted post-form__note'>{note}</Text>}
    </>
  )
}
