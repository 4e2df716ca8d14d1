import { describe, expect, it } from 'vitest'
import type { ContestDetail } from '@/api/contests'
import {
  bytesToMb,
  changeKind,
  contestFormOf,
  defaultTimes,
  draftOf,
  move,
  newCategory,
  newField,
  parseOptions,
} from './contestForm'

const MiB = 1024 * 1024

const DETAIL: ContestDetail = {
  id: 1,
  slug: 'wangluo-wenming-2026',
  title: '网络文明 你我同行',
  theme: '网络文明',
  description: '## 征集主题',
  descriptionHtml: '<h2>征集主题</h2>',
  rules: '1. 原创',
  rulesHtml: '<ol><li>原创</li></ol>',
  status: 'OPEN',
  statusLabel: '征集中',
  nextStatuses: ['CLOSED'],
  acceptingSubmissions: true,
  ownerUnitId: 1,
  ownerUnitName: '示范大学',
  participantUnitId: 1,
  participantUnitName: '示范大学',
  zone: 'Asia/Shanghai',
  submissionOpensAt: '2026-02-28T16:00:00Z',
  submissionClosesAt: '2026-04-30T15:59:00Z',
  judgingStartsAt: null,
  publicityStartsAt: null,
  publicityEndsAt: null,
  publishAt: '2026-05-20T02:00:00Z',
  maxEntriesPerStudent: 2,
  maxTeamSize: 3,
  advisorRequired: false,
  originalityPledge: '本人承诺……',
  requiresRecommendation: false,
  categories: [
    {
      id: 11,
      name: '短视频',
      kind: 'VIDEO',
      kindLabel: '视频',
      description: null,
      maxBytes: 500 * MiB,
      formats: ['mp4', 'mov'],
      maxDurationSec: 300,
      minWidth: 480,
      minHeight: null,
      minChars: null,
      maxChars: null,
      maxImages: 1,
      recommendationQuota: null,
    },
  ],
  formFields: [
    { key: 'grade', label: '年级', type: 'SINGLE_CHOICE', required: false, options: ['大一', '大二'], min: null, max: null, help: null },
  ],
  coverUrl: null,
  serverTime: '2026-03-10T00:00:00Z',
}

describe('contest draft', () => {
  it('shows the stored instants on the contest zone’s clock and sends them back unchanged', () => {
    const draft = draftOf(DETAIL, null, 0)
    expect(draft.times.submissionOpensAt).toBe('2026-03-01T00:00')
    expect(draft.times.submissionClosesAt).toBe('2026-04-30T23:59')
    expect(draft.times.judgingStartsAt).toBe('')
    const form = contestFormOf(draft, DETAIL.zone)
    expect(form.submissionOpensAt).toBe('2026-02-28T16:00:00.000Z')
    expect(form.submissionClosesAt).toBe('2026-04-30T15:59:00.000Z')
    expect(form.publishAt).toBe('2026-05-20T02:00:00.000Z')
    expect(form.judgingStartsAt).toBeNull()
  })

  it('keeps category ids and turns MB back into bytes', () => {
    const form = contestFormOf(draftOf(DETAIL, null, 0))
    expect(form.categories[0]).toEqual({
      id: 11,
      name: '短视频',
      kind: 'VIDEO',
      description: null,
      maxBytes: 500 * MiB,
      formats: ['mp4', 'mov'],
      maxDurationSec: 300,
      minWidth: 480,
      minHeight: null,
      minChars: null,
      maxChars: null,
      maxImages: null,
      recommendationQuota: null,
    })
    expect(form.participantUnitId).toBeNull()
    expect(form.formFields[0]).toMatchObject({ key: 'grade', options: ['大一', '大二'], min: null, help: null })
  })

  it('starts a new contest today for a month, with one video category', () => {
    // 2026-03-10 20:00 UTC is already 11 March in Beijing
    expect(defaultTimes(Date.parse('2026-03-10T20:00:00Z'), 'Asia/Shanghai')).toMatchObject({
      submissionOpensAt: '2026-03-11T00:00',
      submissionClosesAt: '2026-04-10T23:59',
      publishAt: '',
    })
    const draft = draftOf(null, 5, Date.parse('2026-03-10T00:00:00Z'))
    expect(draft.ownerUnitId).toBe(5)
    expect(draft.categories).toHaveLength(1)
    expect(draft.categories[0]).toMatchObject({ kind: 'VIDEO', maxMb: 500, formats: ['mp4', 'mov', 'webm', 'mkv', 'avi', 'flv'] })
  })

  it('sends only what a kind uses, and an empty pledge as the server default', () => {
    const draft = draftOf(null, 1, 0)
    const category = draft.categories[0]!
    category.name = ' 征文 '
    category.maxDurationSec = 300
    changeKind(category, 'ESSAY')
    category.minChars = 800
    category.maxChars = 3000
    category.minWidth = 100
    category.recommendationQuota = 5
    draft.originalityPledge = '   '
    const form = contestFormOf(draft)
    expect(form.categories[0]).toMatchObject({
      name: '征文',
      kind: 'ESSAY',
      formats: ['txt', 'docx', 'pdf'],
      maxDurationSec: null,
      minWidth: null,
      minChars: 800,
      maxChars: 3000,
      maxImages: null,
      recommendationQuota: null,
    })
    expect(form.originalityPledge).toBeNull()
    draft.requiresRecommendation = true
    expect(contestFormOf(draft).categories[0]!.recommendationQuota).toBe(5)
  })

  it('switches a default size with the kind, and keeps one the organizer chose', () => {
    const category = newCategory('VIDEO')
    changeKind(category, 'IMAGE')
    expect(category.maxMb).toBe(20)
    category.maxMb = 50
    changeKind(category, 'ESSAY')
    expect(category.maxMb).toBe(50)
  })

  it('keeps formats in the platform’s order and leaves out formats of another kind', () => {
    const category = newCategory('IMAGE')
    category.formats = ['png', 'mp4', 'jpg']
    const draft = { ...draftOf(null, 1, 0), categories: [category] }
    expect(contestFormOf(draft).categories[0]!.formats).toEqual(['jpg', 'png'])
  })

  it('reads choice options one per line and drops bounds that do not apply', () => {
    expect(parseOptions(' 大一 \n\n大二\r\n  ')).toEqual(['大一', '大二'])
    const field = newField()
    Object.assign(field, { key: 'grade', label: '年级', type: 'MULTI_CHOICE', optionsText: '甲\n乙', min: 1, max: 3 })
    const phone = newField()
    Object.assign(phone, { key: 'phone', label: '联系电话', required: true, optionsText: '忘了删', min: 11, max: 11 })
    const form = contestFormOf({ ...draftOf(null, 1, 0), formFields: [field, phone] })
    expect(form.formFields).toEqual([
      { key: 'grade', label: '年级', type: 'MULTI_CHOICE', required: false, options: ['甲', '乙'], min: null, max: null, help: null },
      { key: 'phone', label: '联系电话', type: 'TEXT', required: true, options: null, min: 11, max: 11, help: null },
    ])
  })

  it('converts sizes and moves list items', () => {
    expect(bytesToMb(1536 * MiB)).toBe(1536)
    expect(bytesToMb(1.5 * MiB)).toBe(1.5)
    const list = ['a', 'b', 'c']
    move(list, 0, 1)
    expect(list).toEqual(['b', 'a', 'c'])
    move(list, 0, -1)
    expect(list).toEqual(['b', 'a', 'c'])
  })
})
