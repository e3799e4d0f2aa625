// Draws each allocation plan's routes on a Leaflet map from the network's coordinates. The data sits in the page
// (data-nodes on the list, data-flows on each map), so that no inline script is needed and the table beside the
// map says the same in words. No base-map tiles are fetched: Entente makes no requests to third parties. The base
// layer is Natural Earth's country outlines (1:110m, public domain), shipped with the application.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof L === 'undefined') {
    return;
  }
  var holder = document.querySelector('[data-nodes]');
  if (!holder) {
    return;
  }
  // Tooltips get an element holding plain text: Leaflet reads a string as HTML, and names are typed by users.
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value;
    return span;
  }
  var nodes = {};
  JSON.parse(holder.getAttribute('data-nodes')).forEach(function (n) {
    if (n.lat !== null && n.lon !== null) {
      nodes[n.code] = n;
    }
  });
  var maps = [];
  var baseMap = holder.getAttribute('data-base-map');
  if (baseMap && window.fetch) {
    fetch(baseMap).then(function (response) { return response.ok ? response.json() : null; }).then(function (land) {
      if (!land) {
        return;
      }
      maps.forEach(function (map) {
        L.geoJSON(land, { pane: 'basePane', interactive: false,
          style: { color: '#8a96a3', weight: 1, fillColor: '#f3f1ea', fillOpacity: 1 } }).addTo(map);
      });
    }).catch(function () { /* the map works without its outlines */ });
  }
  document.querySelectorAll('.plan-map[data-flows]').forEach(function (element) {
    var flows = JSON.parse(element.getAttribute('data-flows'));
    var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
    map.createPane('basePane').style.zIndex = 250;
    maps.push(map);
    var bounds = [];
    // The places the plan's routes pass through carry their names on the map; the others show theirs on hover.
    var onRoutes = {};
    flows.forEach(function (f) { f.path.forEach(function (code) { onRoutes[code] = true; }); });
    Object.keys(nodes).forEach(function (code) {
      var n = nodes[code];
      L.circleMarker([n.lat, n.lon], { radius: n.kind === 'DELIVERY_POINT' ? 6 : 8, weight: 2,
        color: n.kind === 'DELIVERY_POINT' ? '#b3261e' : '#1b4d8c', fillOpacity: 0.6 })
        .bindTooltip(text(n.name), { permanent: !!onRoutes[code], direction: 'right', className: 'map-label' })
        .addTo(map);
      bounds.push([n.lat, n.lon]);
    });
    flows.forEach(function (f) {
      var line = f.path.map(function (code) { return nodes[code]; }).filter(Boolean)
        .map(function (n) { return [n.lat, n.lon]; });
      if (line.length > 1) {
        L.polyline(line, { weight: 2 + Math.min(6, Math.log10(1 + f.quantity)), color: '#2e7d32', opacity: 0.8 })
          .bindTooltip(text(f.label)).addTo(map);
      }
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [20, 20] });
    } else {
      map.setView([0, 0], 2);
    }
  });
});
