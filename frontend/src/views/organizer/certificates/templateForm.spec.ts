import { describe, expect, it } from 'vitest'
import { formOf, insertAt, modelOf } from './templateForm'

describe('template form', () => {
  it('sends blanks as null, so the server uses its defaults', () => {
    expect(formOf({ heading: ' 荣誉证书 ', body: '{names}《{title}》{tier}', issuer: '  ', issueDate: '', signatory: '组委会' }))
      .toEqual({ heading: '荣誉证书', body: '{names}《{title}》{tier}', issuer: null, issueDate: null, signatory: '组委会' })
  })

  it('edits nulls as empty strings', () => {
    const model = modelOf({
      heading: '荣誉证书',
      body: 'b',
      issuer: null,
      issueDate: '2026-06-01',
      signatory: null,
      defaultIssuer: '示范大学',
      defaultIssueDate: null,
      saved: false,
      placeholders: [],
    })
    expect(model).toEqual({ heading: '荣誉证书', body: 'b', issuer: '', issueDate: '2026-06-01', signatory: '' })
  })

  it('inserts a placeholder at the caret, or at the end without one', () => {
    expect(insertAt('荣获。', '{tier}', 2)).toEqual({ text: '荣获{tier}。', caret: 8 })
    expect(insertAt('荣获', '{tier}', null)).toEqual({ text: '荣获{tier}', caret: 8 })
  })
})
