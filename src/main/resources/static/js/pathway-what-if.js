// Live what-if on the pathway proposal form: asks the server how the student's graduation audit would
// change if the pathway on the form were completed (targets mastered, credits awarded). Nothing is saved.
(function () {
  'use strict';
  var form = document.getElementById('proposal-form');
  var panel = document.getElementById('what-if');
  if (!form || !panel || !window.fetch) {
    return;
  }
  var result = document.getElementById('what-if-result');
  var hint = document.getElementById('what-if-hint');
  var label = function (name) { return panel.getAttribute('data-label-' + name) || name; };
  var status = function (code) { return code == null ? null : panel.getAttribute('data-status-' + code) || code; };
  var pending = null;
  var asked = 0;

  function query() {
    var params = new URLSearchParams();
    form.querySelectorAll('input[name=competencyIds]:checked').forEach(function (box) {
      params.append('competencyIds', box.value);
    });
    var credits = form.querySelector('[name=requestedCredits]');
    var area = form.querySelector('[name=creditAreaCode]');
    if (credits && credits.value) {
      params.append('requestedCredits', credits.value);
    }
    if (area && area.value) {
      params.append('creditAreaCode', area.value);
    }
    return params;
  }

  function cell(row, text, tag) {
    var c = document.createElement(tag || 'td');
    c.textContent = text == null ? '—' : String(text);
    row.appendChild(c);
    return c;
  }

  function show(view) {
    result.textContent = '';
    var table = document.createElement('table');
    table.id = 'what-if-table';
    var head = table.createTHead().insertRow();
    cell(head, label('area'), 'th');
    cell(head, label('before'), 'th');
    cell(head, label('after'), 'th');
    var body = table.createTBody();
    view.areas.forEach(function (a) {
      var row = body.insertRow();
      if (a.changed) {
        row.className = 'changed';
      }
      cell(row, a.areaName);
      cell(row, a.earnedBefore + ' / ' + a.required);
      cell(row, a.earnedAfter + ' / ' + a.required);
    });
    var total = body.insertRow();
    total.className = 'total';
    cell(total, label('total'));
    cell(total, view.earnedBefore);
    cell(total, view.earnedAfter);
    var statusRow = body.insertRow();
    statusRow.id = 'what-if-status';
    cell(statusRow, label('status'));
    cell(statusRow, status(view.statusBefore));
    cell(statusRow, status(view.statusAfter));
    result.appendChild(table);
    if (view.newlyMastered.length) {
      var p = document.createElement('p');
      p.textContent = label('mastered') + ': ' + view.newlyMastered.join(', ');
      result.appendChild(p);
    }
    hint.hidden = true;
  }

  function refresh() {
    var params = query();
    if (!params.has('competencyIds') && !params.has('requestedCredits')) {
      result.textContent = '';
      hint.hidden = false;
      return;
    }
    var mine = ++asked;
    fetch(form.getAttribute('data-what-if') + '?' + params.toString(), {
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin'
    }).then(function (response) {
      if (response.status === 409) {
        // the rules in use cannot evaluate this student: the answer says why
        return response.json().then(function (problem) {
          var unavailable = new Error(problem.detail || label('error'));
          unavailable.explained = true;
          throw unavailable;
        });
      }
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    }).then(function (view) {
      if (mine === asked) {
        show(view);
      }
    }).catch(function (failed) {
      if (mine === asked && failed && failed.explained) {
        result.textContent = failed.message;
        return;
      }
      if (mine === asked) {
        result.textContent = label('error');
      }
    });
  }

  function later() {
    window.clearTimeout(pending);
    pending = window.setTimeout(refresh, 300);
  }

  form.addEventListener('change', later);
  form.addEventListener('input', later);
  refresh();
}());
