"""Every chart of the toolkit, called as the theme notebooks call it: shared by the chart and alt-text tests."""

from __future__ import annotations

from tipbrief.toolkit import charts

CHARTS = {
    "funnel": lambda d: charts.funnel(d),
    "victims": lambda d: charts.victims(d),
    "funding": lambda d: charts.funding(d),
    "panels": lambda d: charts.panels(d, ["labor_inspectors", "predeparture_centers"], "Prevention capacity"),
    "tiers": lambda d: charts.tiers(d),
    "matrix": lambda d: charts.matrix(d, "destination", "Destinations", "Destination country"),
    "recurring": lambda d: charts.recurring(d),
    "timeline": lambda d: charts.timeline(d),
}
