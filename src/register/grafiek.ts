// The knelpunten report as a PNG without a browser: echarts renders SVG server-side, resvg turns it into
// PNG (prebuilt binaries from npm: no native build step, no download at run time). Pure apart from reading system fonts.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type * as Echarts from 'echarts';
import { label } from '../domain/woorden.ts';
import type { KnelpuntCijfers, Rapport } from './rapportage.ts';

export interface PngMaat {
  breedte: number;
  hoogte: number;
}

// echarts holds ~12 MB of heap once loaded, which every full garbage collection walks again; only the
// monthly report draws, so it is loaded on the first chart instead of by every process at start.
let echarts: typeof Echarts | undefined;
const laadEcharts = (): typeof Echarts => {
  echarts ??= createRequire(import.meta.url)('echarts') as typeof Echarts;
  return echarts;
};

const LETTER = 'DejaVu Sans';
const MAX_KNELPUNTEN = 8;
const KLEUREN = ['#2e7d32', '#81c784', '#c62828', '#ef6c00', '#90a4ae'];

function kort(tekst: string, max = 34): string {
  return tekst.length <= max ? tekst : `${tekst.slice(0, max - 1).trimEnd()}…`;
}

function datum(iso: string): string {
  const [j, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${j}`;
}

export function grafiekOpties(rapport: Rapport): Echarts.EChartsCoreOption {
  const rijen: KnelpuntCijfers[] = rapport.knelpunten.slice(0, MAX_KNELPUNTEN);
  const namen = rijen.map((k) => kort(k.knelpunt.naam));
  const waar = rapport.tafel ? rapport.tafel.naam : `alle tafels van ${rapport.tenant.naam}`;
  const uitkomstSerie = (naam: string, waarden: number[], kleur: string) => ({
    name: naam,
    type: 'bar',
    stack: 'uitkomst',
    xAxisIndex: 0,
    yAxisIndex: 0,
    itemStyle: { color: kleur },
    data: waarden,
  });
  const euro = (cent: number) => Math.round(cent / 100);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: LETTER },
    title: {
      text: `Knelpunten — ${waar}`,
      subtext: `${datum(rapport.van)} t/m ${datum(rapport.tot)} · ${rapport.totaal.casussen} casussen`,
      left: 'center',
      textStyle: { fontFamily: LETTER, fontSize: 20 },
      subtextStyle: { fontFamily: LETTER, fontSize: 13 },
    },
    // echarts measures text without a canvas and underestimates DejaVu's width: leave room between items.
    legend: { bottom: 8, itemGap: 34, textStyle: { fontFamily: LETTER, fontSize: 12 } },
    grid: [
      { left: '24%', right: '53%', top: 110, bottom: 70 },
      { left: '53%', right: '4%', top: 110, bottom: 70 },
    ],
    xAxis: [
      { type: 'value', gridIndex: 0, name: 'casussen', minInterval: 1, nameLocation: 'middle', nameGap: 24 },
      {
        type: 'value',
        gridIndex: 1,
        name: 'euro',
        nameLocation: 'middle',
        nameGap: 24,
        axisLabel: { formatter: (v: number) => (v >= 1000 ? `${Math.round(v / 1000)}k` : String(v)) },
      },
    ],
    yAxis: [
      { type: 'category', gridIndex: 0, data: namen, inverse: true, axisLabel: { fontSize: 11 } },
      { type: 'category', gridIndex: 1, data: namen, inverse: true, axisLabel: { show: false } },
    ],
    series: [
      uitkomstSerie(
        label('toegekend'),
        rijen.map((k) => k.uitkomsten.toegekend),
        KLEUREN[0]!,
      ),
      uitkomstSerie(
        label('deels_toegekend'),
        rijen.map((k) => k.uitkomsten.deels_toegekend),
        KLEUREN[1]!,
      ),
      uitkomstSerie(
        label('afgewezen'),
        rijen.map((k) => k.uitkomsten.afgewezen),
        KLEUREN[2]!,
      ),
      uitkomstSerie(
        label('doorverwezen'),
        rijen.map((k) => k.uitkomsten.doorverwezen),
        KLEUREN[3]!,
      ),
      uitkomstSerie(
        'Open',
        rijen.map((k) => k.open),
        KLEUREN[4]!,
      ),
      {
        name: 'Kosten maatwerk',
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        itemStyle: { color: '#1565c0' },
        data: rijen.map((k) => euro(k.kostenMaatwerkCent)),
      },
      {
        name: 'Kosten niets doen (geschat)',
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        itemStyle: { color: '#b0bec5' },
        data: rijen.map((k) => euro(k.kostenNietsDoenCent)),
      },
    ],
  };
}

/** Alt text for the chart: what it shows, in words; the figures themselves are in the summary beside it. */
export function grafiekBeschrijving(rapport: Rapport): string {
  const waar = rapport.tafel ? rapport.tafel.naam : `alle tafels van ${rapport.tenant.naam}`;
  return kort(
    `Staafdiagram knelpuntenrapport ${waar}, ${datum(rapport.van)} t/m ${datum(rapport.tot)}: ` +
      `links per knelpunt het aantal casussen naar uitkomst, rechts de kosten van maatwerk tegenover ` +
      `de geschatte kosten als er niets was gebeurd. De cijfers staan ook in de samenvatting.`,
    500,
  );
}

export function naarSvg(rapport: Rapport, maat: PngMaat = { breedte: 1200, hoogte: 700 }): string {
  const grafiek = laadEcharts().init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: maat.breedte,
    height: maat.hoogte,
  });
  try {
    grafiek.setOption(grafiekOpties(rapport));
    return grafiek.renderToSVGString();
  } finally {
    // Without dispose the chart keeps timers alive and the process does not exit.
    grafiek.dispose();
  }
}

export function naarPng(rapport: Rapport, maat: PngMaat = { breedte: 1200, hoogte: 700 }): Buffer {
  const svg = naarSvg(rapport, maat);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: maat.breedte },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: LETTER },
  })
    .render()
    .asPng();
  return Buffer.from(png);
}
