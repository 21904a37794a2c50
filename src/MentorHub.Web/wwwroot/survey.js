// Keeps a draft of the survey on this device so a reload or a lost connection loses nothing.
// Progressive enhancement: the form works the same without it.
(function () {
  // On the thank-you page the answers are stored: the draft kept on this device has served its purpose.
  var done = document.querySelector("[data-survey-done]");
  if (done) {
    try { localStorage.removeItem("mentorhub-survey-" + done.getAttribute("data-survey-done")); } catch (e) { }
    return;
  }
  var form = document.querySelector("form[data-survey-draft]");
  if (!form || !window.localStorage) { return; }
  var key = "mentorhub-survey-" + form.getAttribute("data-survey-draft");
  var draft = {};
  try { draft = JSON.parse(localStorage.getItem(key) || "{}") || {}; } catch (e) { draft = {}; }
  draft.answers = draft.answers || {};

  // One submission id per device and link, so a resubmission after a reload is recognised as a repeat.
  var sid = form.querySelector("[data-survey-sid]");
  if (draft.sid) { sid.value = draft.sid; } else { draft.sid = (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : sid.value; sid.value = draft.sid; }

  function save() { try { localStorage.setItem(key, JSON.stringify(draft)); } catch (e) { } }

  form.querySelectorAll("fieldset").forEach(function (fieldset) {
    var radios = fieldset.querySelectorAll("input[type=radio]");
    if (!radios.length) { return; }
    var name = radios[0].name;
    var anyChecked = Array.prototype.some.call(radios, function (r) { return r.checked; });
    if (!anyChecked && draft.answers[name]) {
      radios.forEach(function (r) { if (r.value === draft.answers[name]) { r.checked = true; } });
    }
  });
  // Answers carried from other pages and restored ones are both part of the draft.
  form.querySelectorAll("input[type=hidden][name^='a.'], input[type=radio]:checked").forEach(function (i) { draft.answers[i.name] = i.value; });
  // Answers of other pages that only the draft still knows (after a reload from the first page) go back into the form.
  Object.keys(draft.answers).forEach(function (name) {
    if (!form.querySelector("[name='" + name.replace(/'/g, "") + "']")) {
      var hidden = document.createElement("input");
      hidden.type = "hidden"; hidden.name = name; hidden.value = draft.answers[name];
      form.appendChild(hidden);
    }
  });
  form.querySelectorAll("textarea").forEach(function (t) { if (!t.value && draft.answers[t.name]) { t.value = draft.answers[t.name]; } });

  form.addEventListener("change", function (e) {
    if (e.target.name && (e.target.type === "radio" || e.target.tagName === "TEXTAREA")) { draft.answers[e.target.name] = e.target.value; save(); }
  });
  form.addEventListener("input", function (e) { if (e.target.tagName === "TEXTAREA") { draft.answers[e.target.name] = e.target.value; save(); } });
  save();
})();
