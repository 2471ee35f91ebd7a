// The proposal form lists the limits of every kind of pathway; once a kind is chosen, only its limits (and the
// consent rule) stay shown. Without this script every kind's limits are listed.
(function () {
  var select = document.getElementById('type');
  var list = document.getElementById('kind-limits');
  if (!select || !list) {
    return;
  }
  function show() {
    list.querySelectorAll('li[data-kind]').forEach(function (item) {
      item.hidden = select.value !== '' && item.getAttribute('data-kind') !== select.value;
    });
  }
  select.addEventListener('change', show);
  show();
})();
