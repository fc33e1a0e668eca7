// Runs inside the page (plain JS, no imports): collects the facts every rule reads, once per page.
// Evaluated as `(function (options) { … })(options)`.
(options) => {
  const maxElements = options.maxElements;
  const vw = window.innerWidth;
  const vh = window.innerHeight;

  // Shadow roots are entered: components (charte-header, charte-bloc-marque…) draw inside them. A selector
  // crosses into a shadow root with " >>> ".
  const parentOf = (el) => el.parentElement || el.parentNode?.host || null;
  const deepAll = (root) => {
    const out = [];
    const visit = (scope) => {
      for (const el of scope.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    return out;
  };
  const closestDeep = (el, selector) => {
    for (let node = el; node; node = parentOf(node)) if (node.matches(selector)) return node;
    return null;
  };
  const containsDeep = (container, el) => {
    for (let node = el; node; node = parentOf(node)) if (node === container) return true;
    return false;
  };
  const resolve = (selector) => {
    let scope = document;
    let found = null;
    for (const part of selector.split(' >>> ')) {
      if (!scope) return null;
      found = scope.querySelector(part);
      scope = found?.shadowRoot;
    }
    return found;
  };
  /** Text of an element as rendered: its shadow root's text, with slotted content where it is slotted. */
  const deepText = (el) => {
    let text = '';
    const visit = (node) => {
      if (node.nodeType === 3) text += node.textContent;
      else if (node.nodeType === 1 && !['style', 'script', 'template'].includes(node.localName)) {
        if (node.localName === 'slot') {
          const assigned = node.assignedNodes({ flatten: true });
          for (const child of assigned.length ? assigned : node.childNodes) visit(child);
        } else for (const child of (node.shadowRoot || node).childNodes) visit(child);
      }
    };
    visit(el);
    return text;
  };

  // Selectors are built from the parent's (memoised), so the whole page costs one pass, not one per depth.
  const paths = new Map();
  const uniqueId = (el) =>
    el.id && /^[A-Za-z][\w-]*$/.test(el.id) && el.getRootNode().querySelectorAll(`#${el.id}`).length === 1;
  // Each parent's children are numbered once, by tag, for :nth-of-type.
  const places = new Map();
  const counted = new Set();
  const siblingPlace = (el, parent) => {
    if (!parent) return { index: 0, count: 1 };
    if (!counted.has(parent)) {
      counted.add(parent);
      const counts = new Map();
      for (const c of parent.children) {
        const n = (counts.get(c.localName) || 0) + 1;
        counts.set(c.localName, n);
        places.set(c, { index: n, counts });
      }
    }
    const place = places.get(el);
    return { index: place.index, count: place.counts.get(el.localName) };
  };
  const cssPath = (el) => {
    if (el?.nodeType !== 1 || el === document.documentElement) return '';
    const known = paths.get(el);
    if (known !== undefined) return known;
    let result;
    const host = el.getRootNode().host;
    if (uniqueId(el)) result = host ? `${cssPath(host)} >>> #${el.id}` : `#${el.id}`;
    else {
      const tag = el.localName;
      const parent = el.parentElement || el.parentNode;
      const { index, count } = siblingPlace(el, parent);
      const own = count > 1 ? `${tag}:nth-of-type(${index})` : tag;
      if (!el.parentElement && host) result = `${cssPath(host)} >>> ${own}`;
      else {
        const above = cssPath(parent);
        result = above ? `${above} > ${own}` : own;
      }
    }
    paths.set(el, result);
    return result || 'html';
  };
  // Layout does not change while the snapshot runs: each element's rectangle is read once.
  const rects = new Map();
  const rectOf = (el) => {
    let r = rects.get(el);
    if (!r) {
      r = el.getBoundingClientRect();
      rects.set(el, r);
    }
    return r;
  };
  const boxOf = (el) => {
    const r = rectOf(el);
    return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
  };
  /** The element's opening tag (its outerHTML would serialise the whole subtree). */
  const snippet = (el) => {
    let open = `<${el.localName}`;
    for (const a of el.attributes) {
      open += a.value === '' ? ` ${a.name}` : ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`;
      if (open.length > 200) break;
    }
    open += '>';
    return open.length > 200 ? `${open.slice(0, 200)}…` : open;
  };
  const ownText = (el) =>
    [...el.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  /** Text with line breaks where <br> or block boundaries are; text-transform not applied. */
  const lines = (el) => {
    const out = [''];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) out[out.length - 1] += child.textContent;
        else if (child.nodeType === 1) {
          const display = getComputedStyle(child).display;
          if (child.localName === 'br') out.push('');
          else if (display === 'none' || child.getAttribute('aria-hidden') === 'true') continue;
          else {
            const block = display === 'block' || display === 'flex' || child.localName === 'p';
            if (block && out[out.length - 1].trim()) out.push('');
            walk(child);
            if (block) out.push('');
          }
        }
      }
    };
    walk(el);
    return out.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  };
  const visible = (el, style) => {
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    if (Number(style.opacity) === 0) return false;
    const r = rectOf(el);
    return r.width > 0 && r.height > 0;
  };

  const all = document.body ? deepAll(document.body) : [];
  const header = all.find((el) => el.matches('header, [role="banner"], charte-header')) || null;
  const footer = all.find((el) => el.matches('footer, [role="contentinfo"], charte-footer')) || null;
  const within = (el, container) => Boolean(container && containsDeep(container, el));

  /** The first non-transparent background behind an element (not its own), white for the canvas. */
  const backdrops = new Map();
  const behind = (el) => {
    const parent = parentOf(el);
    if (!parent) return 'rgb(255, 255, 255)';
    let found = backdrops.get(parent);
    if (found === undefined) {
      const bg = getComputedStyle(parent).backgroundColor;
      found = bg && !/rgba\([^)]*,\s*0\)$/.test(bg) && bg !== 'transparent' ? bg : behind(parent);
      backdrops.set(parent, found);
    }
    return found;
  };

  const elements = [];
  let truncated = false;
  for (const el of all) {
    if (['script', 'style', 'noscript', 'template', 'head', 'meta', 'link'].includes(el.localName)) continue;
    const style = getComputedStyle(el);
    if (!visible(el, style)) continue;
    if (elements.length >= maxElements) {
      truncated = true;
      break;
    }
    const borders = ['Top', 'Right', 'Bottom', 'Left']
      .filter((s) => style[`border${s}Style`] !== 'none' && Number.parseFloat(style[`border${s}Width`]) > 0)
      .map((s) => style[`border${s}Color`]);
    const isHeading = /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading';
    elements.push({
      selector: cssPath(el),
      tag: el.localName,
      text: ownText(el).slice(0, 120),
      box: boxOf(el),
      color: style.color,
      backgroundColor: style.backgroundColor,
      backgroundImage: style.backgroundImage !== 'none',
      borderColors: [...new Set(borders)],
      shadowColours: style.boxShadow === 'none' ? [] : style.boxShadow.match(/rgba?\([^)]*\)|#[0-9a-f]{3,8}/gi) || [],
      outlineColor:
        style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 ? style.outlineColor : null,
      fontFamily: style.fontFamily,
      fontSize: Number.parseFloat(style.fontSize),
      fontWeight: Number(style.fontWeight) || 400,
      isHeading,
      code: Boolean(el.closest('code, pre, kbd, samp')),
      behind: behind(el),
      interactive: el.matches(
        'a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])',
      ),
      inHeader: within(el, header),
      inFooter: within(el, footer),
      snippet: snippet(el),
    });
  }

  // Bloc-marque candidates: our element, DSFR's .fr-logo, an image or SVG whose name carries an intitulé.
  const blocMarques = [];
  const accessibleName = (el) =>
    (
      el.getAttribute('aria-label') ||
      el.getAttribute('alt') ||
      el.querySelector?.('title')?.textContent ||
      el.getAttribute('title') ||
      ''
    )
      .replace(/\s+/g, ' ')
      .trim();
  const pushBloc = (el, kind, textLines) => {
    const link = (kind === 'charte' && el.shadowRoot?.querySelector('a[href]')) || closestDeep(el, 'a[href]');
    blocMarques.push({
      kind,
      selector: cssPath(el),
      box: boxOf(el),
      lines: textLines,
      inHeader: within(el, header),
      inFooter: within(el, footer),
      link: link ? { href: link.href, title: link.getAttribute('title') || '' } : null,
      snippet: snippet(el),
      marianne: null,
    });
  };
  for (const el of all.filter((e) => e.localName === 'charte-bloc-marque')) {
    const inner = el.shadowRoot?.querySelector('[part~="intitule"], .intitule, p');
    const fromAttr = el.getAttribute('intitule');
    pushBloc(el, 'charte', inner ? lines(inner) : fromAttr ? fromAttr.split(/\s*(?:<br\s*\/?>|\|)\s*/i) : lines(el));
    // The component exposes its Marianne block as a part; otherwise its size is estimated from the box.
    const symbol = el.shadowRoot?.querySelector('[part~="marianne"]');
    if (symbol) {
      const r = symbol.getBoundingClientRect();
      blocMarques[blocMarques.length - 1].marianne = { width: r.width, height: r.height };
    }
  }
  for (const el of all.filter((e) => e.classList.contains('fr-logo'))) {
    const style = getComputedStyle(el);
    if (!visible(el, style)) continue;
    const before = getComputedStyle(el, '::before');
    pushBloc(el, 'fr-logo', lines(el));
    const last = blocMarques[blocMarques.length - 1];
    last.marianne =
      before.backgroundImage && before.backgroundImage !== 'none'
        ? { width: Number.parseFloat(before.width) || 0, height: Number.parseFloat(before.height) || 0 }
        : null;
  }
  for (const el of all.filter((e) => e.matches('img, svg, [role="img"]'))) {
    if (closestDeep(el, '.fr-logo, charte-bloc-marque')) continue;
    const name = accessibleName(el);
    if (!/r[ée]publique|gouvernement|minist[èe]re|secr[ée]tariat|pr[ée]fet|ambassade/i.test(name)) continue;
    const style = getComputedStyle(el);
    if (!visible(el, style)) continue;
    pushBloc(el, el.localName === 'img' ? 'img' : 'svg', name.split(/\s*(?:\n|\s-\s)\s*/).filter(Boolean));
  }

  // Elements near each bloc-marque that are neither inside it nor around it: the rule decides which
  // of them fall in its clear space.
  const blocNodes = [];
  for (const b of blocMarques) {
    const el = resolve(b.selector);
    if (!el) continue;
    const own = closestDeep(el, 'a[href]') || el;
    blocNodes.push(own);
    const r = rectOf(own);
    const reach = 64;
    b.neighbours = [];
    for (const other of all) {
      if (b.neighbours.length >= 50) break;
      if (other === own || containsDeep(own, other) || containsDeep(other, own)) continue;
      if (['script', 'style', 'noscript', 'template'].includes(other.localName)) continue;
      const o = rectOf(other);
      if (o.width === 0 || o.height === 0) continue;
      if (o.right < r.left - reach || o.left > r.right + reach || o.bottom < r.top - reach || o.top > r.bottom + reach)
        continue;
      const style = getComputedStyle(other);
      if (!visible(other, style)) continue;
      const paints =
        ownText(other) ||
        other.matches('img, svg, video, canvas, input, button, select, textarea, iframe') ||
        style.backgroundImage !== 'none' ||
        (style.borderStyle !== 'none' && Number.parseFloat(style.borderWidth) > 0);
      if (!paints) continue;
      b.neighbours.push({ selector: cssPath(other), box: boxOf(other), snippet: snippet(other) });
    }
  }

  const links = all
    .filter((e) => e.localName === 'a' && e.hasAttribute('href'))
    .slice(0, 2000)
    .map((a) => ({
      href: a.href,
      text: deepText(a).replace(/\s+/g, ' ').trim().slice(0, 200),
      inFooter: within(a, footer),
    }));
  const favicons = [
    ...document.querySelectorAll('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]'),
  ].map((l) => ({
    rel: l.getAttribute('rel'),
    href: l.href,
    type: l.getAttribute('type') || '',
    sizes: l.getAttribute('sizes') || '',
  }));
  const htmlStyle = getComputedStyle(document.documentElement);
  const bodyStyle = document.body ? getComputedStyle(document.body) : htmlStyle;

  return {
    title: document.title,
    lang: document.documentElement.lang || '',
    theme: document.documentElement.getAttribute('data-fr-theme') || '',
    viewport: { width: vw, height: vh },
    documentSize: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
    elementCount: document.getElementsByTagName('*').length,
    charset: document.characterSet,
    loadedFaces: [
      ...new Set(
        [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/^["']|["']$/g, '')),
      ),
    ],
    replacementChars: (document.body?.textContent || '').split('\uFFFD').length - 1,
    elements,
    truncated,
    header: header ? { selector: cssPath(header), box: boxOf(header) } : null,
    footer: footer
      ? {
          selector: cssPath(footer),
          box: boxOf(footer),
          text: deepText(footer).replace(/\s+/g, ' ').trim().slice(0, 5000),
        }
      : null,
    blocMarques,
    links,
    favicons,
    background: { html: htmlStyle.backgroundColor, body: bodyStyle.backgroundColor },
  };
};
