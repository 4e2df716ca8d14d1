import { describe, expect, it } from 'vitest'
import { canAccess, homePath, navSections, primaryRole, safeRedirect } from './navigation'

describe('homePath', () => {
  it('sends each role to its home', () => {
    expect(homePath(['STUDENT'])).toBe('/my')
    expect(homePath(['JUDGE'])).toBe('/judging')
    expect(homePath(['UNIT_ADMIN'])).toBe('/unit')
    expect(homePath(['ORGANIZER'])).toBe('/organize')
    expect(homePath(['ADMIN'])).toBe('/admin/users')
  })

  it('picks the highest role: ADMIN > ORGANIZER > UNIT_ADMIN > JUDGE > STUDENT', () => {
    expect(homePath(['STUDENT', 'JUDGE'])).toBe('/judging')
    expect(homePath(['JUDGE', 'UNIT_ADMIN'])).toBe('/unit')
    expect(homePath(['UNIT_ADMIN', 'ORGANIZER', 'STUDENT'])).toBe('/organize')
    expect(homePath(['STUDENT', 'ADMIN', 'ORGANIZER'])).toBe('/admin/users')
    expect(primaryRole(['JUDGE', 'STUDENT'])).toBe('JUDGE')
  })

  it('has a page for accounts without a role', () => {
    expect(homePath([])).toBe('/403')
    expect(primaryRole([])).toBeNull()
  })
})

describe('navSections', () => {
  it('shows the sections of every role, highest first', () => {
    const sections = navSections(['STUDENT', 'JUDGE'])
    expect(sections.map((s) => s.role)).toEqual(['JUDGE', 'STUDENT'])
    expect(sections.map((s) => s.items.map((i) => i.path))).toEqual([['/judging'], ['/my', '/contests', '/gallery']])
  })

  it('lists a page shared by two roles only once', () => {
    const sections = navSections(['UNIT_ADMIN', 'ADMIN'])
    const paths = sections.flatMap((s) => s.items.map((i) => i.path))
    expect(paths).toEqual(['/admin/users', '/admin/units', '/admin/import', '/unit'])
    expect(new Set(paths).size).toBe(paths.length)
  })

  it('gives unit admins their unit, users and import', () => {
    expect(navSections(['UNIT_ADMIN'])[0]?.items.map((i) => i.path)).toEqual(['/unit', '/admin/users', '/admin/import'])
  })

  it('is empty without roles', () => {
    expect(navSections([])).toEqual([])
  })
})

describe('canAccess', () => {
  it('allows unrestricted pages to everyone signed in', () => {
    expect(canAccess(undefined, [])).toBe(true)
    expect(canAccess([], ['STUDENT'])).toBe(true)
  })

  it('needs one of the listed roles', () => {
    expect(canAccess(['ADMIN', 'UNIT_ADMIN'], ['UNIT_ADMIN'])).toBe(true)
    expect(canAccess(['ADMIN'], ['UNIT_ADMIN', 'STUDENT'])).toBe(false)
  })
})

describe('safeRedirect', () => {
  it('accepts paths of this app', () => {
    expect(safeRedirect('/admin/users?page=2')).toBe('/admin/users?page=2')
  })

  it('rejects other origins, non-strings and the login page', () => {
    expect(safeRedirect('//evil.example/x')).toBeNull()
    expect(safeRedirect('/\\evil.example')).toBeNull()
    expect(safeRedirect('https://evil.example')).toBeNull()
    expect(safeRedirect(['/my'])).toBeNull()
    expect(safeRedirect('/login?redirect=/my')).toBeNull()
  })
})
