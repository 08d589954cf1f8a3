// Inside an iframe (SharePoint's Embed web part, any intranet page), tells the parent page how
// tall the advisor is, so the host can size the frame with no inner scrollbar.
// Message: { type: "autopilot-advisor:height", height: <CSS pixels, integer> }.
(function () {
  'use strict';
  if (window.parent === window || typeof ResizeObserver !== 'function') return;
  var last = -1;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'autopilot-advisor:height', height: height }, '*');
  }
  function start() {
    new ResizeObserver(report).observe(document.documentElement);
    report();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
