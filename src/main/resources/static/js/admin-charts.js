// The administrator's charts: each table marked data-chart="stacked" is drawn as a stacked bar chart (ECharts,
// served by the app) above the table, which stays as the accessible data. Without the script the tables remain.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var colours = { MET: '#1e7b4a', ON_TRACK: '#2f6fb6', AT_RISK: '#8a5a00', OFF_TRACK: '#b3261e' };
  document.querySelectorAll('table[data-chart="stacked"]').forEach(function (table) {
    var heads = Array.from(table.querySelectorAll('thead th')).slice(1);
    var rows = Array.from(table.querySelectorAll('tbody tr'));
    if (rows.length === 0) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'chart';
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', table.getAttribute('data-chart-title') || '');
    box.style.height = Math.max(160, rows.length * 28 + 60) + 'px';
    table.parentNode.insertBefore(box, table);
    var labels = rows.map(function (r) { return r.cells[0].textContent; });
    // room for the longest row label (ECharts' own measure clips labels in some fonts)
    var labelRoom = Math.min(300, 24 + 9 * Math.max.apply(null, labels.map(function (l) { return l.length; })));
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      // the page's own font, so that ECharts measures labels as they are drawn
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily, fontSize: 12 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, itemGap: 40 },
      grid: { left: labelRoom, right: 24, top: 36, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: labels },
      series: heads.map(function (head, i) {
        return {
          name: head.textContent, type: 'bar', stack: 'all',
          itemStyle: { color: colours[head.getAttribute('data-status')] || '#5c6370' },
          data: rows.map(function (r) { return Number(r.cells[i + 1].textContent) || 0; })
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
