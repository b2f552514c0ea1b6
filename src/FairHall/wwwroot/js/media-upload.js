// Media library upload (CAT-5): sends the chosen files with XMLHttpRequest to show one overall progress bar,
// then a result per file, and refreshes the grid. Without JavaScript the same form posts to the page.
(function () {
    'use strict';
    var form = document.getElementById('media-upload');
    if (!form || !window.XMLHttpRequest || !window.FormData) {
        return;
    }

    var input = form.querySelector('input[type=file]');
    var button = form.querySelector('button[type=submit]');
    var progress = document.getElementById('media-progress');
    var bar = progress.querySelector('.progress-bar');
    var results = document.getElementById('media-results');
    var text = form.dataset;

    function setProgress(percent) {
        var p = Math.max(0, Math.min(100, Math.round(percent)));
        progress.classList.remove('d-none');
        progress.setAttribute('aria-valuenow', String(p));
        bar.style.width = p + '%';
        bar.textContent = p + '%';
    }

    function line(cls, content) {
        var li = document.createElement('li');
        li.className = 'text-break ' + cls;
        li.textContent = content;
        return li;
    }

    function show(response) {
        results.textContent = '';
        var summary = document.createElement('div');
        summary.className = 'fw-semibold mb-1';
        summary.setAttribute('data-testid', 'upload-summary');
        summary.textContent = text.textDone.replace('{0}', response.uploaded).replace('{1}', response.failed);
        results.appendChild(summary);
        var list = document.createElement('ul');
        list.className = 'list-unstyled mb-0';
        response.files.forEach(function (f) {
            var li = line(f.ok ? 'text-success' : 'text-danger', (f.ok ? '✓ ' : '✗ ') + f.fileName + ' — ' + (f.ok ? text.textOk : f.message));
            li.setAttribute('data-testid', 'upload-result');
            li.setAttribute('data-ok', f.ok ? 'true' : 'false');
            if (f.code) {
                li.setAttribute('data-code', f.code);
            }
            list.appendChild(li);
        });
        results.appendChild(list);
    }

    function fail(message) {
        results.textContent = '';
        var div = document.createElement('div');
        div.className = 'text-danger';
        div.setAttribute('data-testid', 'upload-error');
        div.textContent = message;
        results.appendChild(div);
    }

    // Replaces the library part of the page with a fresh copy, so new files appear without a full reload.
    function refreshLibrary() {
        var library = document.getElementById('media-library');
        if (!library || !window.fetch || !window.DOMParser) {
            return;
        }
        fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (r) { return r.ok ? r.text() : null; })
            .then(function (html) {
                if (!html) {
                    return;
                }
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('media-library');
                if (fresh) {
                    library.replaceWith(fresh);
                }
            })
            .catch(function () { /* the grid simply stays as it was */ });
    }

    form.addEventListener('submit', function (e) {
        e.preventDefault();
        if (!input.files || input.files.length === 0) {
            fail(text.textNofiles);
            return;
        }

        var data = new FormData();
        for (var i = 0; i < input.files.length; i++) {
            data.append('files', input.files[i], input.files[i].name);
        }

        var token = form.querySelector('input[name=__RequestVerificationToken]');
        var xhr = new XMLHttpRequest();
        xhr.open('POST', text.api);
        xhr.setRequestHeader('Accept', 'application/json');
        if (token) {
            xhr.setRequestHeader('RequestVerificationToken', token.value);
        }

        xhr.upload.addEventListener('progress', function (ev) {
            if (ev.lengthComputable) {
                setProgress(ev.loaded * 100 / ev.total);
            }
        });
        xhr.addEventListener('load', function () {
            button.disabled = false;
            var body = null;
            try {
                body = JSON.parse(xhr.responseText);
            } catch (err) {
                body = null;
            }
            if (xhr.status === 200 && body && body.files) {
                bar.style.transition = 'none'; // the server has answered: show the full bar at once
                setProgress(100);
                show(body);
                input.value = '';
                refreshLibrary();
            } else {
                fail(body && body.title ? body.title : text.textNetwork);
            }
        });
        xhr.addEventListener('error', function () {
            button.disabled = false;
            fail(text.textNetwork);
        });

        button.disabled = true;
        bar.style.transition = '';
        results.textContent = text.textUploading;
        setProgress(0);
        xhr.send(data);
    });

    // Delete buttons ask first (the message is on the button, in the page's language).
    document.addEventListener('click', function (e) {
        var target = e.target.closest ? e.target.closest('[data-confirm]') : null;
        if (target && !window.confirm(target.getAttribute('data-confirm'))) {
            e.preventDefault();
        }
    });
})();
