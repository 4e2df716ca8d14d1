import { http } from './http'
import type { Me } from './types'

export interface Credentials {
  username: string
  password: string
}

export interface PasswordChange {
  currentPassword: string
  newPassword: string
}

/** The signed-in user; rejects with a 401 ApiError when nobody is signed in. */
export async function getMe(): Promise<Me> {
  const { data } = await http.get<Me>('/api/me', { skipAuthRedirect: true })
  return data
}

export async function login(credentials: Credentials): Promise<Me> {
  const { data } = await http.post<Me>('/api/auth/login', credentials, { skipAuthRedirect: true })
  return data
}

export async function logout(): Promise<void> {
  // no body at all: with `null` axios still sends Content-Type: application/x-www-form-urlencoded, refused with 415
  await http.post('/api/auth/logout', undefined, { skipAuthRedirect: true })
}

export async function changePassword(change: PasswordChange): Promise<void> {
  await http.post('/api/me/password', change)
}
