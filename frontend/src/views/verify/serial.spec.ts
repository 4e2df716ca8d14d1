import { describe, expect, it } from 'vitest'
import { normalizeSerial, outcomeOf } from './serial'

describe('normalizeSerial', () => {
  it('keeps a serial as printed', () => {
    expect(normalizeSerial('PX-7K3M-Q9TD-2HVA')).toBe('PX-7K3M-Q9TD-2HVA')
  })

  it('reads what people type: case, spaces, missing dashes or prefix, O for 0, I/L for 1', () => {
    expect(normalizeSerial(' px-7k3m-q9td-2hva ')).toBe('PX-7K3M-Q9TD-2HVA')
    expect(normalizeSerial('7K3M Q9TD 2HVA')).toBe('PX-7K3M-Q9TD-2HVA')
    expect(normalizeSerial('PXOOOO-IIII-LLLL')).toBe('PX-0000-1111-1111')
    expect(normalizeSerial('PXAB-CDEF-GHJK')).toBe('PX-PXAB-CDEF-GHJK') // a body may itself begin with PX
  })

  it('refuses what cannot be a serial', () => {
    expect(normalizeSerial('')).toBeNull()
    expect(normalizeSerial('PX-7K3M-Q9TD')).toBeNull()
    expect(normalizeSerial('PX-7K3M-Q9TD-2HVU')).toBeNull() // U is not in Crockford base32
    expect(normalizeSerial('PX-7K3M-Q9TD-2HVA-0000')).toBeNull()
  })
})

describe('outcomeOf', () => {
  it('maps the award status, or its absence, to the card shown', () => {
    expect(outcomeOf('ACTIVE')).toBe('valid')
    expect(outcomeOf('REVOKED')).toBe('revoked')
    expect(outcomeOf(null)).toBe('notFound')
  })
})
