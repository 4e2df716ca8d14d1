import { onBeforeUnmount } from 'vue'

/**
 * Calls `tick` every `intervalMillis` while `active()` says so, e.g. reloading an entry while its files are
 * being processed. `check()` (re)starts or stops it after the data changed; it stops with the component.
 */
export function usePolling(tick: () => Promise<unknown> | unknown, active: () => boolean, intervalMillis = 3000) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  function schedule(): void {
    if (timer !== undefined || stopped || !active()) return
    timer = setTimeout(async () => {
      timer = undefined
      try {
        await tick()
      } finally {
        schedule()
      }
    }, intervalMillis)
  }

  function check(): void {
    if (active()) schedule()
    else cancel()
  }

  function cancel(): void {
    clearTimeout(timer)
    timer = undefined
  }

  onBeforeUnmount(() => {
    stopped = true
    cancel()
  })

  return { check, cancel }
}
