// The workbench's chart (Apache ECharts, served from the application): it draws the casework figures listed above
// it, each bar in its figure's colour, so the chart shows exactly the numbers the page links to, and a click on a
// bar opens the list behind it as the figure's link does.
(function () {
    'use strict';

    var colours = { PLAIN: '#2f6f9f', WARNING: '#b7791f', OVERDUE: '#b3262d' };

    function draw() {
        var element = document.getElementById('chart-workload');
        if (!element || typeof echarts === 'undefined') {
            return;
        }
        var figures = Array.prototype.slice.call(document.querySelectorAll('#work-figures li[data-area="CASES"]'));
        var tones = figures.map(function (figure) {
            return figure.className.indexOf('tone-warning') >= 0 ? 'WARNING'
                : figure.className.indexOf('tone-overdue') >= 0 ? 'OVERDUE' : 'PLAIN';
        });
        var chart = echarts.init(element);
        chart.setOption({
            animation: false,
            grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
            tooltip: {},
            xAxis: {
                type: 'category',
                axisLabel: { interval: 0 },
                data: figures.map(function (figure) { return figure.querySelector('.figure-label').textContent.trim(); })
            },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{
                type: 'bar',
                barMaxWidth: 36,
                label: { show: true, position: 'top' },
                data: figures.map(function (figure, index) {
                    return { value: Number(figure.getAttribute('data-value')), itemStyle: { color: colours[tones[index]] } };
                })
            }]
        });
        chart.on('click', function (event) {
            var link = figures[event.dataIndex].querySelector('a');
            if (link) {
                window.location.href = link.href;
            }
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    }
    else {
        draw();
    }
}());
