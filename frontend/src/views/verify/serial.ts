// Certificate serials as people type them: PX plus 12 Crockford base32 characters in groups of four.

const BODY_LENGTH = 12
const CROCKFORD = /^[0-9A-HJKMNP-TV-Z]+$/

/**
 * The serial in its printed form, or null when the text cannot be one. Lenient like the server: any case, spaces
 * or missing dashes, O for 0 and I or L for 1, with or without the PX prefix.
 */
export function normalizeSerial(typed: string): string | null {
  let text = typed.trim().toUpperCase().replace(/[\s\-_]/g, '')
  if (text.length === BODY_LENGTH + 2 && text.startsWith('PX')) text = text.slice(2)
  text = text.replace(/O/g, '0').replace(/[IL]/g, '1')
  if (text.length !== BODY_LENGTH || !CROCKFORD.test(text)) return null
  return `PX-${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`
}

export type VerifyOutcome = 'valid' | 'revoked' | 'notFound'

export function outcomeOf(status: 'ACTIVE' | 'REVOKED' | null): VerifyOutcome {
  if (status === null) return 'notFound'
  return status === 'ACTIVE' ? 'valid' : 'revoked'
}
