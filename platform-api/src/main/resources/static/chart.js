// A small hand-written SVG line chart (no chart library to licence or download): a series of {t, v} points, an
// optional band of thresholds drawn as dashed lines, axis labels at min and max. Accessible: role="img" with a label.

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attributes) {
  const element = document.createElementNS(NS, tag);
  Object.entries(attributes || {}).forEach(function ([k, v]) { element.setAttribute(k, String(v)); });
  return element;
}

/**
 * Draws into a fresh <svg>; points are {t: epoch ms, v: number}. options: {label, width, height, thresholds: [numbers],
 * min, max, format(v)}.
 */
export function lineChart(points, options) {
  const opts = options || {};
  const width = opts.width || 320;
  const height = opts.height || 90;
  const padLeft = 40;
  const padRight = 6;
  const padY = 8;
  const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'chart', role: 'img' });
  const title = svg('title');
  title.textContent = opts.label || 'chart';
  root.append(title);
  if (!points.length) {
    const empty = svg('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'chart-empty' });
    empty.textContent = 'no data yet';
    root.append(empty);
    return root;
  }
  const values = points.map(function (p) { return p.v; }).concat(opts.thresholds || []);
  let min = opts.min !== undefined ? opts.min : Math.min.apply(null, values);
  let max = opts.max !== undefined ? opts.max : Math.max.apply(null, values);
  if (max - min < 1e-9) {
    min -= 1;
    max += 1;
  }
  const t0 = points[0].t;
  const t1 = points[points.length - 1].t;
  const x = function (t) {
    return t1 === t0 ? (padLeft + width - padRight) / 2 : padLeft + (t - t0) / (t1 - t0) * (width - padLeft - padRight);
  };
  const y = function (v) { return padY + (1 - (v - min) / (max - min)) * (height - 2 * padY); };
  const format = opts.format || function (v) { return String(Math.round(v * 10) / 10); };

  [max, min].forEach(function (v) {
    const label = svg('text', { x: padLeft - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'chart-axis' });
    label.textContent = format(v);
    root.append(label);
  });
  root.append(svg('line', { x1: padLeft, x2: width - padRight, y1: height - padY, y2: height - padY,
    class: 'chart-base' }));
  (opts.thresholds || []).forEach(function (v) {
    root.append(svg('line', { x1: padLeft, x2: width - padRight, y1: y(v), y2: y(v), class: 'chart-threshold' }));
  });
  const path = points.map(function (p, i) { return (i ? 'L' : 'M') + x(p.t).toFixed(1) + ' ' + y(p.v).toFixed(1); });
  root.append(svg('path', { d: path.join(' '), class: 'chart-line', fill: 'none' }));
  const last = points[points.length - 1];
  root.append(svg('circle', { cx: x(last.t), cy: y(last.v), r: 3, class: 'chart-dot' }));
  return root;
}
