// The rules page: while every student's results are recomputed after a publish, ask the server how far it
// has come once a second and move the progress bar, until the recomputation is done or has failed.
(function () {
  var box = document.getElementById('recomputation');
  if (!box || box.getAttribute('data-state') !== 'RUNNING' || !window.fetch) {
    return;
  }
  var bar = document.getElementById('recomputation-bar');
  var text = document.getElementById('recomputation-text');

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return values[i]; });
  }

  function show(status) {
    var percent = status.total > 0 ? Math.floor(100 * status.done / status.total) : 0;
    box.setAttribute('data-state', status.state);
    if (status.state === 'RUNNING') {
      bar.value = percent;
      text.textContent = fill(box.getAttribute('data-running'), [status.done, status.total]);
    } else if (status.state === 'DONE') {
      bar.value = 100;
      text.textContent = fill(box.getAttribute('data-done'), [status.message]);
    } else if (status.state === 'FAILED') {
      text.textContent = fill(box.getAttribute('data-failed'), [status.message]);
      text.className = 'field-error';
    }
  }

  function poll() {
    fetch(box.getAttribute('data-url'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (status) {
          show(status);
        }
        if (!status || status.state === 'RUNNING') {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }

  window.setTimeout(poll, 500);
}());
