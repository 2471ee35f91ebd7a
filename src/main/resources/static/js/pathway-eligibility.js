// Live eligibility on the proposal form: once a kind is chosen, asks the server what the pathway rules say of the
// form as it stands (nothing is saved) and lists every problem, so the student fixes them before submitting.
(function () {
  var form = document.getElementById('proposal-form');
  var panel = document.getElementById('live-eligibility');
  if (!form || !panel || !window.fetch) {
    return;
  }
  var summary = document.getElementById('live-eligibility-summary');
  var list = document.getElementById('live-eligibility-problems');
  var fields = ['type', 'plannedHours', 'requestedCredits', 'startDate', 'endDate', 'creditAreaCode'];
  var timer = null;
  var asked = 0;

  function params() {
    var p = new URLSearchParams();
    fields.forEach(function (name) {
      var field = form.elements[name];
      if (field && field.value) {
        p.append(name, field.value);
      }
    });
    var offCampus = form.querySelector('input[type=checkbox][name=offCampus]');
    p.append('offCampus', offCampus && offCampus.checked ? 'true' : 'false');
    form.querySelectorAll('input[name=competencyIds]:checked').forEach(function (box) {
      p.append('competencyIds', box.value);
    });
    return p;
  }

  function show(answer) {
    panel.hidden = false;
    list.textContent = '';
    if (answer.eligible) {
      summary.textContent = panel.getAttribute('data-label-eligible')
        + (answer.guardianConsentNeeded ? ' ' + panel.getAttribute('data-label-consent') : '');
      return;
    }
    summary.textContent = panel.getAttribute('data-label-problems');
    answer.problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.textContent = problem.text || problem.reason;
      list.appendChild(item);
    });
  }

  function ask() {
    var p = params();
    if (!p.get('type')) {
      panel.hidden = true;
      return;
    }
    var mine = ++asked;
    fetch(panel.getAttribute('data-eligibility') + '?' + p.toString(), {
      headers: { 'Accept': 'application/json' }, credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (answer && mine === asked) {
        show(answer);
      }
    }).catch(function () { /* the form still submits; the rules run then */ });
  }

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 300);
  });
  form.addEventListener('change', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 100);
  });
  ask();
})();
