// A unit's evaluation charts (Apache ECharts, served from the application): each draws the table named by its
// data-source, a pie of the grade distribution or bars of the departments' totals, so a chart shows exactly the
// numbers of the table below it.
(function () {
    'use strict';

    function points(table) {
        return Array.prototype.slice.call(table.querySelectorAll('tbody tr')).map(function (row) {
            return { name: row.dataset.name, value: Number(row.dataset.value) };
        });
    }

    function draw(element) {
        var table = document.getElementById(element.dataset.source);
        if (!table || typeof echarts === 'undefined') {
            return;
        }
        var data = points(table);
        var chart = echarts.init(element);
        if (element.dataset.kind === 'pie') {
            chart.setOption({
                tooltip: { trigger: 'item' },
                series: [{ type: 'pie', radius: '65%', data: data }]
            });
        } else {
            chart.setOption({
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: data.map(function (p) { return p.name; }) },
                yAxis: { type: 'value', min: 0, max: 100 },
                series: [{ type: 'bar', data: data.map(function (p) { return p.value; }) }]
            });
        }
        window.addEventListener('resize', function () { chart.resize(); });
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.slice.call(document.querySelectorAll('.chart[data-source]')).forEach(draw);
    });
}());
