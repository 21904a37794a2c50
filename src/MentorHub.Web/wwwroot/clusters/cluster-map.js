// Draws every [data-cluster-map] element with Leaflet: mentors, mentees and the links of each pair.
// Markers are vector circles, so they show on a plain background when no tile server is configured
// or reachable; without JavaScript or Leaflet the table beside the map carries the same data.
(function () {
  'use strict';
  if (typeof L === 'undefined') {
    return;
  }
  // Leaflet reads a string tooltip as HTML: a school name is text, so it goes in as a text node.
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value == null ? '' : String(value);
    return span;
  }
  var colours = { mentor: '#6a1b9a', mentee: '#00695c', free: '#757575' };
  document.querySelectorAll('[data-cluster-map]').forEach(function (el) {
    var source = document.getElementById(el.getAttribute('data-source'));
    if (!source) {
      return;
    }
    var data = JSON.parse(source.textContent);
    var map = L.map(el, { scrollWheelZoom: false, attributionControl: true });
    var tiles = el.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { attribution: el.getAttribute('data-attribution') || '', maxZoom: 18 }).addTo(map);
    }
    var bounds = [];
    data.lines.forEach(function (l) {
      L.polyline([[l[0], l[1]], [l[2], l[3]]], { color: l[4] ? '#c62828' : '#455a64', weight: 2, opacity: 0.75, dashArray: l[4] ? '4 4' : null }).addTo(map);
    });
    data.points.forEach(function (p) {
      var mentor = p.role === 'mentor';
      L.circleMarker([p.lat, p.lon], {
        radius: mentor ? 9 : 6,
        color: '#ffffff',
        weight: 1.5,
        fillColor: colours[p.role] || colours.free,
        fillOpacity: 0.95
      }).bindTooltip(text(p.name)).addTo(map);
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    } else {
      map.setView([39.5, -8.0], 6);
    }
  });
})();
