// Reading Prometheus' text exposition in tests.

/** The value of one series (exactly these labels), or undefined when it is not there. */
export function reeks(tekst: string, naam: string, labels: Record<string, string> = {}): number | undefined {
  const gezocht = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const regel of tekst.split('\n')) {
    if (regel.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(regel);
    if (!m || m[1] !== naam) continue;
    const eigen = (m[2] ?? '').split(',').filter(Boolean);
    if (eigen.length === gezocht.length && gezocht.every((l) => eigen.includes(l))) return Number(m[3]);
  }
  return undefined;
}
