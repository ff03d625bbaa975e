// rete: the one script of the pages. Every page works without it; it only
// adds conveniences: the offline page (a service worker), copying a draft
// with one tap, and searching people as you type.
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

  document.querySelectorAll("input[data-live]").forEach(function (input) {
    var target = document.getElementById(input.getAttribute("data-live"));
    var form = input.form;
    if (!target || !form) return;
    var timer = null;
    var latest = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var url = form.action + "?" + new URLSearchParams(new FormData(form)).toString();
        var ticket = ++latest;
        fetch(url, { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
          .then(function (html) {
            if (ticket !== latest) return;
            var page = new DOMParser().parseFromString(html, "text/html");
            var fresh = page.getElementById(target.id);
            if (fresh) {
              target.replaceChildren.apply(target, Array.from(fresh.childNodes));
              history.replaceState(null, "", url);
            }
          })
          .catch(function () {});
      }, 250);
    });
  });
});
