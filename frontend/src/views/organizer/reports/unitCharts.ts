import type { UnitStatsRow } from '@/api/report'

// ECharts options for the unit statistics, kept apart from the component so they can be tested as data.

export interface UnitChartLabels {
  entries: string
  eligible: string
  awarded: string
  participationRate: string
}

const percent1 = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10)

/**
 * Per unit: entries that passed screening and those awarded, stacked to the entries submitted — the bar's full height
 * is what the unit sent, its coloured parts how far the works got.
 */
export function funnelChart(rows: UnitStatsRow[], labels: UnitChartLabels) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [labels.awarded, labels.eligible, labels.entries] },
    grid: { left: 48, right: 24, bottom: 64, top: 40 },
    xAxis: { type: 'category', data: rows.map((row) => row.name), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: labels.awarded, type: 'bar', stack: 'entries', data: rows.map((row) => row.awarded), color: '#e6a23c' },
      {
        name: labels.eligible,
        type: 'bar',
        stack: 'entries',
        data: rows.map((row) => Math.max(0, row.eligible - row.awarded)),
        color: '#409eff',
      },
      {
        name: labels.entries,
        type: 'bar',
        stack: 'entries',
        data: rows.map((row) => Math.max(0, row.entries - row.eligible)),
        color: '#c0c4cc',
      },
    ],
  }
}

/** Participation rate per unit in percent, highest first; units without registered students are left out. */
export function participationChart(rows: UnitStatsRow[], labels: UnitChartLabels) {
  const rated = rows
    .filter((row) => row.participationRate !== null)
    .sort((a, b) => (b.participationRate ?? 0) - (a.participationRate ?? 0))
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: number) => `${value}%` },
    grid: { left: 48, right: 24, bottom: 64, top: 24 },
    xAxis: { type: 'category', data: rated.map((row) => row.name), axisLabel: { interval: 0, rotate: rated.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value', name: labels.participationRate, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: labels.participationRate,
        type: 'bar',
        data: rated.map((row) => percent1(row.participationRate)),
        barMaxWidth: 36,
        label: { show: true, position: 'top', formatter: '{c}%' },
      },
    ],
  }
}

/** "66.7%" for a rate of 0.6667, "—" without students. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${percent1(rate)}%`
}
