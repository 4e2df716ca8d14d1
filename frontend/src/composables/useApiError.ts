import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError, errorMessage, fieldErrorMap, toApiError } from '@/api/problem'

/** Turns API failures into text in the current language. */
export function useApiError() {
  const { t, te, locale } = useI18n()

  function messageOf(error: unknown): string {
    const apiError = error instanceof ApiError ? error : toApiError(error)
    return errorMessage(
      apiError,
      locale.value,
      (key, params = {}, plural) => (plural === undefined ? t(key, params) : t(key, params, plural)),
      (key) => te(key),
    )
  }

  /**
   * Shows the failure as a toast; for actions that have no form to show it in.
   * An ended session (401) is already announced by the redirect to the login page.
   */
  function notifyError(error: unknown): void {
    if (error instanceof ApiError && error.status === 401) return
    ElMessage.error({ message: messageOf(error), duration: 6000, showClose: true })
  }

  return { messageOf, notifyError }
}

/** Server-side field errors (`errors[].field`) for `<el-form-item :error>`. */
export function useFieldErrors<F extends string>() {
  const errors = reactive({}) as Partial<Record<F, string>>

  function clear(): void {
    for (const key of Object.keys(errors) as F[]) delete errors[key]
  }

  /** Puts the field messages of a validation problem next to their fields; true when there were any. */
  function apply(error: unknown): boolean {
    clear()
    if (!(error instanceof ApiError)) return false
    const map = fieldErrorMap(error)
    Object.assign(errors, map)
    return Object.keys(map).length > 0
  }

  return { errors, clear, apply }
}
