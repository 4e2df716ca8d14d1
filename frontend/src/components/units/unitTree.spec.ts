import { describe, expect, it } from 'vitest'
import type { Unit } from '@/api/units'
import {
  buildUnitTree,
  compactPath,
  descendantIds,
  filterUnitTree,
  moveTargetOptions,
  subtreeUnits,
  toUnitOptions,
  type UnitNode,
} from './unitTree'

function unit(id: number, parentId: number | null, name: string, path: string): Unit {
  return { id, parentId, name, kind: 'OTHER', code: null, path, userCount: 0, childCount: 0 }
}

// The seeded demo tree, flat and ordered by path as GET /api/units returns it.
const UNITS: Unit[] = [
  unit(1, null, '示范大学', '示范大学'),
  unit(2, 1, '计算机学院', '示范大学 / 计算机学院'),
  unit(3, 2, '软件2301班', '示范大学 / 计算机学院 / 软件2301班'),
  unit(4, 2, '软件2302班', '示范大学 / 计算机学院 / 软件2302班'),
  unit(5, 1, '文学院', '示范大学 / 文学院'),
  unit(6, 5, '汉语言2301班', '示范大学 / 文学院 / 汉语言2301班'),
  unit(7, 1, '艺术学院', '示范大学 / 艺术学院'),
  unit(8, 7, '视觉传达2301班', '示范大学 / 艺术学院 / 视觉传达2301班'),
]

function shape(nodes: UnitNode[]): unknown[] {
  return nodes.map((node) => (node.children.length ? { [node.name]: shape(node.children) } : node.name))
}

describe('buildUnitTree', () => {
  it('nests the flat list, keeping the order among siblings', () => {
    expect(shape(buildUnitTree(UNITS))).toEqual([
      {
        示范大学: [
          { 计算机学院: ['软件2301班', '软件2302班'] },
          { 文学院: ['汉语言2301班'] },
          { 艺术学院: ['视觉传达2301班'] },
        ],
      },
    ])
  })

  it('does not depend on parents coming first', () => {
    const shuffled = [UNITS[3]!, UNITS[1]!, UNITS[0]!, UNITS[2]!]
    expect(shape(buildUnitTree(shuffled))).toEqual([{ 示范大学: [{ 计算机学院: ['软件2302班', '软件2301班'] }] }])
  })

  it('makes units whose parent is missing roots (a unit admin’s subtree)', () => {
    expect(shape(buildUnitTree(UNITS.slice(1, 4)))).toEqual([{ 计算机学院: ['软件2301班', '软件2302班'] }])
  })

  it('supports several top-level units and an empty list', () => {
    const twoRoots = [unit(1, null, 'A', 'A'), unit(2, null, 'B', 'B'), unit(3, 2, 'B1', 'B / B1')]
    expect(shape(buildUnitTree(twoRoots))).toEqual(['A', { B: ['B1'] }])
    expect(buildUnitTree([])).toEqual([])
  })

  it('keeps every unit even when the data holds a cycle', () => {
    const cyclic = [unit(1, 2, 'A', 'A'), unit(2, 1, 'B', 'B'), unit(3, 3, 'C', 'C')]
    const count = (nodes: UnitNode[]): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0)
    expect(count(buildUnitTree(cyclic))).toBe(3)
  })

  it('does not modify the input', () => {
    const copy = structuredClone(UNITS)
    buildUnitTree(UNITS)
    expect(UNITS).toEqual(copy)
  })
})

describe('subtrees', () => {
  it('collects a unit and everything below it', () => {
    expect([...descendantIds(UNITS, 2)].sort()).toEqual([2, 3, 4])
    expect(descendantIds(UNITS, 3)).toEqual(new Set([3]))
    expect(descendantIds(UNITS, 99).size).toBe(0)
    expect(subtreeUnits(UNITS, 5).map((u) => u.name)).toEqual(['文学院', '汉语言2301班'])
  })

  it('offers every unit outside the moved subtree as a new parent', () => {
    const options = moveTargetOptions(UNITS, 2)
    const values = (list: typeof options): number[] => list.flatMap((o) => [o.value, ...values(o.children ?? [])])
    expect(values(options).sort()).toEqual([1, 5, 6, 7, 8])
  })

  it('converts to tree-select options with disabled entries', () => {
    const options = toUnitOptions(buildUnitTree(UNITS.slice(0, 3)), new Set([3]))
    expect(options).toEqual([
      {
        value: 1,
        label: '示范大学',
        children: [{ value: 2, label: '计算机学院', children: [{ value: 3, label: '软件2301班', disabled: true }] }],
      },
    ])
  })
})

describe('filterUnitTree', () => {
  it('keeps matches together with the path leading to them', () => {
    const tree = buildUnitTree(UNITS)
    expect(shape(filterUnitTree(tree, (u) => u.name.includes('2302')))).toEqual([
      { 示范大学: [{ 计算机学院: ['软件2302班'] }] },
    ])
    expect(filterUnitTree(tree, () => false)).toEqual([])
  })
})

describe('compactPath', () => {
  it('turns the display path into the import format', () => {
    expect(compactPath('示范大学 / 计算机学院 / 软件2301班')).toBe('示范大学/计算机学院/软件2301班')
  })
})
