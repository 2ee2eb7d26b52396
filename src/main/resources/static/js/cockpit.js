// The cockpit's charts (Apache ECharts, served from the application): each draws the table named by its
// data-source, so a chart shows exactly the numbers of the table below it, and a click on a bar or point opens
// the list behind that number, as the table's link does.
(function () {
    'use strict';

    function rows(table) {
        return Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    }

    function seriesName(table, key) {
        var th = table.querySelector('th[data-series="' + key + '"]');
        return th ? th.textContent.trim() : key;
    }

    function number(value) {
        return value === undefined || value === '' ? null : Number(value);
    }

    function linkOf(row, column) {
        var cell = row.cells[column];
        var link = cell ? cell.querySelector('a') : null;
        return link ? link.href : null;
    }

    function openOnClick(chart, table, columnOf) {
        chart.on('click', function (event) {
            var row = rows(table)[event.dataIndex];
            var href = row ? linkOf(row, columnOf(event.seriesName)) : null;
            if (href) {
                window.location.href = href;
            }
        });
    }

    function trend(element, table) {
        var all = rows(table);
        var chart = echarts.init(element);
        var keys = ['received', 'completed', 'onTimeRate', 'satisfactionRate'];
        var names = keys.map(function (key) { return seriesName(table, key); });
        chart.setOption({
            tooltip: { trigger: 'axis' },
            legend: { data: names },
            xAxis: { type: 'category', data: all.map(function (r) { return r.dataset.name; }) },
            yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
            series: [
                { name: names[0], type: 'bar', data: all.map(function (r) { return number(r.dataset.received); }) },
                { name: names[1], type: 'bar', data: all.map(function (r) { return number(r.dataset.completed); }) },
                { name: names[2], type: 'line', yAxisIndex: 1, connectNulls: true, data: all.map(function (r) { return number(r.dataset.onTimeRate); }) },
                { name: names[3], type: 'line', yAxisIndex: 1, connectNulls: true, data: all.map(function (r) { return number(r.dataset.satisfactionRate); }) }
            ]
        });
        openOnClick(chart, table, function (name) {
            return name === names[0] ? 1 : name === names[1] ? 2 : name === names[2] ? 3 : 6;
        });
        return chart;
    }

    function departments(element, table) {
        var all = rows(table);
        var chart = echarts.init(element);
        var keys = ['warnings', 'yellow', 'red'];
        var colours = ['#5b8ff9', '#f6bd16', '#e8684a'];
        var names = keys.map(function (key) { return seriesName(table, key); });
        chart.setOption({
            tooltip: { trigger: 'axis' },
            legend: { data: names },
            grid: { containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: all.map(function (r) { return r.dataset.name; }) },
            series: keys.map(function (key, i) {
                return { name: names[i], type: 'bar', stack: 'cards', color: colours[i],
                    data: all.map(function (r) { return number(r.dataset[key]); }) };
            })
        });
        openOnClick(chart, table, function (name) { return 5 + names.indexOf(name); });
        return chart;
    }

    function rules(element, table) {
        var all = rows(table);
        var chart = echarts.init(element);
        var name = seriesName(table, 'cards');
        chart.setOption({
            tooltip: { trigger: 'axis' },
            grid: { containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: all.map(function (r) { return r.dataset.name; }) },
            series: [{ name: name, type: 'bar', data: all.map(function (r) { return number(r.dataset.cards); }) }]
        });
        openOnClick(chart, table, function () { return 2; });
        return chart;
    }

    var draw = { 'chart-trend': trend, 'chart-departments': departments, 'chart-rules': rules };

    document.addEventListener('DOMContentLoaded', function () {
        if (typeof echarts === 'undefined') {
            return;
        }
        var charts = [];
        Object.keys(draw).forEach(function (id) {
            var element = document.getElementById(id);
            var table = element ? document.getElementById(element.dataset.source) : null;
            if (element && table) {
                charts.push(draw[id](element, table));
            }
        });
        window.addEventListener('resize', function () {
            charts.forEach(function (chart) { chart.resize(); });
        });
    });
}());
