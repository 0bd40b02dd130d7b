"""Both mirror pages (the overview across mentees and one pair's mirror) in a real browser at
1366 and 390 px (issue 14, item 8): the page never scrolls sideways, every chart of more than
one kind of mark shows its legend, chart text is readable and inside its chart, and each line
of "what stands out" links to a section that exists."""
import re

import pytest

from phone_pages import UUID, WIDTHS, dutch_browser, first_link, main_pages

MIRROR_STATE = """
const html = document.documentElement;
const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
  const box = svg.getBoundingClientRect();
  const scale = svg.getScreenCTM().a;
  const labels = [...svg.querySelectorAll('text')].filter(t => t.getClientRects().length > 0).map(t => {
    const r = t.getBoundingClientRect();
    return {text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale,
            left: r.left - box.left, right: r.right - box.left, width: box.width};
  });
  const figure = svg.closest('.chart-figure');
  const legend = figure && figure.querySelector('ul.chart-legend');
  const keys = legend ? [...legend.querySelectorAll('li')].map(li => {
    const r = li.getBoundingClientRect();
    return {text: li.textContent, visible: r.width > 0 && r.height > 0 && getComputedStyle(li).visibility !== 'hidden',
            left: r.left, right: r.right};
  }) : [];
  const table = figure ? figure.querySelector('details.chart-table table') : svg.parentElement.querySelector('details.chart-table table');
  return {id: (svg.querySelector('title') || {}).id || '', labels, keys, inFigure: !!figure, hasTable: !!table,
          columns: table ? table.querySelectorAll('thead th').length : 0};
});
const standsOut = document.getElementById('stands-out');
const lines = standsOut ? [...standsOut.querySelectorAll('li a')].map(a => a.getAttribute('href')) : null;
const firstSection = document.querySelector('main h2');
return {scrollWidth: html.scrollWidth, clientWidth: html.clientWidth, charts, lines,
        standsOutFirst: standsOut ? firstSection === standsOut.querySelector('h2') : false};
"""


@pytest.fixture(scope="module")
def mirror_pages(server):
    """The mentor's overview and the first mentee's mirror, found by following links."""
    driver = dutch_browser(1366)
    try:
        pages = dict(main_pages(driver, server, "mentor"))
        return {"overview": pages["mirror"], "pair": pages["pair-mirror"]}
    finally:
        driver.quit()


def anchor_exists(driver, server, page_path, href):
    """True when `href` (a fragment, or a path with one) points at an element that exists."""
    path, _, fragment = href.partition("#")
    assert fragment, f"{href} has no section to go to"
    if path and path != page_path:
        driver.get(server + path)
    found = driver.execute_script("return document.getElementById(arguments[0]) !== null", fragment)
    if path and path != page_path:
        driver.get(server + page_path)
    return found


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", ["overview", "pair"])
def test_a_mirror_page_reads_well_at_this_width(server, mirror_pages, page, width):
    driver = dutch_browser(width)
    try:
        main_pages(driver, server, "mentor")  # signs in
        path = mirror_pages[page]
        driver.get(server + path)
        state = driver.execute_script(MIRROR_STATE)

        # The page never scrolls sideways.
        assert state["scrollWidth"] <= state["clientWidth"] <= width, f"{path} is {state['scrollWidth']} px wide at {width}"

        charts = state["charts"]
        assert charts, f"no chart on {path}"
        if page == "pair":
            assert len(charts) >= 3, f"only {len(charts)} charts on {path}"
        for chart in charts:
            # Readable and inside the chart's own box: nothing clipped, nothing off screen.
            assert chart["labels"], f"chart {chart['id']} has no labels"
            # 11 px to a tenth: a 640 px chart inside its 1 px border draws 11 units at 10.97 px.
            small = [(round(label["size"], 1), label["text"]) for label in chart["labels"] if round(label["size"], 1) < 11]
            assert not small, f"chart {chart['id']} at {width} px: text under 11 px {small[:6]}"
            outside = [label["text"] for label in chart["labels"] if label["left"] < -0.5 or label["right"] > label["width"] + 0.5]
            assert not outside, f"chart {chart['id']} at {width} px: labels outside the chart {outside[:6]}"
            # Every chart has its table; a chart of several kinds of mark has a visible legend on screen.
            assert chart["hasTable"], f"chart {chart['id']} has no table"
            # Initiative: bars and two kinds of point; talk: points and the target range; core
            # values: a line per value (a column per value in its table, after the date).
            several = chart["id"] in ("initiative-title", "talk-title") or (chart["id"] == "values-title" and chart["columns"] > 2)
            if several:
                assert len(chart["keys"]) >= 2, f"chart {chart['id']} has no legend"
            for key in chart["keys"]:
                assert key["visible"] and key["left"] >= 0 and key["right"] <= width, f"legend {key['text']!r} not in view at {width} px"
        if page == "pair":
            ids = {chart["id"] for chart in charts}
            assert {"initiative-title", "talk-title", "values-title"} <= ids, f"charts on {path}: {ids}"

        # What stands out: at the top, at most three lines, each to a section that exists.
        lines = state["lines"]
        assert lines, f"nothing stands out on {path} (the demo mentor's figures should show something)"
        assert len(lines) <= 3 and state["standsOutFirst"], f"stands out on {path}: {lines}"
        for href in lines:
            assert anchor_exists(driver, server, path, href), f"{href} on {path} leads nowhere"
            if not href.startswith("#"):
                assert re.fullmatch(rf"/mentorships/{UUID}/mirror#[\w-]+", href), href
    finally:
        driver.quit()
