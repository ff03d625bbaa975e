// rete: the pages' own script (beside the pinned htmx). Every page works without it; it only
// adds conveniences: the offline page (a service worker), copying a draft
// with one tap, the names of the type-ahead, and the import's progress.
// Searching as you type and Today's one-tap actions are htmx attributes.
"use strict";

if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(function () {});
}

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(function () {
        button.setAttribute("aria-pressed", "true");
      });
    });
  });

  // Uploads: the page stays as it is (the files chosen too), a bar shows
  // the upload, and only the result is replaced.
  document.querySelectorAll("form[data-upload]").forEach(function (form) {
    var target = document.getElementById(form.getAttribute("data-upload"));
    var bar = form.querySelector("progress");
    if (!target || !window.XMLHttpRequest) return;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(form, event.submitter);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      if (bar) { bar.hidden = false; bar.value = 0; }
      xhr.upload.addEventListener("progress", function (e) {
        if (bar && e.lengthComputable) bar.value = Math.round((e.loaded / e.total) * 100);
      });
      xhr.addEventListener("load", function () {
        if (bar) bar.hidden = true;
        var page = new DOMParser().parseFromString(xhr.responseText, "text/html");
        var fresh = page.getElementById(target.id) || page.querySelector("main");
        if (fresh) target.replaceChildren.apply(target, Array.from(fresh.childNodes));
        target.scrollIntoView({ block: "start" });
      });
      xhr.addEventListener("error", function () { form.submit(); });
      xhr.send(data);
    });
  });

  // "With whom" fields: the list of names comes the first time one is used.
  var names = null;
  document.querySelectorAll("input[data-names]").forEach(function (input) {
    input.addEventListener("focus", function () {
      if (names || document.getElementById(input.getAttribute("list"))) return;
      names = fetch(input.getAttribute("data-names"), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          var list = new DOMParser().parseFromString(html, "text/html").querySelector("datalist");
          if (list) document.body.appendChild(document.adoptNode(list));
        })
        .catch(function () { names = null; });
    });
  });
});
