// The knelpunten report as a PNG without a browser: echarts renders SVG server-side, resvg turns it into
// PNG (prebuilt binaries from npm: no native build step, no download at run time). Pure apart from reading system fonts.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type * as Echarts from 'echarts';
import { label } from '../domain/woorden.ts';
import type { Sleutel } from '../taal/catalogus.ts';
import type { Taal } from '../taal/taal.ts';
import { tekst, type Waarden } from '../taal/tekst.ts';
import { datumTekst, type KnelpuntCijfers, naamVan, type Rapport, rapportTaal } from './rapportage.ts';

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

/** Which tables the report is about: one by its name, or all of the tenant. */
const waarVan = (rapport: Rapport, taal: Taal) =>
  rapport.tafel
    ? rapport.tafel.naam
    : tekst(taal, 'rapport.samenvatting.alle_tafels', { tenant: rapport.tenant.naam });

/** The chart's options, its words in `taal`: by default the language of the report's tenant. */
export function grafiekOpties(
  rapport: Rapport,
  taal: Taal = rapportTaal(rapport),
): Echarts.EChartsCoreOption {
  const t = (sleutel: Sleutel, waarden?: Waarden) => tekst(taal, sleutel, waarden);
  const rijen: KnelpuntCijfers[] = rapport.knelpunten.slice(0, MAX_KNELPUNTEN);
  const namen = rijen.map((k) => kort(naamVan(k, rapport, taal)));
  const waar = waarVan(rapport, taal);
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
      text: t('rapport.grafiek.titel', { waar }),
      subtext: t('rapport.grafiek.ondertitel', {
        van: datumTekst(rapport.van, taal),
        tot: datumTekst(rapport.tot, taal),
        n: String(rapport.totaal.casussen),
        aantal: rapport.totaal.casussen,
      }),
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
      {
        type: 'value',
        gridIndex: 0,
        name: t('rapport.grafiek.as.casussen'),
        minInterval: 1,
        nameLocation: 'middle',
        nameGap: 24,
      },
      {
        type: 'value',
        gridIndex: 1,
        name: t('rapport.grafiek.as.euro'),
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
        label('toegekend', taal),
        rijen.map((k) => k.uitkomsten.toegekend),
        KLEUREN[0]!,
      ),
      uitkomstSerie(
        label('deels_toegekend', taal),
        rijen.map((k) => k.uitkomsten.deels_toegekend),
        KLEUREN[1]!,
      ),
      uitkomstSerie(
        label('afgewezen', taal),
        rijen.map((k) => k.uitkomsten.afgewezen),
        KLEUREN[2]!,
      ),
      uitkomstSerie(
        label('doorverwezen', taal),
        rijen.map((k) => k.uitkomsten.doorverwezen),
        KLEUREN[3]!,
      ),
      uitkomstSerie(
        t('rapport.grafiek.open'),
        rijen.map((k) => k.open),
        KLEUREN[4]!,
      ),
      {
        name: t('rapport.grafiek.kosten_maatwerk'),
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        itemStyle: { color: '#1565c0' },
        data: rijen.map((k) => euro(k.kostenMaatwerkCent)),
      },
      {
        name: t('rapport.grafiek.kosten_niets_doen'),
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
export function grafiekBeschrijving(rapport: Rapport, taal: Taal = rapportTaal(rapport)): string {
  return kort(
    tekst(taal, 'rapport.grafiek.beschrijving', {
      waar: waarVan(rapport, taal),
      van: datumTekst(rapport.van, taal),
      tot: datumTekst(rapport.tot, taal),
    }),
    500,
  );
}

export function naarSvg(
  rapport: Rapport,
  maat: PngMaat = { breedte: 1200, hoogte: 700 },
  taal: Taal = rapportTaal(rapport),
): string {
  const grafiek = laadEcharts().init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: maat.breedte,
    height: maat.hoogte,
  });
  try {
    grafiek.setOption(grafiekOpties(rapport, taal));
    return grafiek.renderToSVGString();
  } finally {
    // Without dispose the chart keeps timers alive and the process does not exit.
    grafiek.dispose();
  }
}

export function naarPng(
  rapport: Rapport,
  maat: PngMaat = { breedte: 1200, hoogte: 700 },
  taal: Taal = rapportTaal(rapport),
): Buffer {
  const svg = naarSvg(rapport, maat, taal);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: maat.breedte },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: LETTER },
  })
    .render()
    .asPng();
  return Buffer.from(png);
}
