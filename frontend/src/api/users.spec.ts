import { describe, expect, it } from 'vitest'
import { userQueryParams } from './users'

describe('userQueryParams', () => {
  it('drops empty filters and keeps meaningful falsy values', () => {
    expect(
      userQueryParams({ q: '  ', unitId: undefined, role: undefined, active: false, page: 0, size: 20 }),
    ).toEqual({ active: false, page: 0, size: 20 })
  })

  it('trims the search text', () => {
    expect(userQueryParams({ q: ' 张三 ', role: 'STUDENT', unitId: 7 })).toEqual({ q: '张三', role: 'STUDENT', unitId: 7 })
  })
})
