import { describe, expect, it } from 'vitest'
import type { Criterion } from '@/api/judging'
import { fullSheet, parseScore, scoreProblem, weightedTotal, weightSum } from './rubric'

const criteria: Criterion[] = [
  { id: 1, name: '主题', description: '', maxScore: 40, weight: 40 },
  { id: 2, name: '创意', description: '', maxScore: 30, weight: 35 },
  { id: 3, name: '技术', description: '', maxScore: 10, weight: 25 },
]

describe('scoreProblem', () => {
  it('accepts scores within the maximum with at most one decimal', () => {
    expect(scoreProblem(27.5, 40)).toBeNull()
    expect(scoreProblem(0, 40)).toBeNull()
    expect(scoreProblem(40, 40)).toBeNull()
  })

  it('refuses scores over the maximum, below zero or with two decimals', () => {
    expect(scoreProblem(40.5, 40)).toBe('range')
    expect(scoreProblem(-1, 40)).toBe('range')
    expect(scoreProblem(12.25, 40)).toBe('format')
  })

  it('lets a draft leave a score empty but not a submission', () => {
    expect(scoreProblem(null, 40)).toBeNull()
    expect(scoreProblem(null, 40, true)).toBe('required')
  })
})

describe('parseScore', () => {
  it('reads plain decimals, empty as unscored and anything else as not a number', () => {
    expect(parseScore(' 27.5 ')).toBe(27.5)
    expect(parseScore('')).toBeNull()
    expect(parseScore('2e1')).toBeNaN()
    expect(scoreProblem(parseScore('abc'), 40)).toBe('format')
  })
})

describe('weightedTotal', () => {
  it('is Σ value / max × weight, rounded to 2 decimals', () => {
    // 30/40×40 + 20/30×35 + 7/10×25 = 30 + 23.333… + 17.5
    expect(weightedTotal(criteria, { 1: 30, 2: 20, 3: 7 })).toBe(70.83)
  })

  it('is null until every criterion has a score', () => {
    expect(weightedTotal(criteria, { 1: 30, 2: null })).toBeNull()
  })
})

describe('weightSum', () => {
  it('adds the weights to one decimal', () => {
    expect(weightSum(criteria)).toBe(100)
    expect(weightSum([{ weight: 33.3 }, { weight: 33.3 }, { weight: 33.3 }])).toBe(99.9)
  })
})

describe('fullSheet', () => {
  it('has every criterion, unscored ones null', () => {
    expect(fullSheet(criteria, { 2: 12 })).toEqual({ 1: null, 2: 12, 3: null })
  })
})
