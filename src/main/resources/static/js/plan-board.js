// The plan board: the add form shows only the fields of the kind chosen, and the rules' check runs live on the change
// the student is about to make (an item to add, a term to move an item to, an item to remove) — nothing is saved
// until they press the button. Without this script the forms work as they are.
(function () {
  'use strict';
  var live = document.getElementById('plan-live');
  var result = document.getElementById('plan-live-result');
  var form = document.getElementById('add-item');
  if (!live || !result || !window.fetch) {
    return;
  }
  var url = live.getAttribute('data-check');
  var label = function (name) { return live.getAttribute('data-label-' + name) || name; };
  var asked = 0;

  function showKind() {
    if (!form) {
      return;
    }
    var kind = form.querySelector('[name=kind]').value;
    form.querySelectorAll('[data-kind]').forEach(function (part) {
      part.hidden = kind !== '' && part.getAttribute('data-kind') !== kind;
    });
  }

  function render(view) {
    result.textContent = '';
    var summary = document.createElement('p');
    summary.id = 'plan-live-summary';
    summary.className = 'status ' + (view.meetsRequirements ? 'MET' : 'OFF_TRACK');
    summary.textContent = view.meetsRequirements ? label('meets') : label('not-yet');
    result.appendChild(summary);
    var list = document.createElement('ul');
    list.className = 'findings';
    list.id = 'plan-live-findings';
    view.findings.forEach(function (f) {
      var item = document.createElement('li');
      item.className = 'finding ' + f.severity;
      item.setAttribute('data-key', f.key);
      var strong = document.createElement('strong');
      strong.textContent = label(f.severity.toLowerCase()) + ': ';
      item.appendChild(strong);
      item.appendChild(document.createTextNode(f.message));
      list.appendChild(item);
    });
    result.appendChild(list);
    live.hidden = false;
  }

  function check(params) {
    var mine = ++asked;
    fetch(url + '?' + params.toString(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (view) {
        if (view && mine === asked) {
          render(view);
        }
      })
      .catch(function () { /* the check stays as the page showed it */ });
  }

  function addParams() {
    var params = new URLSearchParams();
    var kind = form.querySelector('[name=kind]').value;
    var value = function (name) { var f = form.querySelector('[name=' + name + ']'); return f ? f.value : ''; };
    if (!kind) {
      return null;
    }
    params.append('addKind', kind);
    params.append('addTerm', value('term'));
    if (kind === 'BUNDLE') {
      if (!value('bundleId')) { return null; }
      params.append('addBundleId', value('bundleId'));
    } else if (kind === 'COMPETENCY') {
      if (!value('competencyId')) { return null; }
      params.append('addCompetencyId', value('competencyId'));
    } else {
      if (!value('pathwayKind') || !value('title') || !value('creditAreaCode') || !value('credits')) { return null; }
      params.append('addPathwayKind', value('pathwayKind'));
      params.append('addTitle', value('title'));
      params.append('addCreditAreaCode', value('creditAreaCode'));
      params.append('addCredits', value('credits'));
    }
    return params;
  }

  if (form) {
    showKind();
    form.addEventListener('change', function (e) {
      if (e.target.name === 'kind') {
        showKind();
      }
      var params = addParams();
      if (params) {
        check(params);
      }
    });
  }
  document.querySelectorAll('select.move-term').forEach(function (select) {
    select.addEventListener('change', function () {
      var item = select.closest('[data-item-id]').getAttribute('data-item-id');
      check(new URLSearchParams({ move: item, to: select.value }));
    });
  });
  document.querySelectorAll('.remove-form button').forEach(function (button) {
    var ask = function () { check(new URLSearchParams({ remove: button.getAttribute('data-item-id') })); };
    button.addEventListener('mouseenter', ask);
    button.addEventListener('focus', ask);
  });
}());
