// The impact graph on a CI page: an ECharts graph series built from the JSON the page carries.
(function () {
    'use strict';
    const STATES = ['focus', 'failed', 'affected', 'degraded', 'normal'];
    const COLOURS = {focus: '#0d6efd', failed: '#842029', affected: '#dc3545', degraded: '#fd7e14', normal: '#6c757d'};

    function draw(element) {
        if (typeof echarts === 'undefined') {
            return;
        }
        const graph = JSON.parse(element.dataset.graph);
        const chart = echarts.init(element);
        const categories = STATES.map(s => ({name: element.dataset['label' + s.charAt(0).toUpperCase() + s.slice(1)] || s,
            itemStyle: {color: COLOURS[s]}}));
        chart.setOption({
            tooltip: {},
            legend: [{data: categories.map(c => c.name), bottom: 0}],
            series: [{
                type: 'graph',
                layout: 'force',
                roam: true,
                draggable: true,
                force: {repulsion: 220, edgeLength: 90},
                edgeSymbol: ['none', 'arrow'],
                label: {show: true, position: 'right', formatter: '{b}'},
                edgeLabel: {show: true, formatter: p => p.data.label, fontSize: 10},
                categories: categories,
                data: graph.nodes.map(n => ({
                    id: String(n.id), name: n.name, category: STATES.indexOf(n.state),
                    symbolSize: n.businessService ? 34 : 22, value: n.classCode,
                    symbol: n.businessService ? 'roundRect' : 'circle'
                })),
                links: graph.links.map(l => ({source: String(l.source), target: String(l.target), label: l.label}))
            }]
        });
        chart.on('dblclick', p => {
            if (p.dataType === 'node') {
                window.location.href = window.location.pathname.replace(/\/cis\/\d+.*$/, '/cis/' + p.data.id);
            }
        });
        element.dataset.rendered = 'true';
        window.addEventListener('resize', () => chart.resize());
    }

    document.addEventListener('DOMContentLoaded', () => {
        const element = document.getElementById('ci-graph');
        if (element) {
            draw(element);
        }
    });
})();
