// A page of a long job (a roster import, a class's transcripts, a preview of draft rules): while the job runs, ask the server how far it has
// come twice a second and move the progress bar; when it is over, load the page again to show the outcome (without
// JavaScript the page has a reload link instead). The page marks the job's box with data-state and data-url.
(function () {
  var box = document.querySelector('[data-state][data-url]');
  if (!box || box.getAttribute('data-state') !== 'RUNNING' || !window.fetch) {
    return;
  }
  var bar = box.querySelector('progress');
  // A page may also say how far in words: "12 of 200 students" from data-running, and, when the box has them,
  // data-checking while there is no total yet and data-cancelling once a cancel was asked for.
  var text = box.querySelector('[data-progress-text]');

  function describe(status) {
    if (status.cancelling && box.getAttribute('data-cancelling')) {
      return box.getAttribute('data-cancelling');
    }
    if (!status.total && box.getAttribute('data-checking')) {
      return box.getAttribute('data-checking');
    }
    return (box.getAttribute('data-running') || '{0} / {1}').replace('{0}', status.done).replace('{1}', status.total);
  }

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
        if (status && text) {
          text.textContent = describe(status);
        }
        window.setTimeout(poll, 500);
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }

  window.setTimeout(poll, 300);
}());
