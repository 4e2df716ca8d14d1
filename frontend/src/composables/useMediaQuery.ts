import { onBeforeUnmount, ref, type Ref } from 'vue'

/** Reactive `matchMedia`: e.g. switch a table's pagination to its compact form on phones. */
export function useMediaQuery(query: string): Ref<boolean> {
  const list = window.matchMedia(query)
  const matches = ref(list.matches)
  const update = (event: MediaQueryListEvent) => {
    matches.value = event.matches
  }
  list.addEventListener('change', update)
  onBeforeUnmount(() => list.removeEventListener('change', update))
  return matches
}

export const PHONE_QUERY = '(max-width: 767px)'
