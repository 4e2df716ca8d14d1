import { ref, shallowRef, type Ref } from 'vue'
import { useApiError } from './useApiError'

/**
 * Data fetched for whatever is shown now (an essay's text, an entry's similar works): when the user moves on
 * before an answer arrives, only the newest request's answer or failure is kept.
 */
export function useLatestLoad<T>(fetch: () => Promise<T>) {
  const { messageOf } = useApiError()
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const loading = ref(false)
  const errorText = ref('')
  let sequence = 0

  async function load(): Promise<void> {
    const current = ++sequence
    loading.value = true
    errorText.value = ''
    try {
      const loaded = await fetch()
      if (current === sequence) data.value = loaded
    } catch (error) {
      if (current === sequence) errorText.value = messageOf(error)
    } finally {
      if (current === sequence) loading.value = false
    }
  }

  /** Forgets what was loaded, e.g. when a dialog closes, and ignores any answer still on its way. */
  function reset(): void {
    sequence++
    data.value = null
    loading.value = false
    errorText.value = ''
  }

  return { data, loading, errorText, load, reset }
}
