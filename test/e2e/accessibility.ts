/**
 * The accessibility audit the e2e walk runs on every page, measured in Chromium on what is drawn:
 *
 * - Tap targets at least 44×44 CSS px (Apple's HIG minimum, WCAG 2.5.5), the element's border box
 *   (padding included: it is where a tap lands). Tappable means: a native or Taro button, link,
 *   input, text area, picker, switch, checkbox or radio; anything the app gave a click handler
 *   (React's onClick on a View or Text: chips, cards, text links); anything with role=button or
 *   that turns the cursor into a pointer where its parent does not (Taro's own tab bar and header).
 * - Text contrast at least 4.5:1 against the colour behind it, 3:1 for large text (24 px, or
 *   18.66 px bold), by WCAG 2.x's relative-luminance formula. The colour behind is the element's and
 *   its ancestors' background colours blended from the first opaque one; where a gradient sits
 *   behind, every colour stop is tried and the worst counts. Opacity of ancestors fades the text.
 *   Placeholders count as text. Disabled controls are exempt from contrast (WCAG 1.4.3), not size.
 *
 * What is measured: everything drawn in the document — the page on show, its header, the tab bar and
 * any dialog or toast (hidden pages, display:none, visibility:hidden and zero-sized elements are not).
 */
import type { Page } from 'playwright-core'

export const MIN_TARGET_PX = 44
export const MIN_CONTRAST = 4.5
export const MIN_CONTRAST_LARGE_TEXT = 3

export interface Violation {
  kind: 'target' | 'contrast'
  /** The element's text (or its class when it has none), as a person would find it. */
  text: string
  /** What was measured against the bound, e.g. `30×25 px` or `2.61:1 (#9aa0a9 on #ffffff, 24 px)`. */
  measured: string
}

interface Bounds {
  minTarget: number
  minContrast: number
  minContrastLarge: number
}

/**
 * Runs in the page: every tappable element smaller than the bound and every text below its
 * contrast bound. Self-contained (Playwright sends its source to the browser).
 */
function auditInPage(bounds: Bounds): Violation[] {
  type Rgba = [number, number, number, number]
  const violations: Violation[] = []
  const TAPPABLE_TAGS = new Set(['A', 'BUTTON', 'INPUT', 'TEXTAREA', 'SELECT', 'TARO-BUTTON-CORE', 'TARO-INPUT-CORE', 'TARO-TEXTAREA-CORE', 'TARO-PICKER-CORE', 'TARO-SWITCH-CORE', 'TARO-CHECKBOX-CORE', 'TARO-RADIO-CORE', 'TARO-NAVIGATOR-CORE'])
  /** Native parts inside a Taro control: the control is the target, measured once. */
  const insideTaroControl = (el: Element) => el.parentElement?.closest('taro-input-core, taro-textarea-core, taro-button-core, taro-picker-core, taro-switch-core, taro-checkbox-core, taro-radio-core') !== null && el.parentElement !== null

  const parse = (css: string): Rgba | null => {
    const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css)
    if (!m) return null
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4])
    return [Number(m[1]), Number(m[2]), Number(m[3]), alpha]
  }
  const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1) as Rgba
  const luminance = (c: Rgba) => {
    const [r, g, b] = [c[0], c[1], c[2]].map((v) => {
      const s = v / 255
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const ratio = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
    return (hi + 0.05) / (lo + 0.05)
  }
  const hex = (c: Rgba) => `#${[c[0], c[1], c[2]].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`
  const gradientStops = (image: string): Rgba[] => (image.match(/rgba?\([^)]*\)/g) ?? []).map((s) => parse(s)).filter((c): c is Rgba => c !== null)

  /** The colours that can sit behind `el`: one, or one per gradient stop. */
  const backgrounds = (el: Element): Rgba[] => {
    const layers: Rgba[][] = []
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node)
      const stops = style.backgroundImage.includes('gradient') ? gradientStops(style.backgroundImage) : []
      if (stops.length > 0) {
        layers.push(stops)
        if (stops.every((s) => s[3] === 1)) break
      }
      const color = parse(style.backgroundColor)
      if (color && color[3] > 0) {
        layers.push([color])
        if (color[3] === 1) break
      }
    }
    let behind: Rgba[] = [[255, 255, 255, 1]]
    for (const layer of layers.reverse()) behind = layer.flatMap((top) => behind.map((below) => over(top, below)))
    return behind
  }
  const opacity = (el: Element) => {
    let value = 1
    for (let node: Element | null = el; node; node = node.parentElement) value *= Number(getComputedStyle(node).opacity)
    return value
  }
  const label = (el: Element) => {
    const text = ((el as HTMLElement).innerText || (el as HTMLInputElement).placeholder || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim()
    return text ? text.slice(0, 24) : `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`
  }
  const drawn = (el: Element) => {
    const rect = el.getBoundingClientRect()
    return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden' && opacity(el) > 0
  }
  /** Taro's H5 components keep the app's handlers in `__events` (onClick as `click`); plain React elements in their props. */
  const hasClickHandler = (el: Element) => {
    const events = (el as unknown as { __events?: Record<string, unknown> }).__events
    if (events && ('click' in events || 'tap' in events)) return true
    const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'))
    const props = key ? (el as unknown as Record<string, Record<string, unknown>>)[key] : undefined
    return typeof props?.onClick === 'function'
  }
  const tappable = (el: Element) => {
    if (insideTaroControl(el)) return false
    if (TAPPABLE_TAGS.has(el.tagName) || el.getAttribute('role') === 'button' || hasClickHandler(el)) return true
    return getComputedStyle(el).cursor === 'pointer' && (!el.parentElement || getComputedStyle(el.parentElement).cursor !== 'pointer')
  }
  // Taro's H5 button carries disabled="false" when enabled: that one is enabled and is checked.
  const disabled = (el: Element) => el.closest('[disabled]:not([disabled="false"]), [aria-disabled="true"]') !== null

  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!drawn(el)) continue
    if (tappable(el)) {
      const rect = el.getBoundingClientRect()
      if (rect.width < bounds.minTarget - 0.5 || rect.height < bounds.minTarget - 0.5) {
        violations.push({ kind: 'target', text: label(el), measured: `${rect.width.toFixed(1)}×${rect.height.toFixed(1)} px` })
      }
    }
    const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
    const placeholder = (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.placeholder && !el.value
    if ((!ownText && !placeholder) || disabled(el)) continue
    const style = getComputedStyle(el, placeholder ? '::placeholder' : null)
    const fg = parse(style.color)
    if (!fg) continue
    const size = parseFloat(style.fontSize)
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
    const min = large ? bounds.minContrastLarge : bounds.minContrast
    const text: Rgba = [fg[0], fg[1], fg[2], fg[3] * opacity(el)]
    const worst = backgrounds(el)
      .map((bg) => ({ bg, ratio: ratio(over(text, bg), bg) }))
      .sort((a, b) => a.ratio - b.ratio)[0]
    if (worst.ratio < min - 0.005) {
      violations.push({ kind: 'contrast', text: label(el), measured: `${worst.ratio.toFixed(2)}:1 (${hex(over(text, worst.bg))} on ${hex(worst.bg)}, ${size.toFixed(1)} px${large ? ' large' : ''})` })
    }
  }
  return violations
}

/** The page's tap-target and contrast violations, as drawn now. */
export function auditAccessibility(page: Page): Promise<Violation[]> {
  return page.evaluate(auditInPage, { minTarget: MIN_TARGET_PX, minContrast: MIN_CONTRAST, minContrastLarge: MIN_CONTRAST_LARGE_TEXT })
}
