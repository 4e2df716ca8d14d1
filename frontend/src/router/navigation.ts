import type { Role } from '@/api/types'

/** Highest first: a user with several roles lands on the home of the highest one. */
export const ROLE_PRIORITY: readonly Role[] = ['ADMIN', 'ORGANIZER', 'UNIT_ADMIN', 'JUDGE', 'STUDENT']

export const HOME_BY_ROLE: Record<Role, string> = {
  ADMIN: '/admin/users',
  ORGANIZER: '/organize',
  UNIT_ADMIN: '/unit',
  JUDGE: '/judging',
  STUDENT: '/my',
}

/** Where a signed-in user without any role ends up: a page that says so. */
export const NO_ROLE_HOME = '/403'

export type NavIcon = 'trophy' | 'edit' | 'office' | 'flag' | 'user' | 'tree' | 'upload' | 'collection'

export interface NavItem {
  path: string
  /** Locale key of the label. */
  label: string
  icon: NavIcon
}

export interface NavSection {
  role: Role
  /** Locale key of the section heading. */
  title: string
  items: NavItem[]
}

const USERS: NavItem = { path: '/admin/users', label: 'nav.users', icon: 'user' }
const IMPORT: NavItem = { path: '/admin/import', label: 'nav.import', icon: 'upload' }
/** The public contest list, for those who enter contests or recommend entries. */
const CONTESTS: NavItem = { path: '/contests', label: 'nav.contests', icon: 'collection' }
/** The winners' gallery (成果展示) of contests with published results. */
const GALLERY: NavItem = { path: '/gallery', label: 'nav.gallery', icon: 'trophy' }

const ITEMS_BY_ROLE: Record<Role, NavItem[]> = {
  ADMIN: [USERS, { path: '/admin/units', label: 'nav.units', icon: 'tree' }, IMPORT],
  ORGANIZER: [{ path: '/organize', label: 'nav.organize', icon: 'flag' }],
  UNIT_ADMIN: [{ path: '/unit', label: 'nav.unit', icon: 'office' }, USERS, IMPORT],
  JUDGE: [{ path: '/judging', label: 'nav.judging', icon: 'edit' }],
  STUDENT: [{ path: '/my', label: 'nav.my', icon: 'edit' }, CONTESTS, GALLERY],
}

/** The user's roles, highest first, without duplicates or unknown values. */
export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLE_PRIORITY.filter((role) => roles.includes(role))
}

export function primaryRole(roles: readonly Role[]): Role | null {
  return sortRoles(roles)[0] ?? null
}

export function homePath(roles: readonly Role[]): string {
  const role = primaryRole(roles)
  return role ? HOME_BY_ROLE[role] : NO_ROLE_HOME
}

/**
 * One section per role the user has, highest role first. A page reachable from several roles
 * (an admin who is also a unit admin sees 用户管理 once) appears only in the first section.
 */
export function navSections(roles: readonly Role[]): NavSection[] {
  const seen = new Set<string>()
  const sections: NavSection[] = []
  for (const role of sortRoles(roles)) {
    const items = ITEMS_BY_ROLE[role].filter((item) => !seen.has(item.path))
    items.forEach((item) => seen.add(item.path))
    if (items.length > 0) sections.push({ role, title: `nav.sections.${role}`, items })
  }
  return sections
}

/** Whether a user with `roles` may open a page restricted to `allowed` (no restriction: anyone signed in). */
export function canAccess(allowed: readonly Role[] | undefined, roles: readonly Role[]): boolean {
  if (!allowed || allowed.length === 0) return true
  return allowed.some((role) => roles.includes(role))
}

/**
 * Only same-app paths are accepted as a post-login target, never another origin
 * (`//evil.example`, `https://…`) nor the login page itself.
 */
export function safeRedirect(target: unknown): string | null {
  if (typeof target !== 'string' || !target.startsWith('/')) return null
  if (target.startsWith('//') || target.startsWith('/\\')) return null
  if (target === '/login' || target.startsWith('/login?') || target.startsWith('/login#')) return null
  return target
}
