import { useI18n } from 'vue-i18n'

export interface ConfirmOptions {
  title: string
  message: string
  confirmText: string
  /** A destructive action: the confirm button is red. */
  danger?: boolean
  cancelText?: string
}

/** Asks before an action with a dialog; resolves to whether the user went ahead. */
export function useConfirm() {
  const { t } = useI18n()

  async function confirm(options: ConfirmOptions): Promise<boolean> {
    try {
      await ElMessageBox.confirm(options.message, options.title, {
        type: 'warning',
        confirmButtonText: options.confirmText,
        cancelButtonText: options.cancelText ?? t('common.cancel'),
        confirmButtonClass: options.danger ? 'el-button--danger' : undefined,
      })
      return true
    } catch {
      return false
    }
  }

  return { confirm }
}
