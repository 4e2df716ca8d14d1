import { describe, expect, it } from 'vitest'
import en from './en'
import zhCN from './zh-CN'

/** Every message by its dotted key, e.g. "login.username" → "学号/工号". */
function flatten(messages: object, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>()
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'object' && value !== null) {
      for (const [inner, text] of flatten(value, `${prefix}${key}.`)) result.set(inner, text)
    } else {
      result.set(`${prefix}${key}`, value)
    }
  }
  return result
}

const zhMessages = flatten(zhCN)
const enMessages = flatten(en)

function placeholders(text: unknown): string[] {
  return [...new Set([...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort()
}

describe('locale files', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect([...enMessages.keys()].sort()).toEqual([...zhMessages.keys()].sort())
  })

  it('have no empty messages', () => {
    for (const messages of [zhMessages, enMessages]) {
      for (const [key, text] of messages) expect(typeof text === 'string' && text.trim() !== '', key).toBe(true)
    }
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of zhMessages) expect(placeholders(enMessages.get(key)), key).toEqual(placeholders(text))
  })
})
