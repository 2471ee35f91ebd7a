// A page of a long job (a roster import, a class's transcripts): while the job runs, ask the server how far it has
// come twice a second and move the progress bar; when it is over, load the page again to show the outcome (without
// JavaScript the page has a reload link instead). The page marks the job's box with data-state and data-url.
(function () {
  var box = document.querySelector('[data-state][data-url]');
  if (!box || box.getAttribute('data-state') !== 'RUNNING' || !window.fetch) {
    return;
  }
  var bar = box.querySelector('progress');

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
