// Progressive enhancement: say that the optimiser is working while the form posts.
(function () {
  'use strict';
  document.querySelectorAll('form[data-working]').forEach(function (f) {
    f.addEventListener('submit', function () {
      var b = f.querySelector('button[type=submit]');
      if (b) { b.disabled = true; b.textContent = f.getAttribute('data-working'); }
    });
  });
})();
