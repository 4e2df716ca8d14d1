import { describe, expect, it } from 'vitest'
import type { UnitStatsRow } from '@/api/report'
import { fileNameFrom } from '@/api/report'
import { formatRate, funnelChart, participationChart } from './unitCharts'

const labels = { entries: '作品', eligible: '通过审查', awarded: '获奖', participationRate: '参与率' }
const row = (overrides: Partial<UnitStatsRow>): UnitStatsRow => ({
  unitId: 1,
  name: '计算机学院',
  pathName: '示范大学 / 计算机学院',
  own: false,
  hasChildren: true,
  entries: 10,
  eligible: 7,
  recommended: 3,
  awarded: 2,
  awardsByTier: { 一等奖: 1, 二等奖: 1 },
  students: 40,
  participants: 9,
  participationRate: 0.225,
  unitAward: null,
  ...overrides,
})

describe('funnelChart', () => {
  it('stacks awarded, the rest of the eligible and the rest of the entries to the entries submitted', () => {
    const option = funnelChart([row({}), row({ unitId: 2, name: '文学院', entries: 3, eligible: 3, awarded: 0 })], labels)
    expect(option.xAxis.data).toEqual(['计算机学院', '文学院'])
    expect(option.series.map((series) => series.data)).toEqual([
      [2, 0],
      [5, 3],
      [3, 0],
    ])
    expect(option.series.every((series) => series.stack === 'entries')).toBe(true)
  })
})

describe('participationChart', () => {
  it('shows rates in percent, highest first, without units that have no students', () => {
    const option = participationChart(
      [
        row({}),
        row({ unitId: 2, name: '文学院', participationRate: 0.6667 }),
        row({ unitId: 3, name: '艺术学院', students: 0, participationRate: null }),
      ],
      labels,
    )
    expect(option.xAxis.data).toEqual(['文学院', '计算机学院'])
    expect(option.series[0]!.data).toEqual([66.7, 22.5])
  })
})

describe('formatRate', () => {
  it('formats a rate as a percentage with one decimal', () => {
    expect(formatRate(0.6667)).toBe('66.7%')
    expect(formatRate(null)).toBe('—')
  })
})

describe('fileNameFrom', () => {
  it('prefers the RFC 5987 name, which keeps the Chinese', () => {
    const header = `attachment; filename="_____-____.xlsx"; filename*=UTF-8''${encodeURIComponent('网络文明-评审结果.xlsx')}`
    expect(fileNameFrom(header, 'results.xlsx')).toBe('网络文明-评审结果.xlsx')
    expect(fileNameFrom('attachment; filename="a.csv"', 'x.csv')).toBe('a.csv')
    expect(fileNameFrom(undefined, 'x.csv')).toBe('x.csv')
  })
})
