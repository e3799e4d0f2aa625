// Draws a bar chart from the table beside it: the rows marked data-charted, one bar per party (the columns marked
// data-series), values from data-value. The table stays the source and the accessible reading of the figures.
(function () {
  function draw(canvas) {
    var table = document.getElementById(canvas.dataset.chartFrom);
    if (!table || typeof Chart === 'undefined') { return; }
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    heads.forEach(function (th, i) { if (th.hasAttribute('data-series')) { series.push({ label: th.textContent.trim(), column: i }); } });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-charted="true"]'));
    var labels = rows.map(function (tr) { return tr.querySelector('th').textContent.trim(); });
    var palette = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#28a197'];
    var rtl = document.documentElement.dir === 'rtl';
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: series.map(function (s, k) {
          return {
            label: s.label,
            backgroundColor: palette[k % palette.length],
            data: rows.map(function (tr) {
              var cell = tr.children[s.column];
              var v = cell && cell.dataset.value;
              // A figure withheld (a count from 1 to 10) has no value: no bar, never a bar of 0.
              return v ? Number(v) : null;
            })
          };
        })
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        locale: document.documentElement.lang === 'ar' ? 'ar-u-nu-latn' : document.documentElement.lang,
        plugins: { legend: { position: 'bottom', rtl: rtl }, tooltip: { rtl: rtl } },
        scales: { y: { position: rtl ? 'right' : 'left' }, x: { reverse: rtl } }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas[data-chart-from]').forEach(draw);
  });
})();
