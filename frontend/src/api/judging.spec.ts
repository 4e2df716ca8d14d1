import { afterEach, describe, expect, it, vi } from 'vitest'
import { http } from './http'
import {
  addAssignment,
  getQueue,
  judgeFileUrl,
  lockRound,
  removeAssignment,
  runAssignment,
  saveDraft,
  saveJudges,
  searchJudgeCandidates,
  shortfallsOf,
  submitScores,
  swapAssignment,
} from './judging'
import { ApiError } from './problem'

function answer<T>(data: T) {
  return Promise.resolve({ data, status: 200, statusText: 'OK', headers: {}, config: {} as never })
}

afterEach(() => vi.restoreAllMocks())

describe('organizer endpoints', () => {
  it('search judge candidates with the trimmed text', async () => {
    const get = vi.spyOn(http, 'get').mockReturnValue(answer([]))
    await searchJudgeCandidates(5, ' 文学 ')
    expect(get).toHaveBeenCalledWith('/api/organize/rounds/5/judge-candidates', { params: { q: '文学' } })
  })

  it('save the whole pool at once', async () => {
    const put = vi.spyOn(http, 'put').mockReturnValue(answer([]))
    await saveJudges(5, [{ userId: 9, categoryIds: [1, 2] }])
    expect(put).toHaveBeenCalledWith('/api/organize/rounds/5/judges', { judges: [{ userId: 9, categoryIds: [1, 2] }] })
  })

  it('run, add, swap and remove assignments', async () => {
    const post = vi.spyOn(http, 'post').mockReturnValue(answer({}))
    const del = vi.spyOn(http, 'delete').mockReturnValue(answer(undefined))
    await runAssignment(5, 3)
    expect(post).toHaveBeenLastCalledWith('/api/organize/rounds/5/assignment', { calibrationSize: 3 })
    await addAssignment(5, 40, 9)
    expect(post).toHaveBeenLastCalledWith('/api/organize/rounds/5/assignments', { entryId: 40, judgeId: 9 })
    await swapAssignment(5, 77, 10)
    expect(post).toHaveBeenLastCalledWith('/api/organize/rounds/5/assignments/77/swap', { judgeId: 10 })
    await removeAssignment(5, 77, ' 评委出差 ')
    expect(del).toHaveBeenCalledWith('/api/organize/rounds/5/assignments/77', { params: { reason: '评委出差' } })
  })

  it('lock, forcing only when asked', async () => {
    const post = vi.spyOn(http, 'post').mockReturnValue(answer({}))
    await lockRound(5)
    expect(post).toHaveBeenLastCalledWith('/api/organize/rounds/5/lock', undefined, { params: {} })
    await lockRound(5, true)
    expect(post).toHaveBeenLastCalledWith('/api/organize/rounds/5/lock', undefined, { params: { force: true } })
  })

  it('read the entries lacking judges from an infeasible assignment', () => {
    const shortfall = { entryId: 40, code: '2026-V-0040', title: '青春', missing: 1, reason: '可评委员均来自作者单位' }
    const infeasible = new ApiError(422, 'assignment-infeasible', { detail: '无法完成分配', report: { shortfalls: [shortfall] } })
    expect(shortfallsOf(infeasible)).toEqual([shortfall])
    expect(shortfallsOf(new ApiError(500, 'server-error', {}))).toEqual([])
    expect(shortfallsOf(new Error('boom'))).toEqual([])
  })
})

describe('judge endpoints', () => {
  it('load the queue of a round', async () => {
    const get = vi.spyOn(http, 'get').mockReturnValue(answer({ round: {}, items: [] }))
    await getQueue(5)
    expect(get).toHaveBeenCalledWith('/api/judging/rounds/5/queue')
  })

  it('save drafts and submit with the version they were loaded at', async () => {
    const put = vi.spyOn(http, 'put').mockReturnValue(answer({}))
    const post = vi.spyOn(http, 'post').mockReturnValue(answer({}))
    const form = { scores: { 1: 27.5, 2: null }, comment: '构图好', version: 3 }
    await saveDraft(77, form)
    expect(put).toHaveBeenCalledWith('/api/judging/assignments/77/draft', form)
    await submitScores(77, form)
    expect(post).toHaveBeenCalledWith('/api/judging/assignments/77/submit', form)
  })

  it('fetch renditions through the assignment', () => {
    expect(judgeFileUrl(77, 5012)).toBe('/api/judging/assignments/77/files/5012')
  })
})
