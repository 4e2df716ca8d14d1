import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import type { Me } from '@/api/types'
import { canAccess, homePath, safeRedirect } from './navigation'

export const LOGIN_PATH = '/login'
export const CHANGE_PASSWORD_PATH = '/account/password'
export const FORBIDDEN_PATH = '/403'
/** What visitors who are not signed in see at `/`: the public contest list. */
export const PUBLIC_HOME_PATH = '/contests'

type Target = Pick<RouteLocationNormalized, 'path' | 'fullPath' | 'meta' | 'query'>

function withRedirect(path: string, fullPath: string): RouteLocationRaw {
  const redirect = safeRedirect(fullPath)
  return redirect && redirect !== '/' ? { path, query: { redirect } } : { path }
}

/**
 * The whole access policy of the SPA in one pure function (the server enforces it again):
 * guests read the public pages (`/` shows them the contest list) and go to the login page for the rest, accounts with an initial password change it first,
 * `/` and the login page send signed-in users to their role's home, other roles get the 403 page.
 */
export function decideNavigation(to: Target, me: Me | null): true | RouteLocationRaw {
  if (to.meta.public) {
    if (to.meta.guestOnly && me) {
      if (me.mustChangePassword) return { path: CHANGE_PASSWORD_PATH }
      return safeRedirect(to.query.redirect) ?? homePath(me.roles)
    }
    return true
  }
  if (!me) return to.meta.home ? { path: PUBLIC_HOME_PATH } : withRedirect(LOGIN_PATH, to.fullPath)
  if (me.mustChangePassword && to.path !== CHANGE_PASSWORD_PATH) {
    return withRedirect(CHANGE_PASSWORD_PATH, to.fullPath)
  }
  if (to.meta.home) {
    const home = homePath(me.roles)
    return home === to.path ? true : home
  }
  if (!canAccess(to.meta.roles, me.roles)) return { path: FORBIDDEN_PATH }
  return true
}
