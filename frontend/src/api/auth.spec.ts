import { afterEach, describe, expect, it, vi } from 'vitest'
import { logout } from './auth'
import { http } from './http'

afterEach(() => vi.restoreAllMocks())

describe('logout', () => {
  it('sends no body: axios would label a null body as a form, which the server refuses (415)', async () => {
    const post = vi.spyOn(http, 'post').mockResolvedValue({ data: undefined })
    await logout()
    expect(post).toHaveBeenCalledWith('/api/auth/logout', undefined, { skipAuthRedirect: true })
  })
})
