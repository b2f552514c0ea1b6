// View beacon (BUY-2): counts the visible time of this page and reports it with navigator.sendBeacon when the
// page is hidden or left. The first report of a page view says so ("first"); later ones only add seconds.
(function () {
    'use strict';
    var el = document.querySelector('[data-engage-kind]');
    if (!el || !navigator.sendBeacon || window.__fhViews) {
        return;
    }
    window.__fhViews = true;
    var kind = el.getAttribute('data-engage-kind');
    var id = Number(el.getAttribute('data-engage-id'));
    var since = document.visibilityState === 'visible' ? performance.now() : null;
    var seconds = 0;
    var first = true;

    function send() {
        if (since !== null) {
            seconds += (performance.now() - since) / 1000;
            since = null;
        }
        if (!first && seconds < 0.5) {
            return;
        }
        var body = JSON.stringify({ kind: kind, id: id, seconds: Math.round(seconds * 10) / 10, first: first });
        if (navigator.sendBeacon('/api/v1/views', new Blob([body], { type: 'text/plain' }))) {
            first = false;
            seconds = 0;
        }
    }

    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            send();
        } else if (since === null) {
            since = performance.now();
        }
    });
    window.addEventListener('pagehide', send);
    window.addEventListener('pageshow', function (e) {
        if (e.persisted) {
            // Back from the page cache: a new view.
            first = true;
            seconds = 0;
            since = performance.now();
        }
    });
})();
