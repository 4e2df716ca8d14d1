import { describe, expect, it } from 'vitest'
import type { FormField } from '@/api/contests'
import { entryFormOf, memberRowOf, modelOf } from './entryForm'
import { answersForEditing, answersToSend, checkAnswer, textMaxLength } from './registration'

function field(overrides: Partial<FormField>): FormField {
  return { key: 'f', label: '字段', type: 'TEXT', required: false, options: null, min: null, max: null, help: null, ...overrides }
}

// The demo contest's registration form.
const MAJOR = field({ key: 'major_class', label: '专业班级', required: true, max: 40 })
const PHONE = field({ key: 'phone', label: '联系电话', required: true, min: 11, max: 11 })
const GRADE = field({ key: 'grade', label: '年级', type: 'SINGLE_CHOICE', options: ['大一', '大二', '大三'] })
const TOPICS = field({ key: 'topics', label: '方向', type: 'MULTI_CHOICE', options: ['影评', '书评'], required: true })
const AGE = field({ key: 'age', label: '年龄', type: 'NUMBER', min: 6, max: 30 })
const ESSAY = field({ key: 'story', label: '创作说明', type: 'LONG_TEXT' })

describe('checkAnswer', () => {
  it('lets a draft leave required answers empty, but not a submission', () => {
    expect(checkAnswer(MAJOR, '', false)).toBeNull()
    expect(checkAnswer(MAJOR, '  ', true)).toEqual({ key: 'entry.fieldRequired', params: { label: '专业班级' } })
    expect(checkAnswer(TOPICS, [], true)).toEqual({ key: 'entry.choiceRequired', params: { label: '方向' } })
    expect(checkAnswer(GRADE, null, true)).toBeNull()
  })

  it('checks text length on the trimmed text, with the server’s defaults', () => {
    expect(checkAnswer(MAJOR, 'x'.repeat(41), false)).toMatchObject({ key: 'entry.textTooLong', params: { max: 40 } })
    expect(checkAnswer(MAJOR, ' 软件工程 2301 班 ', true)).toBeNull()
    expect(textMaxLength(field({}))).toBe(200)
    expect(textMaxLength(ESSAY)).toBe(2000)
    expect(textMaxLength(GRADE)).toBeUndefined()
    expect(checkAnswer(ESSAY, 'x'.repeat(2001), false)).toMatchObject({ key: 'entry.textTooLong', params: { max: 2000 } })
  })

  it('says "exactly n characters" when min equals max (联系电话: 11)', () => {
    expect(checkAnswer(PHONE, '1380000', false)).toEqual({
      key: 'entry.textLength',
      params: { label: '联系电话', n: 11 },
    })
    expect(checkAnswer(PHONE, '13800000000', true)).toBeNull()
    const atLeast = field({ min: 2, max: 10 })
    expect(checkAnswer(atLeast, 'x', false)).toMatchObject({ key: 'entry.textTooShort', params: { min: 2 } })
  })

  it('checks numbers and their bounds', () => {
    expect(checkAnswer(AGE, 18, true)).toBeNull()
    expect(checkAnswer(AGE, '18', true)).toBeNull()
    expect(checkAnswer(AGE, 'abc', false)).toMatchObject({ key: 'entry.numberInvalid' })
    expect(checkAnswer(AGE, 5, false)).toMatchObject({ key: 'entry.numberTooSmall', params: { min: 6 } })
    expect(checkAnswer(AGE, 31, false)).toMatchObject({ key: 'entry.numberTooLarge', params: { max: 30 } })
  })

  it('accepts only the given options', () => {
    expect(checkAnswer(GRADE, '大二', true)).toBeNull()
    expect(checkAnswer(GRADE, '博士', true)).toMatchObject({ key: 'entry.choiceInvalid' })
    expect(checkAnswer(TOPICS, ['影评', '书评'], true)).toBeNull()
    expect(checkAnswer(TOPICS, ['影评', '乐评'], true)).toMatchObject({ key: 'entry.choiceInvalid' })
  })
})

describe('answers', () => {
  const fields = [MAJOR, PHONE, GRADE, TOPICS, AGE]

  it('gives every field an editable value', () => {
    expect(answersForEditing(fields, { phone: '13800000000', age: 19, stale: 'x' })).toEqual({
      major_class: '',
      phone: '13800000000',
      grade: '',
      topics: [],
      age: 19,
    })
  })

  it('sends only the contest’s fields, trimmed, without empty answers', () => {
    expect(
      answersToSend(fields, { major_class: ' 软件2301 ', phone: '', grade: '大一', topics: [], age: null, stale: 'x' }),
    ).toEqual({ major_class: '软件2301', grade: '大一' })
  })
})

describe('entry form', () => {
  const contest = { formFields: [MAJOR, PHONE] }

  it('turns an entry into the editing model and back', () => {
    const model = modelOf(null, contest)
    expect(model).toMatchObject({ title: '', formData: { major_class: '', phone: '' }, members: [], pledgeAccepted: false })
    model.title = '  网络文明微电影 '
    model.formData.phone = '13800000000 '
    model.advisorName = '   '
    model.members = [
      { kind: 'user', username: ' 2023002 ', name: 'ignored', unitName: '' },
      { kind: 'outsider', username: 'ignored', name: '李同学', unitName: ' 外校 ' },
    ]
    expect(entryFormOf(model, contest)).toEqual({
      title: '网络文明微电影',
      summary: '',
      members: [
        { username: '2023002', name: null, unitName: null },
        { username: null, name: '李同学', unitName: '外校' },
      ],
      advisorName: null,
      advisorUnit: null,
      formData: { phone: '13800000000' },
      pledgeAccepted: false,
    })
  })

  it('reads teammates back as platform users or outsiders', () => {
    expect(memberRowOf({ userId: 7, username: '2023002', name: '王同学', unitName: '示范大学' })).toEqual({
      kind: 'user',
      username: '2023002',
      name: '王同学',
      unitName: '示范大学',
    })
    expect(memberRowOf({ userId: null, username: null, name: '李同学', unitName: null })).toEqual({
      kind: 'outsider',
      username: '',
      name: '李同学',
      unitName: '',
    })
  })
})
