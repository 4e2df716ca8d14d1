import { onBeforeUnmount, onMounted } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { useConfirm, type ConfirmOptions } from './useConfirm'

/**
 * Asks before leaving a page that would lose something (unsaved changes, an upload under way): within the app
 * with a dialog, when closing or reloading the tab with the browser's own prompt.
 */
export function useLeaveGuard(shouldAsk: () => ConfirmOptions | null) {
  const { confirm } = useConfirm()

  onBeforeRouteLeave(async () => {
    const options = shouldAsk()
    return options ? confirm(options) : true
  })

  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!shouldAsk()) return
    event.preventDefault()
    event.returnValue = ''
  }

  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload))
}
