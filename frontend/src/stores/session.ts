import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as authApi from '@/api/auth'
import { ApiError } from '@/api/problem'
import type { Me } from '@/api/types'
import { homePath, navSections } from '@/router/navigation'

/** Who is signed in. Loaded once from GET /api/me, which also hands out the CSRF cookie. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const loaded = ref(false)
  let loading: Promise<Me | null> | null = null

  const roles = computed(() => me.value?.roles ?? [])
  const home = computed(() => homePath(roles.value))
  const sections = computed(() => navSections(roles.value))

  function hasRole(...wanted: Me['roles']): boolean {
    return wanted.some((role) => roles.value.includes(role))
  }

  /** Fetches the session unless already known; resolves to null when nobody is signed in. */
  function ensureLoaded(): Promise<Me | null> {
    if (loaded.value) return Promise.resolve(me.value)
    loading ??= refresh().finally(() => {
      loading = null
    })
    return loading
  }

  async function refresh(): Promise<Me | null> {
    try {
      me.value = await authApi.getMe()
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) {
        // Server unreachable or failing: treat as signed out; the login page reports the cause.
        console.warn('Could not load the session', error)
      }
      me.value = null
    }
    loaded.value = true
    return me.value
  }

  async function login(credentials: authApi.Credentials): Promise<Me> {
    me.value = await authApi.login(credentials)
    loaded.value = true
    return me.value
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  /** Forget the user locally (after logout or when the server says the session ended). */
  function clear(): void {
    me.value = null
    loaded.value = true
  }

  return { me, loaded, roles, home, sections, hasRole, ensureLoaded, refresh, login, logout, clear }
})
