import { http } from './http'

export const UNIT_KINDS = [
  'UNIVERSITY',
  'COLLEGE',
  'DEPARTMENT',
  'CLASS',
  'CITY',
  'COUNTY',
  'SCHOOL',
  'OTHER',
] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export interface Unit {
  id: number
  parentId: number | null
  name: string
  kind: UnitKind
  code: string | null
  /** Full path for display, e.g. "XX大学 / 计算机学院 / 软件2301班". */
  path: string
  userCount: number
  childCount: number
}

export interface UnitCreate {
  parentId: number | null
  name: string
  kind: UnitKind
  code?: string
}

export interface UnitUpdate {
  name: string
  kind: UnitKind
  code?: string
}

/** Every unit as a flat list ordered by path (any signed-in user). */
export async function listUnits(): Promise<Unit[]> {
  const { data } = await http.get<Unit[]>('/api/units')
  return data
}

export async function createUnit(unit: UnitCreate): Promise<Unit> {
  const { data } = await http.post<Unit>('/api/admin/units', unit)
  return data
}

export async function updateUnit(id: number, unit: UnitUpdate): Promise<Unit> {
  const { data } = await http.put<Unit>(`/api/admin/units/${id}`, unit)
  return data
}

export async function moveUnit(id: number, parentId: number | null): Promise<Unit> {
  const { data } = await http.post<Unit>(`/api/admin/units/${id}/move`, { parentId })
  return data
}

export async function deleteUnit(id: number): Promise<void> {
  await http.delete(`/api/admin/units/${id}`)
}
