/*
 * An embed page tells the page that frames it how tall it is, so the embed code's few lines of script can size the
 * frame to the whole chart, its source line and the link back (responsive embeds do the same). Posted on load and
 * whenever the content's height changes (the chart drawn, a table opened, the frame narrowed). Only a height is
 * posted: nothing of the host page is read.
 */
(function () {
  'use strict';
  if (window.parent === window) return;
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'pledgewatch-embed-height', height: height }, '*');
  }
  window.addEventListener('load', post);
  window.addEventListener('resize', post);
  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(post).observe(document.documentElement);
  post();
})();
