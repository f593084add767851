// The benchmark's peer: the simplest hand-written JavaScript that does the list's job on the
// same data file: every word of the box, case- and accent-folded, must occur in a record's
// text; the first 50 matches are drawn with innerHTML. No framework, no index.
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const { dossiers } = await (await fetch('/data/dossiers.json')).json();
const rows = dossiers.map((d) => ({
  title: d.short_name ?? d.title,
  meta: `${d.steps[0]?.date ?? ''} ${d.reference ?? ''}`,
  text: fold([d.title, d.short_name, d.reference, d.procedure, d.act && `${d.act.form} ${d.act.number}`].filter(Boolean).join(' ')),
}));
const box = document.getElementById('dossier-search');
const count = document.querySelector('[data-testid=result-count]');
const list = document.querySelector('.dossier-list');
const show = () => {
  const words = fold(box.value).split(/\s+/).filter(Boolean);
  const hits = rows.filter((r) => words.every((w) => r.text.includes(w)));
  count.textContent = `${hits.length} of ${rows.length} dossiers`;
  list.innerHTML = hits.slice(0, 50).map((r) => `<li class="dossier-row"><h3><a href="#">${esc(r.title)}</a></h3><p class="meta">${esc(r.meta)}</p></li>`).join('');
};
box.addEventListener('input', show);
show();
