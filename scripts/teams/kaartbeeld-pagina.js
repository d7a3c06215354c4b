// Runs in the browser page: draws one card with the adaptivecards renderer and measures what a person sees.
/* global AdaptiveCards */
const ontsnap = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// Teams' TextBlock markdown, as far as our cards use it: bold and italic.
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = ontsnap(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|\s)_(.+?)_(?=\s|$|[.,;:])/g, '$1<em>$2</em>');
  result.didProcess = true;
};

function zichtbaar(e) {
  if (e.offsetParent === null) return false;
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
}

window.meet = () => {
  const doos = document.getElementById('kaart');
  const knoppen = [...doos.querySelectorAll('button')].filter(zichtbaar).map((b) => {
    const r = b.getBoundingClientRect();
    return { tekst: b.innerText.trim(), top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
  return { knoppen, tekst: doos.innerText, hoogte: doos.getBoundingClientRect().height };
};

window.toonKaart = (json, hostConfig) => {
  const kaart = new AdaptiveCards.AdaptiveCard();
  kaart.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
  const fouten = [];
  const context = new AdaptiveCards.SerializationContext(AdaptiveCards.Versions.v1_5);
  kaart.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) fouten.push(context.getEventAt(i).message);
  const el = kaart.render();
  document.getElementById('kaart').replaceChildren(el);
  return { ...window.meet(), fouten };
};

/** Clicks the element (a fold line or a button) whose text is exactly `tekst`. */
window.klik = (tekst) => {
  const doos = document.getElementById('kaart');
  const doel = [...doos.querySelectorAll('.ac-selectable, button')].find(
    (e) => zichtbaar(e) && e.innerText.trim() === tekst,
  );
  if (!doel) return false;
  doel.click();
  return true;
};
