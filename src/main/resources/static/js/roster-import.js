// The roster import's page: while the import runs, ask the server how far it has come once a second and move the
// progress bar; when it is over, load the page again to show what was imported (without JavaScript the page has a
// reload link instead).
(function () {
  var box = document.getElementById('roster-job');
  if (!box || box.getAttribute('data-state') !== 'RUNNING' || !window.fetch) {
    return;
  }
  var bar = document.getElementById('roster-progress');

  function poll() {
    fetch(box.getAttribute('data-url'), {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (status && status.state !== 'RUNNING') {
          window.location.reload();
          return;
        }
        if (status && bar) {
          bar.value = status.percent;
          bar.textContent = status.percent + '%';
        }
        window.setTimeout(poll, 500);
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }

  window.setTimeout(poll, 300);
}());
