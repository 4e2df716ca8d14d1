import { describe, expect, it } from 'vitest'
import type { RouteMeta } from 'vue-router'
import type { Me } from '@/api/types'
import { decideNavigation } from './guard'

function target(fullPath: string, meta: RouteMeta = {}, query: Record<string, string> = {}) {
  return { path: fullPath.split('?')[0]!, fullPath, meta, query }
}

const student: Me = {
  id: 1,
  username: 'student',
  displayName: '学生',
  roles: ['STUDENT'],
  unit: { id: 5, name: '软件2301班', path: '示范大学 / 计算机学院 / 软件2301班' },
  mustChangePassword: false,
}

describe('decideNavigation', () => {
  it('sends guests to the login page, remembering where they wanted to go', () => {
    expect(decideNavigation(target('/admin/users?page=2', { roles: ['ADMIN'] }), null)).toEqual({
      path: '/login',
      query: { redirect: '/admin/users?page=2' },
    })
  })

  it('shows guests the public contest list at /', () => {
    expect(decideNavigation(target('/', { home: true }), null)).toEqual({ path: '/contests' })
    expect(decideNavigation(target('/contests', { public: true }), null)).toBe(true)
    expect(decideNavigation(target('/contests/wangluo-wenming-2026', { public: true }), null)).toBe(true)
  })

  it('keeps the public pages open to signed-in users', () => {
    expect(decideNavigation(target('/contests', { public: true }), student)).toBe(true)
  })

  it('lets guests open public pages', () => {
    expect(decideNavigation(target('/login', { public: true, guestOnly: true }), null)).toBe(true)
    expect(decideNavigation(target('/nope', { public: true }), null)).toBe(true)
  })

  it('sends signed-in users away from the login page', () => {
    expect(decideNavigation(target('/login', { public: true, guestOnly: true }), student)).toBe('/my')
    expect(
      decideNavigation(target('/login', { public: true, guestOnly: true }, { redirect: '/account/password' }), student),
    ).toBe('/account/password')
  })

  it('resolves / to the home of the highest role', () => {
    expect(decideNavigation(target('/', { home: true }), student)).toBe('/my')
    expect(decideNavigation(target('/', { home: true }), { ...student, roles: ['STUDENT', 'ADMIN'] })).toBe('/admin/users')
  })

  it('shows the 403 page for pages of other roles', () => {
    expect(decideNavigation(target('/admin/units', { roles: ['ADMIN'] }), student)).toEqual({ path: '/403' })
    expect(decideNavigation(target('/my', { roles: ['STUDENT'] }), student)).toBe(true)
  })

  it('makes accounts with an initial password change it first', () => {
    const fresh = { ...student, mustChangePassword: true }
    expect(decideNavigation(target('/my', { roles: ['STUDENT'] }), fresh)).toEqual({
      path: '/account/password',
      query: { redirect: '/my' },
    })
    expect(decideNavigation(target('/account/password'), fresh)).toBe(true)
    expect(decideNavigation(target('/login', { public: true, guestOnly: true }), fresh)).toEqual({
      path: '/account/password',
    })
  })
})
