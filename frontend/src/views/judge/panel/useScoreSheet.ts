import { computed, onBeforeUnmount, reactive, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { getScoring, saveDraft, submitScores, type ScoreForm, type ScoringView } from '@/api/judging'
import { ApiError, fieldErrorMap } from '@/api/problem'
import { useApiError } from '@/composables/useApiError'
import { fullSheet, parseScore, scoreProblem, weightedTotal } from '@/components/judging/rubric'

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

const AUTOSAVE_DELAY_MS = 800

/**
 * One judge's score sheet for the assignment on screen: what they type, a debounced draft save carrying the
 * version it was loaded at, submission, and what to do when someone else (another tab) saved in between.
 */
export function useScoreSheet(onSaved: (view: ScoringView) => void) {
  const { t } = useI18n()
  const { messageOf } = useApiError()

  const view = shallowRef<ScoringView | null>(null)
  const texts = reactive<Record<number, string>>({})
  const comment = ref('')
  const saveState = ref<SaveState>('idle')
  const saveError = ref('')
  const serverErrors = ref<Record<string, string>>({})
  const submitting = ref(false)
  const submitAttempted = ref(false)
  let dirty = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let inFlight: Promise<void> | null = null

  const criteria = computed(() => view.value?.round.criteria ?? [])
  const editable = computed(() => view.value?.editable ?? false)
  const values = computed(() => {
    const sheet: Record<number, number | null> = {}
    for (const criterion of criteria.value) sheet[criterion.id] = parseScore(texts[criterion.id] ?? '')
    return sheet
  })
  const total = computed(() => weightedTotal(criteria.value, values.value))

  /** The message under a criterion's input: ours first (range, format, missing), then the server's (`scores.{id}`). */
  function errorOf(criterionId: number): string {
    const criterion = criteria.value.find((c) => c.id === criterionId)
    if (!criterion) return ''
    const problem = scoreProblem(values.value[criterionId], criterion.maxScore, submitAttempted.value)
    if (problem) return t(`judgePanel.scoreProblem.${problem}`, { max: criterion.maxScore })
    return serverErrors.value[`scores[${criterionId}]`] ?? serverErrors.value[`scores.${criterionId}`] ?? ''
  }

  const draftValid = computed(() => criteria.value.every((c) => scoreProblem(values.value[c.id], c.maxScore) === null))
  const complete = computed(() => criteria.value.every((c) => scoreProblem(values.value[c.id], c.maxScore, true) === null))

  function show(loaded: ScoringView): void {
    view.value = loaded
    for (const key of Object.keys(texts)) delete texts[Number(key)]
    const sheet = fullSheet(loaded.round.criteria, loaded.scores)
    for (const criterion of loaded.round.criteria) {
      const value = sheet[criterion.id]
      texts[criterion.id] = value === null || value === undefined ? '' : String(value)
    }
    comment.value = loaded.comment ?? ''
    serverErrors.value = {}
    submitAttempted.value = false
    dirty = false
    saveState.value = 'idle'
  }

  function form(): ScoreForm {
    return { scores: { ...values.value }, comment: comment.value, version: view.value!.version }
  }

  /**
   * A 409: either a newer version was saved elsewhere (another tab), or the round was locked or its window closed.
   * Either way the sheet on screen is out of date: show the stored one (read-only in the second case) and say why.
   */
  async function reloadAfterConflict(error: ApiError): Promise<void> {
    const stale = error.code === 'stale-version'
    try {
      show(await getScoring(view.value!.assignmentId))
    } catch (reloadError) {
      saveState.value = 'failed'
      saveError.value = messageOf(reloadError)
    }
    const message = stale ? t('judgePanel.staleReloaded') : messageOf(error)
    ElMessage.warning({ message, duration: 6000, showClose: true })
  }

  function isConflict(error: unknown): error is ApiError {
    return error instanceof ApiError && error.status === 409
  }

  async function saveNow(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    if (inFlight) await inFlight
    if (!dirty || !view.value || !editable.value || !draftValid.value) return
    dirty = false
    saveState.value = 'saving'
    const assignmentId = view.value.assignmentId
    inFlight = (async () => {
      try {
        const saved = await saveDraft(assignmentId, form())
        if (view.value?.assignmentId !== assignmentId) return
        // keep what was typed meanwhile; take the server's version, status and total
        view.value = { ...saved, scores: view.value.scores }
        saveState.value = dirty ? 'saving' : 'saved'
        onSaved(saved)
      } catch (error) {
        if (isConflict(error)) {
          await reloadAfterConflict(error)
          return
        }
        dirty = true
        saveState.value = 'failed'
        saveError.value = messageOf(error)
      } finally {
        inFlight = null
      }
    })()
    await inFlight
    if (dirty) schedule()
  }

  function schedule(): void {
    clearTimeout(timer)
    timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS)
  }

  /** Called on every keystroke in the rubric. */
  function changed(): void {
    if (!editable.value) return
    dirty = true
    serverErrors.value = {}
    saveState.value = 'saving'
    if (draftValid.value) schedule()
    else {
      clearTimeout(timer)
      saveState.value = 'idle'
    }
  }

  async function load(assignmentId: number): Promise<void> {
    await saveNow()
    show(await getScoring(assignmentId))
  }

  /** Submits the sheet; false when something is missing or refused (messages are shown by the inputs). */
  async function submit(): Promise<boolean> {
    if (!view.value || !editable.value) return false
    submitAttempted.value = true
    if (!complete.value) return false
    clearTimeout(timer)
    if (inFlight) await inFlight
    submitting.value = true
    try {
      const submitted = await submitScores(view.value.assignmentId, form())
      show(submitted)
      saveState.value = 'saved'
      onSaved(submitted)
      return true
    } catch (error) {
      if (isConflict(error)) await reloadAfterConflict(error)
      else if (error instanceof ApiError && error.fieldErrors.length > 0) serverErrors.value = fieldErrorMap(error)
      else {
        saveState.value = 'failed'
        saveError.value = messageOf(error)
      }
      return false
    } finally {
      submitting.value = false
    }
  }

  /** Unsaved typing that a page leave would lose. */
  const unsaved = () => dirty || inFlight !== null

  /** Typing that cannot be saved as it is (over the maximum, two decimals…): moving on would lose it. */
  const invalidUnsaved = () => dirty && !draftValid.value

  onBeforeUnmount(() => clearTimeout(timer))

  return {
    view,
    texts,
    comment,
    total,
    editable,
    criteria,
    saveState,
    saveError,
    submitting,
    errorOf,
    changed,
    saveNow,
    load,
    show,
    submit,
    unsaved,
    invalidUnsaved,
  }
}
