// Product editor: show only the parameter tags of the chosen zone (CAT-5). Without script every zone's tags show
// and the server keeps only the chosen zone's values.
(function () {
    var select = document.querySelector('[data-zone-select]');
    if (!select) { return; }
    function show() {
        document.querySelectorAll('[data-zone-tags]').forEach(function (f) {
            f.hidden = f.getAttribute('data-zone-tags') !== select.value;
        });
    }
    select.addEventListener('change', show);
    show();
})();
