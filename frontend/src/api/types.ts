/** Shapes shared by several API modules. They mirror the back end's JSON exactly. */

export const ROLES = ['STUDENT', 'JUDGE', 'UNIT_ADMIN', 'ORGANIZER', 'ADMIN'] as const
export type Role = (typeof ROLES)[number]

export interface UnitRef {
  id: number
  name: string
  /** Full path for display, e.g. "XX大学 / 计算机学院 / 软件2301班". */
  path: string
}

export interface Me {
  id: number
  username: string
  displayName: string
  roles: Role[]
  unit: UnitRef | null
  mustChangePassword: boolean
  /** Where notice copies are mailed when the portal sends e-mail. */
  email?: string | null
}

export interface PageResult<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export type QueryValue = string | number | boolean

/** Drops empty filters (undefined, null, blank text) so the query string only carries what the user chose. */
export function queryParams(query: object): Record<string, QueryValue> {
  const params: Record<string, QueryValue> = {}
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null) continue
    if (typeof value === 'string') {
      const text = value.trim()
      if (text !== '') params[key] = text
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      params[key] = value
    }
  }
  return params
}
