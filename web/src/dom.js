// Small DOM helpers: the page is plain HTML built from data, no framework.

// h builds an element: h('a', {href: '#'}, 'text', child, [more]).
// Attributes starting with "on" are listeners; null/false ones are left out.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

// fold maps a string to lower case without diacritics, one output character
// per input character (NFC input), so positions in the folded string are
// positions in the original.
export function fold(s) {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    let f = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (f === 'đ') f = 'd';
    out += f.length === 1 ? f : f.charAt(0) || ' ';
  }
  return out;
}

// highlight returns text with each occurrence of any of names (case and
// diacritics ignored) wrapped in <mark>.
export function highlight(text, names) {
  text = (text || '').normalize('NFC');
  const chars = Array.from(text);
  const folded = fold(text);
  const marks = new Array(chars.length).fill(false);
  for (const n of names) {
    const fn = fold(n || '').trim();
    if (fn.length < 3) continue;
    let i = folded.indexOf(fn);
    while (i >= 0) {
      for (let j = i; j < i + fn.length; j++) marks[j] = true;
      i = folded.indexOf(fn, i + fn.length);
    }
  }
  const frag = document.createDocumentFragment();
  let buf = '';
  let inMark = false;
  const flush = () => {
    if (!buf) return;
    frag.append(inMark ? h('mark', {}, buf) : document.createTextNode(buf));
    buf = '';
  };
  chars.forEach((c, i) => {
    if (marks[i] !== inMark) {
      flush();
      inMark = marks[i];
    }
    buf += c;
  });
  flush();
  return frag;
}

// nameVariants is a name and the same name without a trailing area name, as
// articles often say "Ban Tuyên giáo Quận ủy" for "Ban Tuyên giáo Quận ủy Quận 3".
export function nameVariants(name, areaName) {
  const out = [name];
  if (areaName && name && name.endsWith(' ' + areaName)) out.push(name.slice(0, -areaName.length - 1));
  return out;
}

// download offers a Blob (or data URL) to the user as a file.
export function download(filename, data, type) {
  const url = typeof data === 'string' && data.startsWith('data:') ? data : URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type }));
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  if (!url.startsWith('data:')) setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
