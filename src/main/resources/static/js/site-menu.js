// On a narrow screen the header's links and account box fold behind the Menu button. Without this script
// (or on a wide screen) they stay shown: the page works without it.
(function () {
  var header = document.querySelector('.site-header');
  var button = document.getElementById('menu-button');
  if (!header || !button) {
    return;
  }
  header.classList.add('has-menu');
  button.addEventListener('click', function () {
    var open = header.classList.toggle('open');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
})();
