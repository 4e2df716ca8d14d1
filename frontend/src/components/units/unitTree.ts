import type { Unit } from '@/api/units'

export interface UnitNode extends Unit {
  children: UnitNode[]
}

/** The shape Element Plus' tree-select expects. */
export interface UnitOption {
  value: number
  label: string
  disabled?: boolean
  children?: UnitOption[]
}

/**
 * Builds the unit tree from the flat list of GET /api/units in one pass, keeping the list's order
 * among siblings. A unit whose parent is missing from the list (e.g. a unit admin's own subtree)
 * becomes a root; a broken parent chain that would form a cycle is cut instead of losing units.
 */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<number, UnitNode>()
  for (const unit of units) nodes.set(unit.id, { ...unit, children: [] })

  const parentOf = (id: number): number | null => nodes.get(id)?.parentId ?? null
  const isAncestorOrSelf = (candidate: number, of: number): boolean => {
    const visited = new Set<number>()
    for (let id: number | null = of; id !== null && !visited.has(id); id = parentOf(id)) {
      if (id === candidate) return true
      visited.add(id)
    }
    return false
  }

  const roots: UnitNode[] = []
  const attached = new Set<number>()
  for (const unit of units) {
    const node = nodes.get(unit.id)
    if (!node || attached.has(unit.id)) continue
    attached.add(unit.id)
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId)
    if (parent && !isAncestorOrSelf(unit.id, parent.id)) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** Ids of a unit and everything below it. */
export function descendantIds(units: readonly Unit[], rootId: number): Set<number> {
  const childrenOf = new Map<number, number[]>()
  for (const unit of units) {
    if (unit.parentId === null) continue
    const list = childrenOf.get(unit.parentId) ?? []
    list.push(unit.id)
    childrenOf.set(unit.parentId, list)
  }
  const ids = new Set<number>()
  const stack = units.some((unit) => unit.id === rootId) ? [rootId] : []
  while (stack.length > 0) {
    const id = stack.pop()!
    if (ids.has(id)) continue
    ids.add(id)
    stack.push(...(childrenOf.get(id) ?? []))
  }
  return ids
}

/** The units of one subtree, in list order (the root first, since the list is ordered by path). */
export function subtreeUnits(units: readonly Unit[], rootId: number): Unit[] {
  const ids = descendantIds(units, rootId)
  return units.filter((unit) => ids.has(unit.id))
}

/** Keeps the nodes that match and the ancestors leading to them. */
export function filterUnitTree(tree: readonly UnitNode[], matches: (unit: Unit) => boolean): UnitNode[] {
  const result: UnitNode[] = []
  for (const node of tree) {
    if (matches(node)) {
      result.push(node)
      continue
    }
    const children = filterUnitTree(node.children, matches)
    if (children.length > 0) result.push({ ...node, children })
  }
  return result
}

export function toUnitOptions(tree: readonly UnitNode[], disabled?: ReadonlySet<number>): UnitOption[] {
  return tree.map((node) => {
    const option: UnitOption = { value: node.id, label: node.name }
    if (disabled?.has(node.id)) option.disabled = true
    if (node.children.length > 0) option.children = toUnitOptions(node.children, disabled)
    return option
  })
}

/** Where a unit may be moved: anywhere except itself and its own subtree. */
export function moveTargetOptions(units: readonly Unit[], movingId: number): UnitOption[] {
  const excluded = descendantIds(units, movingId)
  return toUnitOptions(buildUnitTree(units.filter((unit) => !excluded.has(unit.id))))
}

/** "示范大学 / 计算机学院 / 软件2301班" → "示范大学/计算机学院/软件2301班" (the form the import accepts). */
export function compactPath(path: string): string {
  return path
    .split('/')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join('/')
}
