import { describe, expect, it } from 'vitest'
import type { JudgeStats } from '@/api/judging'
import { completionChart, severityChart } from './judgeCharts'

const labels = { mean: '均分', deviation: '偏差', submitted: '已提交', drafts: '草稿', untouched: '未开始' }
const judge = (overrides: Partial<JudgeStats>): JudgeStats => ({
  id: 1,
  name: '王老师',
  unitName: '文学院',
  assigned: 10,
  submitted: 6,
  drafts: 2,
  mean: 72.44,
  sd: 8.06,
  deviation: -5.21,
  flagged: 'HARSH',
  ...overrides,
})

describe('severityChart', () => {
  it('plots the mean with a ±sd whisker and the deviation on its own axis', () => {
    const option = severityChart([judge({}), judge({ id: 2, name: '李老师', mean: null, sd: null, deviation: null })], labels)
    expect(option.xAxis.data).toEqual(['王老师', '李老师'])
    expect(option.series[0]!.data).toEqual([72.4, null])
    expect(option.series[1]!.data).toEqual([[0, 64.4, 80.5]])
    expect(option.series[2]!.data).toEqual([-5.2, null])
  })
})

describe('completionChart', () => {
  it('stacks submitted, drafts and untouched sheets', () => {
    const option = completionChart([judge({})], labels)
    expect(option.series.map((series) => series.data)).toEqual([[6], [2], [2]])
  })
})
