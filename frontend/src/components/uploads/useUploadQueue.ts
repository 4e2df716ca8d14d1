import { onBeforeUnmount, onMounted, reactive } from 'vue'
import type { ApiError } from '@/api/problem'
import { ResumableUpload, type ResumableUploadOptions, type UploadDestination } from '@/api/uploads'
import { SpeedMeter } from './speedMeter'

export type TaskState = 'waiting' | 'uploading' | 'paused' | 'failed' | 'done'

/** One chosen file on its way into a slot (of an entry, or the one slot of a contest's cover), as the page shows it. */
export interface UploadTask {
  slot: number
  fileName: string
  state: TaskState
  sent: number
  total: number
  /** Bytes per second over the last seconds while uploading. */
  speed: number
  /** Continued an upload the server already held part of. */
  resumed: boolean
  /** Retries in a row after a failed request (network trouble); 0 when all is well. */
  retrying: number
  /** Paused because the device went offline; it continues by itself when the network is back. */
  offline: boolean
  error: ApiError | null
}

interface Running {
  upload: ResumableUpload
  meter: SpeedMeter
}

/**
 * Uploads into numbered slots, one after the other (a phone on a weak network does better with one
 * stream than with several). Each task can be paused, resumed, retried and cancelled; a task continues
 * where it stopped, also after a reload when the same file is chosen again.
 */
export function useUploadQueue(
  /** Where a file chosen for a slot goes; null while there is nowhere to upload to (e.g. not saved yet). */
  destination: (slot: number, file: File) => UploadDestination | null,
  onUploaded: (task: UploadTask) => Promise<void>,
  options: ResumableUploadOptions = {},
) {
  const tasks = reactive<UploadTask[]>([])
  const running = new Map<number, Running>()

  function taskAt(slot: number): UploadTask | undefined {
    return tasks.find((task) => task.slot === slot)
  }

  function remove(slot: number): void {
    const index = tasks.findIndex((task) => task.slot === slot)
    if (index >= 0) tasks.splice(index, 1)
    running.delete(slot)
  }

  function pump(): void {
    if (tasks.some((task) => task.state === 'uploading')) return
    const next = tasks.find((task) => task.state === 'waiting')
    if (next) void begin(next)
  }

  async function begin(task: UploadTask): Promise<void> {
    const entry = running.get(task.slot)
    if (!entry) return
    task.state = 'uploading'
    task.error = null
    task.offline = false
    entry.meter.reset()
    await entry.upload.start()
  }

  /** Queues a file for a slot, replacing a task there that has not started or has failed. */
  function add(slot: number, file: File): void {
    const target = destination(slot, file)
    if (target === null) return
    const existing = taskAt(slot)
    if (existing && (existing.state === 'uploading' || existing.state === 'done')) return
    if (existing) void cancel(slot)
    const task = reactive<UploadTask>({
      slot,
      fileName: file.name,
      state: 'waiting',
      sent: 0,
      total: file.size,
      speed: 0,
      resumed: false,
      retrying: 0,
      offline: false,
      error: null,
    })
    const meter = new SpeedMeter()
    const upload = new ResumableUpload(
      file,
      target,
      {
        onProgress(sent, total) {
          task.sent = sent
          task.total = total
          task.retrying = 0
          meter.record(sent, performance.now())
          task.speed = meter.bytesPerSecond()
        },
        onResume() {
          task.resumed = true
        },
        onRetry(_error, attempt) {
          task.retrying = attempt
          task.speed = 0
        },
        onSuccess() {
          task.state = 'done'
          task.sent = task.total
          task.speed = 0
          pump()
          void onUploaded(task).finally(() => {
            if (taskAt(slot) === task) remove(slot)
          })
        },
        onError(error) {
          task.speed = 0
          task.retrying = 0
          if (error.status === 0 && !navigator.onLine) {
            // gone offline: wait for the network instead of failing
            task.state = 'paused'
            task.offline = true
          } else {
            task.state = 'failed'
            task.error = error
          }
          pump()
        },
      },
      options,
    )
    tasks.push(task)
    running.set(slot, { upload, meter })
    pump()
  }

  async function pause(slot: number): Promise<void> {
    const task = taskAt(slot)
    const entry = running.get(slot)
    if (!task || !entry) return
    if (task.state === 'uploading') await entry.upload.pause()
    task.state = 'paused'
    task.speed = 0
    task.offline = false
    pump()
  }

  /** Continues a paused or failed task: the server says how much it already has. */
  function resume(slot: number): void {
    const task = taskAt(slot)
    if (!task || (task.state !== 'paused' && task.state !== 'failed')) return
    task.state = 'waiting'
    task.error = null
    pump()
  }

  async function cancel(slot: number): Promise<void> {
    const entry = running.get(slot)
    remove(slot)
    await entry?.upload.cancel()
    pump()
  }

  function onOnline(): void {
    for (const task of tasks) {
      if (task.offline && task.state === 'paused') {
        task.offline = false
        task.state = 'waiting'
      }
    }
    pump()
  }

  const active = () => tasks.some((task) => task.state === 'uploading' || task.state === 'waiting')

  onMounted(() => window.addEventListener('online', onOnline))
  onBeforeUnmount(() => {
    window.removeEventListener('online', onOnline)
    // Leaving the page pauses: the server keeps what it has, and the same file continues later.
    for (const [slot, entry] of running) {
      if (taskAt(slot)?.state === 'uploading') void entry.upload.pause()
    }
  })

  return { tasks, taskAt, add, pause, resume, cancel, active }
}
