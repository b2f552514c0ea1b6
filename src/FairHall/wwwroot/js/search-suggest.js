// Search suggestions (BUY-1): fills the search box's <datalist> from /api/v1/search/suggest while typing.
// The page works without it; this only adds completions.
(function () {
  const input = document.querySelector('[data-testid="search-q"]');
  const list = document.getElementById('search-suggestions');
  if (!input || !list) return;
  let timer = 0;
  let last = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q === last || q.length === 0) return;
      last = q;
      try {
        const response = await fetch('/api/v1/search/suggest?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } });
        if (!response.ok) return;
        const body = await response.json();
        list.replaceChildren(...body.suggestions.map(s => { const o = document.createElement('option'); o.value = s; return o; }));
      } catch { /* offline or aborted: no suggestions */ }
    }, 200);
  });
})();
