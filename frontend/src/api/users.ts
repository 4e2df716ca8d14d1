import { http } from './http'
import { queryParams, type PageResult, type QueryValue, type Role } from './types'

export interface User {
  id: number
  username: string
  displayName: string
  unitId: number | null
  unitName: string | null
  unitPath: string | null
  roles: Role[]
  active: boolean
  mustChangePassword: boolean
  lastLoginAt: string | null
  createdAt: string
}

export interface UserQuery {
  q?: string
  unitId?: number
  role?: Role
  active?: boolean
  page?: number
  size?: number
}

export interface UserCreate {
  username: string
  displayName: string
  unitId: number
  roles: Role[]
}

export type UserUpdate = Omit<UserCreate, 'username'>

export interface CreatedUser {
  user: User
  initialPassword: string
}

/** The query string of a user search: only the filters the admin chose. */
export function userQueryParams(query: UserQuery): Record<string, QueryValue> {
  return queryParams(query)
}

export async function listUsers(query: UserQuery): Promise<PageResult<User>> {
  const { data } = await http.get<PageResult<User>>('/api/admin/users', {
    params: userQueryParams(query),
  })
  return data
}

export async function createUser(user: UserCreate): Promise<CreatedUser> {
  const { data } = await http.post<CreatedUser>('/api/admin/users', user)
  return data
}

export async function updateUser(id: number, user: UserUpdate): Promise<User> {
  const { data } = await http.put<User>(`/api/admin/users/${id}`, user)
  return data
}

export async function deactivateUser(id: number): Promise<User> {
  const { data } = await http.post<User>(`/api/admin/users/${id}/deactivate`)
  return data
}

export async function activateUser(id: number): Promise<User> {
  const { data } = await http.post<User>(`/api/admin/users/${id}/activate`)
  return data
}

export async function resetPassword(id: number): Promise<{ initialPassword: string }> {
  const { data } = await http.post<{ initialPassword: string }>(
    `/api/admin/users/${id}/reset-password`,
  )
  return data
}
