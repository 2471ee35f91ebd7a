// The Print button needs a script; without one the browser's own Print menu prints the same (see transcript.css).
(function () {
  var button = document.getElementById('transcript-print');
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
