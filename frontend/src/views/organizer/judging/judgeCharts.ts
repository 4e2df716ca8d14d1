import type { JudgeStats } from '@/api/judging'

// ECharts options for the judge statistics, kept apart from the component so they can be tested as data.

export interface ChartLabels {
  mean: string
  deviation: string
  submitted: string
  drafts: string
  untouched: string
}

const round1 = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10)

/**
 * Each judge's mean total with a ±1 sd whisker, and their deviation from the other judges on the same entries:
 * a harsh judge's marker sits below zero, a lenient one's above; a tiny whisker is a flat (careless) judge.
 */
export function severityChart(judges: JudgeStats[], labels: ChartLabels) {
  const names = judges.map((judge) => judge.name)
  const whiskers = judges.map((judge, index) =>
    judge.mean === null || judge.sd === null ? null : [index, round1(judge.mean - judge.sd), round1(judge.mean + judge.sd)],
  )
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [labels.mean, labels.deviation] },
    grid: { left: 48, right: 48, bottom: 32, top: 56 },
    xAxis: { type: 'category', data: names },
    yAxis: [
      { type: 'value', name: labels.mean, min: 0, max: 100 },
      { type: 'value', name: labels.deviation, splitLine: { show: false } },
    ],
    series: [
      { name: labels.mean, type: 'bar', data: judges.map((judge) => round1(judge.mean)), barMaxWidth: 28 },
      {
        name: 'sd',
        type: 'custom',
        tooltip: { show: false },
        data: whiskers.filter((whisker) => whisker !== null),
        renderItem: whiskerRenderer,
        z: 3,
      },
      // a marker, not a bar: the ±sd whisker stays centred on the judge's mean bar
      {
        name: labels.deviation,
        type: 'scatter',
        yAxisIndex: 1,
        symbol: 'diamond',
        symbolSize: 14,
        data: judges.map((judge) => round1(judge.deviation)),
      },
    ],
  }
}

interface RenderApi {
  value(dimension: number): number
  coord(point: [number, number]): [number, number]
  style(extra: object): object
}

/** Draws a vertical ±sd whisker over a judge's bar (ECharts' custom series). */
function whiskerRenderer(_params: unknown, api: RenderApi) {
  const low = api.coord([api.value(0), api.value(1)])
  const high = api.coord([api.value(0), api.value(2)])
  const half = 6
  const style = api.style({ stroke: '#303133', lineWidth: 1.5, fill: undefined })
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
      { type: 'line', shape: { x1: low[0] - half, y1: low[1], x2: low[0] + half, y2: low[1] }, style },
      { type: 'line', shape: { x1: high[0] - half, y1: high[1], x2: high[0] + half, y2: high[1] }, style },
    ],
  }
}

/** Each judge's sheets: submitted, drafts, not started, stacked. */
export function completionChart(judges: JudgeStats[], labels: ChartLabels) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [labels.submitted, labels.drafts, labels.untouched] },
    grid: { left: 48, right: 24, bottom: 32, top: 40 },
    xAxis: { type: 'category', data: judges.map((judge) => judge.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.submitted, type: 'bar', stack: 'sheets', data: judges.map((j) => j.submitted), color: '#67c23a' },
      { name: labels.drafts, type: 'bar', stack: 'sheets', data: judges.map((j) => j.drafts), color: '#e6a23c' },
      {
        name: labels.untouched,
        type: 'bar',
        stack: 'sheets',
        data: judges.map((j) => Math.max(0, j.assigned - j.submitted - j.drafts)),
        color: '#c0c4cc',
      },
    ],
  }
}
