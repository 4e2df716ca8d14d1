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
}

export interface PageResult<T> {
  items: T[]
  total: number
  page: number
  size: number
}
