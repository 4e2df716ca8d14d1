import { describe, expect, it } from 'vitest'
import { similarFileUrl, similarFileUrls } from './screening'

describe('similar works', () => {
  it('fetch the other entry’s renditions through the entry under review', () => {
    expect(similarFileUrl(3, 40, 977, 5012)).toBe('/api/contests/3/screening/40/similar/977/files/5012')
    expect(similarFileUrls(3, 40, 977)(5013)).toBe('/api/contests/3/screening/40/similar/977/files/5013')
  })
})
