// Draws the report's bar and radar charts from the JSON the page embeds. The same numbers are in
// the tables below the charts, so without JavaScript (or chart.js) nothing is lost.
(function () {
  document.querySelectorAll("[data-print]").forEach(function (b) { b.addEventListener("click", function () { window.print(); }); });
  var source = document.getElementById("report-chart-data");
  if (!source || typeof Chart === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  if (!data.datasets.length) { return; }
  var colours = ["#0b5394", "#b45f06", "#38761d"];
  data.datasets.forEach(function (d, i) { d.backgroundColor = colours[i % 3] + "cc"; d.borderColor = colours[i % 3]; });
  var scale = { min: 1, max: 5, ticks: { stepSize: 1 } };
  var bars = document.getElementById("report-bars");
  if (bars) { new Chart(bars, { type: "bar", data: data, options: { indexAxis: "y", scales: { x: scale }, animation: false } }); }
  var radarCanvas = document.getElementById("report-radar");
  if (!radarCanvas) { return; }
  var radar = JSON.parse(JSON.stringify(data));
  radar.datasets.forEach(function (d, i) { d.backgroundColor = colours[i % 3] + "33"; d.fill = true; });
  new Chart(radarCanvas, { type: "radar", data: radar, options: { scales: { r: scale }, animation: false } });
})();
