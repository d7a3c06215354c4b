// The knelpunten report as a PNG without a browser: echarts renders SVG server-side, resvg turns it into
// PNG (prebuilt binaries from npm: no native build step, no download at run time). Pure apart from reading system fonts.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type * as Echarts from 'echarts';
import { label } from '../domain/woorden.ts';
import type { Sleutel } from '../taal/catalogus.ts';
import { LOCALE, type Taal } from '../taal/taal.ts';
import { tekst, type Waarden } from '../taal/tekst.ts';
import {
  datumTekst,
  type KnelpuntCijfers,
  kostenUitkomsten,
  naamVan,
  type Rapport,
  rapportTaal,
} from './rapportage.ts';

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

function kort(tekst: string, max: number): string {
  return tekst.length <= max ? tekst : `${tekst.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A knelpunt name over as many lines as it needs, broken between words (a word longer than a line gets a
 * line of its own, whole): the chart names every knelpunt in full instead of cutting it off.
 */
export function ombreek(naam: string, breedte = 26): string {
  const regels: string[] = [];
  let regel = '';
  for (const woord of naam.split(/\s+/).filter(Boolean)) {
    if (regel && regel.length + 1 + woord.length > breedte) {
      regels.push(regel);
      regel = woord;
    } else regel = regel ? `${regel} ${woord}` : woord;
  }
  if (regel) regels.push(regel);
  return regels.join('\n');
}

/** Whole euros as a reader of `taal` writes them: "€ 5.000" in Dutch, "€5,000" in English. */
export function euroTekst(euro: number, taal: Taal): string {
  return new Intl.NumberFormat(LOCALE[taal], {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(euro);
}

/** Which tables the report is about: one by its name, or all of the tenant. */
const waarVan = (rapport: Rapport, taal: Taal) =>
  rapport.tafel
    ? rapport.tafel.naam
    : tekst(taal, 'rapport.samenvatting.alle_tafels', { tenant: rapport.tenant.naam });

const heeftWaarden = (waarden: readonly number[]) => waarden.some((w) => w > 0);

/** The chart's options, its words in `taal`: by default the language of the report's tenant. */
export function grafiekOpties(
  rapport: Rapport,
  taal: Taal = rapportTaal(rapport),
): Echarts.EChartsCoreOption {
  const t = (sleutel: Sleutel, waarden?: Waarden) => tekst(taal, sleutel, waarden);
  const rijen: KnelpuntCijfers[] = rapport.knelpunten.slice(0, MAX_KNELPUNTEN);
  const namen = rijen.map((k) => ombreek(naamVan(k, rapport, taal)));
  const waar = waarVan(rapport, taal);
  const getal = new Intl.NumberFormat(LOCALE[taal]);
  const euro = (cent: number) => Math.round(cent / 100);
  const titel = {
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
  };
  if (rijen.length === 0) {
    // Nothing to draw: no empty axes, but a sentence that says so.
    return {
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: LETTER },
      title: titel,
      graphic: [
        {
          type: 'text',
          left: 'center',
          top: 'middle',
          style: { text: t('rapport.grafiek.leeg'), fontFamily: LETTER, fontSize: 18, fill: '#455a64' },
        },
      ],
    };
  }
  const uitkomstSerie = (naam: string, waarden: number[], kleur: string) => ({
    name: naam,
    type: 'bar',
    stack: 'uitkomst',
    xAxisIndex: 0,
    yAxisIndex: 0,
    itemStyle: { color: kleur },
    // The count inside its segment; an empty segment says nothing.
    label: {
      show: true,
      position: 'inside',
      fontFamily: LETTER,
      fontSize: 11,
      formatter: (p: { value: number }) => (p.value > 0 ? getal.format(p.value) : ''),
    },
    data: waarden,
  });
  const kostenSerie = (naam: string, waarden: number[], kleur: string) => ({
    name: naam,
    type: 'bar',
    xAxisIndex: 1,
    yAxisIndex: 1,
    itemStyle: { color: kleur },
    label: {
      show: true,
      position: 'right',
      fontFamily: LETTER,
      fontSize: 10,
      formatter: (p: { value: number }) => euroTekst(p.value, taal),
    },
    data: waarden,
  });
  const kostenUit = { uitkomsten: kostenUitkomsten(taal) };
  const alle = [
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
    kostenSerie(
      t('rapport.grafiek.kosten_maatwerk'),
      rijen.map((k) => euro(k.kostenMaatwerkCent)),
      '#1565c0',
    ),
    kostenSerie(
      t('rapport.grafiek.kosten_niets_doen'),
      rijen.map((k) => euro(k.kostenNietsDoenCent)),
      '#b0bec5',
    ),
  ];
  // A series with nothing in it is left out, and with it its legend entry ("Open" when nothing is open).
  const series = alle.filter((s) => heeftWaarden(s.data));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: LETTER },
    title: titel,
    // echarts measures text without a canvas and underestimates DejaVu's width: leave room between items.
    legend: {
      bottom: 8,
      itemGap: 30,
      data: series.map((s) => s.name),
      textStyle: { fontFamily: LETTER, fontSize: 11 },
    },
    grid: [
      { left: '22%', right: '50%', top: 110, bottom: 80 },
      { left: '53%', right: '9%', top: 110, bottom: 80 },
    ],
    xAxis: [
      {
        type: 'value',
        gridIndex: 0,
        name: t('rapport.grafiek.as.casussen'),
        minInterval: 1,
        nameLocation: 'middle',
        nameGap: 24,
        axisLabel: { formatter: (v: number) => getal.format(v) },
      },
      {
        type: 'value',
        gridIndex: 1,
        // Which casussen the costs count, where the reader looks for the unit.
        name: t('rapport.grafiek.as.euro', kostenUit),
        nameLocation: 'middle',
        nameGap: 24,
        axisLabel: { formatter: (v: number) => euroTekst(v, taal), hideOverlap: true },
      },
    ],
    yAxis: [
      {
        type: 'category',
        gridIndex: 0,
        data: namen,
        inverse: true,
        axisLabel: { fontSize: 11, lineHeight: 13, interval: 0 },
      },
      { type: 'category', gridIndex: 1, data: namen, inverse: true, axisLabel: { show: false } },
    ],
    series,
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
