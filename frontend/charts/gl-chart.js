/*
 * <gl-chart>: the browser half of org.gradientlab.charts.Chart.
 *
 * The server sends plain JSON (built from typed records); this connector only adds what JSON cannot carry
 * (functions for per-point radii, theme colours read from CSS, arrow and heatmap drawing) and keeps one
 * Chart.js instance alive so that live updates replace data in place and redraw with update('none').
 *
 * Contour lines (datasets with `glLevel`) are not handed to Chart.js: they do not move while a slider does, yet
 * Chart.js would recompute every one of their thousands of points on each update. They are painted from a cached
 * image instead (contourLayerPlugin), which keeps a live redraw to the series that changed.
 */
import {
  Chart,
  ScatterController,
  LineElement,
  PointElement,
  LinearScale,
  LogarithmicScale,
  Legend,
  Tooltip,
} from 'chart.js';
import './gl-chart.css';

Chart.register(ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Tooltip);

/** Draws the arrows of datasets that carry `glArrows: [[x, y, dx, dy], ...]` (gradient fields). */
const arrowPlugin = {
  id: 'glArrows',
  afterDatasetsDraw(chart) {
    const { ctx, scales } = chart;
    chart.data.datasets.forEach((dataset, index) => {
      if (!dataset.glArrows || !chart.isDatasetVisible(index)) {
        return;
      }
      ctx.save();
      ctx.strokeStyle = dataset.borderColor;
      ctx.fillStyle = dataset.borderColor;
      ctx.lineWidth = dataset.borderWidth || 1.5;
      for (const [x, y, dx, dy] of dataset.glArrows) {
        drawArrow(ctx, scales.x, scales.y, x, y, x + dx, y + dy);
      }
      ctx.restore();
    });
  },
};

function drawArrow(ctx, xScale, yScale, x0, y0, x1, y1) {
  const px0 = xScale.getPixelForValue(x0);
  const py0 = yScale.getPixelForValue(y0);
  const px1 = xScale.getPixelForValue(x1);
  const py1 = yScale.getPixelForValue(y1);
  const length = Math.hypot(px1 - px0, py1 - py0);
  if (!Number.isFinite(length) || length < 0.5) {
    return;
  }
  const head = Math.min(7, length * 0.4);
  const angle = Math.atan2(py1 - py0, px1 - px0);
  ctx.beginPath();
  ctx.moveTo(px0, py0);
  ctx.lineTo(px1, py1);
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(px1, py1);
  ctx.lineTo(px1 - head * Math.cos(angle - Math.PI / 7), py1 - head * Math.sin(angle - Math.PI / 7));
  ctx.lineTo(px1 - head * Math.cos(angle + Math.PI / 7), py1 - head * Math.sin(angle + Math.PI / 7));
  ctx.closePath();
  ctx.fill();
}

/**
 * Paints the contour lines (`chart.$glContours = {lines, version}`) under the datasets from an image drawn once per
 * chart size, scale range and contour version, and widens automatic axis ranges to the lines' extent, as Chart.js
 * would if the lines were datasets.
 */
const contourLayerPlugin = {
  id: 'glContourLayer',
  afterDataLimits(chart, { scale }) {
    const extent = chart.$glContours?.extent;
    if (!extent) {
      return;
    }
    const [low, high] = scale.axis === 'x' ? [extent.xMin, extent.xMax] : [extent.yMin, extent.yMax];
    if (scale.options.min === undefined && Number.isFinite(low)) {
      scale.min = Math.min(scale.min, low);
    }
    if (scale.options.max === undefined && Number.isFinite(high)) {
      scale.max = Math.max(scale.max, high);
    }
  },
  beforeDatasetsDraw(chart) {
    const contours = chart.$glContours;
    if (!contours || contours.lines.length === 0) {
      return;
    }
    const { chartArea, scales } = chart;
    const key = [
      contours.version, chart.width, chart.height, chart.currentDevicePixelRatio,
      chartArea.left, chartArea.top, chartArea.right, chartArea.bottom,
      scales.x.min, scales.x.max, scales.y.min, scales.y.max,
    ].join(' ');
    if (!chart.$glContourImage || chart.$glContourImage.key !== key) {
      chart.$glContourImage = { key, image: contourImage(chart, contours.lines) };
    }
    chart.ctx.drawImage(chart.$glContourImage.image, 0, 0, chart.width, chart.height);
  },
};

/** The contour lines drawn on a transparent canvas of the chart's size, clipped to the chart area. */
function contourImage(chart, lines) {
  const ratio = chart.currentDevicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(chart.width * ratio));
  canvas.height = Math.max(1, Math.round(chart.height * ratio));
  const ctx = canvas.getContext('2d');
  ctx.scale(ratio, ratio);
  const { chartArea, scales } = chart;
  ctx.beginPath();
  ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
  ctx.clip();
  ctx.lineJoin = 'round';
  for (const line of lines) {
    ctx.strokeStyle = line.borderColor;
    ctx.lineWidth = line.borderWidth || 1;
    ctx.beginPath();
    let pen = false;
    for (const [x, y] of line.data) {
      if (x === null || y === null) {
        pen = false;
        continue;
      }
      const px = scales.x.getPixelForValue(x);
      const py = scales.y.getPixelForValue(y);
      if (!Number.isFinite(px) || !Number.isFinite(py)) {
        pen = false;
        continue;
      }
      if (pen) {
        ctx.lineTo(px, py);
      } else {
        ctx.moveTo(px, py);
        pen = true;
      }
    }
    ctx.stroke();
  }
  return canvas;
}

/** The smallest box holding every point of the lines, or null when there is none. */
function contourExtent(lines) {
  let xMin = Infinity;
  let xMax = -Infinity;
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const line of lines) {
    for (const [x, y] of line.data) {
      if (x === null || y === null) {
        continue;
      }
      xMin = Math.min(xMin, x);
      xMax = Math.max(xMax, x);
      yMin = Math.min(yMin, y);
      yMax = Math.max(yMax, y);
    }
  }
  return xMin <= xMax ? { xMin, xMax, yMin, yMax } : null;
}

const isContour = (dataset) => dataset.glLevel !== undefined;

/**
 * Paints `options.plugins.glHeatmap = {xMin, xMax, yMin, yMax, columns, rows, values}` (row 0 at yMin)
 * under the datasets, one cell per value, coloured on a sequential ramp between the smallest and largest
 * finite value.
 */
const heatmapPlugin = {
  id: 'glHeatmap',
  beforeDatasetsDraw(chart, _args, options) {
    if (!options || !options.values || !options.columns || !options.rows) {
      return;
    }
    if (!chart.$glHeatmap || chart.$glHeatmap.source !== options.values) {
      chart.$glHeatmap = { source: options.values, image: heatmapImage(options) };
    }
    const { ctx, scales, chartArea } = chart;
    const left = scales.x.getPixelForValue(options.xMin);
    const right = scales.x.getPixelForValue(options.xMax);
    const top = scales.y.getPixelForValue(options.yMax);
    const bottom = scales.y.getPixelForValue(options.yMin);
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top, chartArea.right - chartArea.left, chartArea.bottom - chartArea.top);
    ctx.clip();
    ctx.globalAlpha = 0.55;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(chart.$glHeatmap.image, left, top, right - left, bottom - top);
    ctx.restore();
  },
};

function heatmapImage({ columns, rows, values }) {
  const canvas = document.createElement('canvas');
  canvas.width = columns;
  canvas.height = rows;
  const finite = values.filter((v) => v !== null && Number.isFinite(v));
  const min = Math.min(...finite);
  const span = Math.max(...finite) - min || 1;
  const context = canvas.getContext('2d');
  const image = context.createImageData(columns, rows);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const value = values[row * columns + column];
      const offset = ((rows - 1 - row) * columns + column) * 4;
      if (value === null || !Number.isFinite(value)) {
        image.data[offset + 3] = 0;
        continue;
      }
      const [r, g, b] = ramp((value - min) / span);
      image.data[offset] = r;
      image.data[offset + 1] = g;
      image.data[offset + 2] = b;
      image.data[offset + 3] = 255;
    }
  }
  context.putImageData(image, 0, 0);
  return canvas;
}

/** A perceptually ordered blue → teal → yellow ramp (after viridis), t in [0, 1]. */
const RAMP = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

function ramp(t) {
  const position = Math.min(Math.max(t, 0), 1) * (RAMP.length - 1);
  const i = Math.min(Math.floor(position), RAMP.length - 2);
  const f = position - i;
  return RAMP[i].map((c, k) => Math.round(c + f * (RAMP[i + 1][k] - c)));
}

/**
 * Draws the end point of datasets that carry `glEndRadius` (where a path has got to) as a larger dot. A per-point
 * `pointRadius` function would do the same, but it makes Chart.js resolve the options of every point separately on
 * each update, which costs several times the whole redraw of a 1,000-point path.
 */
const endMarkerPlugin = {
  id: 'glEndMarkers',
  afterDatasetsDraw(chart) {
    const { ctx, scales, chartArea } = chart;
    chart.data.datasets.forEach((dataset, index) => {
      if (!dataset.glEndRadius || !chart.isDatasetVisible(index)) {
        return;
      }
      let last = null;
      for (let i = dataset.data.length - 1; i >= 0 && !last; i--) {
        const point = dataset.data[i];
        last = point && point[0] !== null && point[1] !== null ? point : null;
      }
      if (!last) {
        return;
      }
      const x = scales.x.getPixelForValue(last[0]);
      const y = scales.y.getPixelForValue(last[1]);
      if (!Number.isFinite(x) || !Number.isFinite(y)
          || x < chartArea.left || x > chartArea.right || y < chartArea.top || y > chartArea.bottom) {
        return;
      }
      ctx.save();
      ctx.fillStyle = dataset.backgroundColor || dataset.borderColor;
      ctx.beginPath();
      ctx.arc(x, y, dataset.glEndRadius, 0, 2 * Math.PI);
      ctx.fill();
      ctx.restore();
    });
  },
};

const SUPERSCRIPTS = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

function isPowerOfTen(value) {
  const exponent = Math.log10(value);
  return Number.isFinite(exponent) && Math.abs(exponent - Math.round(exponent)) < 1e-9;
}

function powerOfTenLabel(value) {
  const exponent = Math.round(Math.log10(value));
  if (exponent === 0) {
    return '1';
  }
  if (exponent === 1) {
    return '10';
  }
  return '10' + [...String(exponent)].map((c) => SUPERSCRIPTS[c]).join('');
}

function shortNumber(value) {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
    return value.toExponential(1);
  }
  return String(Number(value.toPrecision(3)));
}

/**
 * Logarithmic axes label the decades as 10ⁿ (and nothing in between) when at least two decades are in view,
 * every second or third decade when there are many; a narrower range gets short numbers.
 */
function logarithmicTick(value, _index, ticks) {
  const decades = ticks.filter((tick) => isPowerOfTen(tick.value)).length;
  if (decades < 2) {
    return shortNumber(value);
  }
  const step = Math.ceil(decades / 8);
  return isPowerOfTen(value) && Math.abs(Math.round(Math.log10(value))) % step === 0 ? powerOfTenLabel(value) : '';
}

/**
 * Keeps only the decades of a logarithmic axis that spans at least two of them. Chart.js makes a tick at every
 * 1…9 × 10ⁿ, hundreds of them when a diverging run's loss spans dozens of decades, and each costs its label and
 * grid-line callbacks on every redraw.
 */
function keepDecades(axis) {
  const decades = axis.ticks.filter((tick) => isPowerOfTen(tick.value));
  if (decades.length >= 2) {
    axis.ticks = decades;
  }
}

function prepareOptions(options) {
  for (const scale of Object.values(options.scales || {})) {
    if (scale.type === 'logarithmic') {
      scale.ticks = { ...(scale.ticks || {}), callback: logarithmicTick, autoSkip: false, maxRotation: 0 };
      scale.afterBuildTicks = keepDecades;
    }
  }
  return options;
}

/** Lumo colours resolved to plain rgb() by the browser, since a canvas cannot read CSS variables. */
function themeColours(root) {
  const resolve = (css) => {
    const probe = document.createElement('span');
    probe.style.display = 'none';
    probe.style.color = css;
    root.appendChild(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  };
  return {
    text: resolve('var(--lumo-body-text-color, #1a1a1a)'),
    secondary: resolve('var(--lumo-secondary-text-color, #555)'),
    grid: resolve('var(--lumo-contrast-10pct, rgba(128, 128, 128, 0.2))'),
  };
}

/** Log-axis labels: powers of ten only, as 0.01 … 1000 or 10⁻⁵ (Chart.js would print 0.000010000000). */
function logTick(value) {
  const exponent = Math.log10(value);
  if (!Number.isFinite(exponent) || Math.abs(exponent - Math.round(exponent)) > 1e-9) {
    return '';
  }
  const e = Math.round(exponent);
  if (e >= -2 && e <= 3) {
    return String(Number(value.toPrecision(1)));
  }
  const digits = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const power = String(Math.abs(e)).split('').map((d) => digits[Number(d)]).join('');
  return '10' + (e < 0 ? '⁻' : '') + power;
}

function applyTheme(options, colours) {
  options.color = colours.text;
  options.borderColor = colours.grid;
  for (const scale of Object.values(options.scales || {})) {
    // A logarithmic axis draws grid lines at the decades only.
    const gridColour = scale.type === 'logarithmic'
      ? (context) => (context.tick && isPowerOfTen(context.tick.value) ? colours.grid : 'transparent')
      : colours.grid;
    scale.grid = { ...(scale.grid || {}), color: gridColour };
    scale.border = { ...(scale.border || {}), color: colours.grid };
    scale.ticks = { ...(scale.ticks || {}), color: colours.secondary };
    if (scale.type === 'logarithmic' && !scale.ticks.callback) {
      scale.ticks.callback = logTick;
    }
    if (scale.title) {
      scale.title.color = colours.text;
    }
  }
  options.plugins = options.plugins || {};
  options.plugins.legend = options.plugins.legend || {};
  options.plugins.legend.labels = {
    ...(options.plugins.legend.labels || {}),
    color: colours.text,
    filter: (item, data) => !data.datasets[item.datasetIndex].glHideInLegend,
  };
  return options;
}

class GlChart extends HTMLElement {
  constructor() {
    super();
    this._config = null;
    this._chart = null;
    this._contourVersion = 0;
  }

  connectedCallback() {
    if (!this._canvas) {
      // Chart.js needs a relatively positioned box that holds nothing but the canvas.
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML =
        '<style>:host{display:block;height:20rem;min-height:8rem;min-width:0}' +
        '.box{position:relative;width:100%;height:100%}</style><div class="box"><canvas></canvas></div>';
      this._canvas = root.querySelector('canvas');
    }
    this._themeObserver = new MutationObserver(() => this._restyle());
    this._themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme', 'style'] });
    this._media = window.matchMedia('(prefers-color-scheme: dark)');
    this._mediaListener = () => this._restyle();
    this._media.addEventListener('change', this._mediaListener);
    this._render();
  }

  disconnectedCallback() {
    this._themeObserver?.disconnect();
    this._media?.removeEventListener('change', this._mediaListener);
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  /** Replaces the whole configuration; keeps the Chart.js instance when there is one. */
  setConfig(config) {
    this._config = config;
    this._render();
  }

  /**
   * Replaces the datasets of the given series ids (`{series: [id...], datasets: [...]}`), adding new ones
   * and keeping the others, then redraws without animation.
   */
  updateSeries(update) {
    if (!this._config) {
      return;
    }
    const datasets = this._config.data.datasets;
    for (const id of update.series) {
      const incoming = update.datasets.filter((d) => d.glSeries === id);
      const existing = datasets.filter((d) => d.glSeries === id);
      if (incoming.some(isContour) || existing.some(isContour)) {
        this._contourVersion++;
      }
      if (existing.length === incoming.length) {
        existing.forEach((dataset, i) => {
          for (const key of Object.keys(dataset)) {
            if (!(key in incoming[i])) {
              delete dataset[key];
            }
          }
          Object.assign(dataset, incoming[i]);
        });
      } else {
        const at = existing.length ? datasets.indexOf(existing[0]) : datasets.length;
        const kept = datasets.filter((d) => d.glSeries !== id);
        kept.splice(Math.min(at, kept.length), 0, ...incoming);
        datasets.splice(0, datasets.length, ...kept);
      }
    }
    for (const id of update.removed || []) {
      if (datasets.some((d) => d.glSeries === id && isContour(d))) {
        this._contourVersion++;
      }
      const kept = datasets.filter((d) => d.glSeries !== id);
      datasets.splice(0, datasets.length, ...kept);
    }
    if (update.heatmap !== undefined) {
      this._config.options.plugins.glHeatmap = update.heatmap || false;
    }
    if (this._chart) {
      this._handOver();
      this._chart.update('none');
    }
  }

  /** For tests and diagnostics: the number of datasets and of points drawn, contour lines included. */
  get summary() {
    if (!this._chart) {
      return { datasets: 0, points: 0 };
    }
    const datasets = this._config.data.datasets;
    return { datasets: datasets.length, points: datasets.reduce((sum, d) => sum + d.data.length, 0) };
  }

  /** Gives Chart.js the datasets it draws and the contour layer its lines (see contourLayerPlugin). */
  _handOver() {
    const all = this._config.data.datasets;
    const lines = all.filter(isContour);
    const previous = this._chart.$glContours;
    if (!previous || previous.version !== this._contourVersion) {
      this._chart.$glContours = { lines, version: this._contourVersion, extent: contourExtent(lines) };
    }
    this._chart.data.datasets = all.filter((d) => !isContour(d));
  }

  _render() {
    if (!this._config || !this.isConnected) {
      return;
    }
    prepareOptions(this._config.options);
    applyTheme(this._config.options, themeColours(this.shadowRoot));
    this._contourVersion++;
    if (this._chart) {
      this._chart.data = { datasets: [] };
      this._chart.options = this._config.options;
      this._handOver();
      this._chart.update('none');
    } else {
      this._chart = new Chart(this._canvas, {
        type: this._config.type,
        data: { datasets: [] },
        options: this._config.options,
        plugins: [heatmapPlugin, contourLayerPlugin, arrowPlugin, endMarkerPlugin],
      });
      this._handOver();
      this._chart.update('none');
    }
  }

  /**
   * Re-reads the theme colours after a light/dark switch. They go into the configuration, which is handed to
   * Chart.js again: writing them into the live chart's options would not reach the scales' resolved options.
   */
  _restyle() {
    if (this._chart && this._config) {
      applyTheme(this._config.options, themeColours(this.shadowRoot));
      this._chart.options = this._config.options;
      this._chart.update('none');
    }
  }
}

if (!customElements.get('gl-chart')) {
  customElements.define('gl-chart', GlChart);
}
