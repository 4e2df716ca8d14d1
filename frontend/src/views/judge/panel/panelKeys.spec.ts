import { describe, expect, it } from 'vitest'
import { panelCommand } from './panelKeys'

const key = (key: string, extra: Partial<KeyboardEvent> = {}) =>
  ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, target: null, ...extra }) as KeyboardEvent

describe('panelCommand', () => {
  it('moves with J/K and Alt+↓/↑', () => {
    expect(panelCommand(key('j'))).toBe('next')
    expect(panelCommand(key('K'))).toBe('previous')
    expect(panelCommand(key('ArrowDown', { altKey: true }))).toBe('next')
    expect(panelCommand(key('ArrowUp', { altKey: true }))).toBe('previous')
  })

  it('submits with Ctrl+Enter or ⌘+Enter', () => {
    expect(panelCommand(key('Enter', { ctrlKey: true }))).toBe('submit')
    expect(panelCommand(key('Enter', { metaKey: true }))).toBe('submit')
    expect(panelCommand(key('Enter'))).toBeNull()
  })

  it('leaves J/K to text fields while typing, but not Alt+arrows', () => {
    const input = { tagName: 'INPUT' } as unknown as EventTarget
    expect(panelCommand(key('j', { target: input }))).toBeNull()
    expect(panelCommand(key('ArrowDown', { altKey: true, target: input }))).toBe('next')
    expect(panelCommand(key('ArrowDown'))).toBeNull()
  })
})
