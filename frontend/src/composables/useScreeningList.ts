import { computed, onBeforeUnmount, reactive, ref, watch } from 'vue'
import type { Entry, EntryStatus } from '@/api/entries'
import { listScreening } from '@/api/screening'
import { useLatestLoad } from './useLatestLoad'

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
  const filters = reactive<ScreeningFilters>({ categoryId: null, unitId: null, status: '', q: '', ...initial })
  const page = ref(1)
  const pageSize = ref(initialPageSize)
  const entries = ref<Entry[]>([])
  const total = ref(0)
  const latest = useLatestLoad(() =>
    listScreening(contestId(), {
      categoryId: filters.categoryId ?? undefined,
      unitId: filters.unitId ?? undefined,
      status: filters.status || undefined,
      q: filters.q,
      page: page.value - 1,
      size: pageSize.value,
    }),
  )
  watch(latest.data, (result) => {
    if (!result) return
    entries.value = result.items
    total.value = result.total
  })
  const load = latest.load

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

  return { filters, page, pageSize, entries, total, loading: latest.loading, loadError: latest.errorText, load, replace }
}
