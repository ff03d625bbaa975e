// rete's service worker: pages are private and always fetched fresh; when
// the network is gone, a page says so instead of the browser's error.
"use strict";
var CACHE = "rete-offline-v1";
var OFFLINE = "/offline";

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return cache.addAll([OFFLINE, "/static/rete.css", "/static/icon.svg"]);
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", function (event) {
  var url = new URL(event.request.url);
  if (url.origin === self.location.origin && url.pathname.indexOf("/static/") === 0) {
    event.respondWith(
      fetch(event.request).catch(function () {
        return caches.match(url.pathname, { ignoreSearch: true });
      })
    );
    return;
  }
  if (event.request.mode !== "navigate") return;
  event.respondWith(
    fetch(event.request).catch(function () {
      return caches.match(OFFLINE);
    })
  );
});
