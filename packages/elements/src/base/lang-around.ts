/** The language of the page around an element (its nearest `lang`, looking out through shadow roots). */
export function langAround(el: Element): string | undefined {
  for (let node: Node | null = el; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang !== null) return lang || undefined;
  }
  return undefined;
}
