// Form errors, for every page: each field shown with an error beside it is marked invalid and described by that
// error (aria-invalid, aria-describedby), and the error summary of the form takes the focus, so a screen reader
// or keyboard user starts from what to correct. Without the script the errors are still shown beside the fields.
(function () {
  var count = 0;
  document.querySelectorAll('.field .field-error').forEach(function (error) {
    if (!error.textContent.trim()) {
      return;
    }
    var field = error.closest('.field');
    var input = field.querySelector('input:not([type=hidden]), select, textarea');
    if (!input) {
      return;
    }
    if (!error.id) {
      error.id = 'field-error-' + (++count);
    }
    input.setAttribute('aria-invalid', 'true');
    var described = input.getAttribute('aria-describedby');
    if (!described || described.split(' ').indexOf(error.id) < 0) {
      input.setAttribute('aria-describedby', ((described || '') + ' ' + error.id).trim());
    }
  });
  var summary = document.querySelector('form .alert.error[role=alert], main .alert.error[role=alert]');
  if (summary && count > 0) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
})();
