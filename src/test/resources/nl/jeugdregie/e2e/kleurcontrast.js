// WCAG 2.1 AA colour contrast of what a person sees on the page, computed from the styles the browser applies.
// Called as a function with { alleen: <data-rondgang value or null>, toestand: <label> }:
// - without "alleen": every visible element with text of its own, every link, button and form field; the buttons and
//   links get a data-rondgang number so the caller can hover and focus them and call again with "alleen".
// - with "alleen": just that element, in the state the caller put it in (hover, focus).
// The text colour is checked against the background behind it (the nearest non-transparent backgrounds of the element
// and its ancestors, blended): 4.5:1, or 3:1 for large text (24px, or 18.66px bold). A button or form field must
// also stand out from what surrounds it (1.4.11, 3:1): by its border or by its own background.
(opties) => {
  const kleur = (tekst) => {
    const m = /rgba?\(([^)]+)\)/.exec(tekst || '');
    if (!m) {
      return null;
    }
    const delen = m[1].split(/[\s,\/]+/).filter((d) => d.length > 0).map(Number);
    return { r: delen[0], g: delen[1], b: delen[2], a: delen.length > 3 ? delen[3] : 1 };
  };
  const meng = (boven, onder) => {
    const a = boven.a + onder.a * (1 - boven.a);
    const kanaal = (k) => (boven[k] * boven.a + onder[k] * onder.a * (1 - boven.a)) / a;
    return { r: kanaal('r'), g: kanaal('g'), b: kanaal('b'), a };
  };
  const achtergrond = (element) => {
    const lagen = [];
    for (let e = element; e; e = e.parentElement) {
      const c = kleur(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) {
        lagen.push(c);
        if (c.a >= 1) {
          break;
        }
      }
    }
    let resultaat = { r: 255, g: 255, b: 255, a: 1 };
    for (let i = lagen.length - 1; i >= 0; i--) {
      resultaat = meng(lagen[i], resultaat);
    }
    return resultaat;
  };
  const luminantie = (c) => {
    const lin = (v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  };
  const verhouding = (a, b) => {
    const la = luminantie(a);
    const lb = luminantie(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  };
  const hex = (c) => '#' + [c.r, c.g, c.b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  const zichtbaar = (e) => {
    const rect = e.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) {
      return false;
    }
    for (let x = e; x; x = x.parentElement) {
      const stijl = getComputedStyle(x);
      if (stijl.visibility === 'hidden' || stijl.display === 'none' || Number(stijl.opacity) === 0) {
        return false;
      }
    }
    return true;
  };
  const eigenTekst = (e) =>
    Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim().length > 0);
  const beschrijf = (e) => {
    const klassen = Array.from(e.classList).map((k) => '.' + k).join('');
    const tekst = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\s+/g, ' ');
    return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + klassen + (tekst ? ' "' + tekst.slice(0, 50) + '"' : '');
  };
  const bedienbaar = (e) => e.matches('a[href], button, .knop, summary');
  const veld = (e) => e.matches('input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), select, textarea');
  const overgeslagen = 'script, style, noscript, template, title, option, optgroup, canvas, svg *, select *';

  const bevindingen = [];
  const controleer = (e) => {
    const stijl = getComputedStyle(e);
    const achter = achtergrond(e);
    const voor = kleur(stijl.color);
    if ((eigenTekst(e) || bedienbaar(e) || veld(e)) && voor) {
      const tekstkleur = voor.a < 1 ? meng(voor, achter) : voor;
      const grootte = parseFloat(stijl.fontSize);
      const groot = grootte >= 24 || (grootte >= 18.66 && Number(stijl.fontWeight) >= 700);
      const minimum = groot ? 3 : 4.5;
      const v = verhouding(tekstkleur, achter);
      if (v < minimum) {
        bevindingen.push({ soort: 'tekst', element: beschrijf(e), voorgrond: hex(tekstkleur), achtergrond: hex(achter),
          verhouding: Math.round(v * 100) / 100, minimum });
      }
    }
    if ((e.matches('button, .knop') || veld(e)) && e.parentElement) {
      const omgeving = achtergrond(e.parentElement);
      const eigen = achtergrond(e);
      const randDikte = parseFloat(stijl.borderTopWidth) || 0;
      const rand = kleur(stijl.borderTopColor);
      const viaRand = randDikte > 0 && rand && rand.a > 0 && stijl.borderTopStyle !== 'none'
        ? verhouding(rand.a < 1 ? meng(rand, omgeving) : rand, omgeving) : 1;
      const viaVlak = verhouding(eigen, omgeving);
      const v = Math.max(viaRand, viaVlak);
      if (v < 3) {
        bevindingen.push({ soort: 'rand', element: beschrijf(e), voorgrond: rand ? hex(rand) : 'geen',
          achtergrond: hex(omgeving), verhouding: Math.round(v * 100) / 100, minimum: 3 });
      }
    }
  };

  if (opties.alleen) {
    const e = document.querySelector('[data-rondgang="' + opties.alleen + '"]');
    if (e && zichtbaar(e)) {
      controleer(e);
    }
    return { bevindingen: bevindingen.map((b) => Object.assign(b, { toestand: opties.toestand })), bedienbaar: [] };
  }
  const bedienelementen = [];
  let volgnummer = 0;
  document.body.querySelectorAll('*').forEach((e) => {
    if (e.matches(overgeslagen) || !zichtbaar(e)) {
      return;
    }
    controleer(e);
    if (bedienbaar(e)) {
      const id = String(++volgnummer);
      e.setAttribute('data-rondgang', id);
      const plek = e.closest('header, nav, main, footer, .melding, table, form');
      const sleutel = e.tagName.toLowerCase() + '.' + Array.from(e.classList).sort().join('.') + ' in '
        + (plek ? plek.tagName.toLowerCase() + '.' + Array.from(plek.classList).sort().join('.') : 'body')
        + ' op ' + hex(achtergrond(e.parentElement || e));
      bedienelementen.push({ id, sleutel });
    }
  });
  return { bevindingen: bevindingen.map((b) => Object.assign(b, { toestand: opties.toestand })), bedienbaar: bedienelementen };
}
