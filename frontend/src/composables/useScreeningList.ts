import { computed, onBeforeUnmount, reactive, ref, watch } from 'vue'
import type { Entry, EntryStatus } from '@/api/entries'
import { listScreening } from '@/api/screening'
import { useApiError } from './useApiError'

export interface ScreeningFilters {
  categoryId: number | null
  unitId: number | null
  status: EntryStatus | ''
  q: string
}

/**
 * A contest's entries as the screening endpoint pages them (organizers: all; unit admins: their subtree),
 * with filters: choices reload at once, typed text after a pause; the newest answer wins.
 */
export function useScreeningList(contestId: () => number, initial: Partial<ScreeningFilters> = {}, initialPageSize = 20) {
  const { messageOf } = useApiError()
  const filters = reactive<ScreeningFilters>({ categoryId: null, unitId: null, status: '', q: '', ...initial })
  const page = ref(1)
  const pageSize = ref(initialPageSize)
  const entries = ref<Entry[]>([])
  const total = ref(0)
  const loading = ref(false)
  const loadError = ref('')
  let sequence = 0

  async function load(): Promise<void> {
    const current = ++sequence
    loading.value = true
    loadError.value = ''
    try {
      const result = await listScreening(contestId(), {
        categoryId: filters.categoryId ?? undefined,
        unitId: filters.unitId ?? undefined,
        status: filters.status || undefined,
        q: filters.q,
        page: page.value - 1,
        size: pageSize.value,
      })
      if (current !== sequence) return
      entries.value = result.items
      total.value = result.total
    } catch (error) {
      if (current === sequence) loadError.value = messageOf(error)
    } finally {
      if (current === sequence) loading.value = false
    }
  }

  function search(): void {
    if (page.value === 1) void load()
    else page.value = 1
  }

  let typing: ReturnType<typeof setTimeout> | undefined
  watch(
    () => filters.q,
    () => {
      clearTimeout(typing)
      typing = setTimeout(search, 350)
    },
  )
  const choices = computed(() => JSON.stringify([filters.categoryId, filters.unitId, filters.status || null]))
  watch(choices, search)
  watch([page, pageSize], () => void load())
  onBeforeUnmount(() => clearTimeout(typing))

  /** Puts an entry the server returned after a decision in place of its row. */
  function replace(entry: Entry): void {
    entries.value = entries.value.map((row) => (row.id === entry.id ? entry : row))
  }

  return { filters, page, pageSize, entries, total, loading, loadError, load, replace }
}
