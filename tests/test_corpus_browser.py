"""The corpus report opened from disk in a real headless browser (Debian's Chromium): every plot decodes,
and a screenshot shows them (expected size, not blank, the plots' colours present)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from nlptools.corpus import ReportOptions, read, write_report

from .corpus_fixture import passage_records, write_jsonl

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium not found (CI installs Debian's `chromium` in .ci/run; "
                                                         "locally: apt-get install chromium)")
WIDTH, HEIGHT = 1200, 1500


def _chromium(tmp_path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                           "--mute-audio", f"--user-data-dir={tmp_path / 'profile'}", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    out = {}
    with read([write_jsonl(passage_records(), tmp / "out.jsonl")]) as c:
        for plots in (True, False):
            out[plots] = tmp / f"report_{plots}"
            write_report(c, out[plots], ReportOptions(terms=["sanction*"]), plots=plots)
    return out


def _colour_pixels(png) -> tuple[tuple[int, int], int]:
    import matplotlib.image as mpimg
    import numpy as np

    img = mpimg.imread(png)[..., :3]
    saturation = img.max(axis=2) - img.min(axis=2)
    assert img.std() > 0.05                                      # not blank
    return img.shape[:2], int((saturation > 0.3).sum())


def test_browser_screenshot_shows_the_plots(reports, tmp_path):
    shots = {}
    for plots, folder in reports.items():
        shot = tmp_path / f"shot_{plots}.png"
        _chromium(tmp_path, f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={shot}",
                  (folder / "report.html").as_uri())
        assert shot.exists(), "Chromium wrote no screenshot"
        shots[plots] = _colour_pixels(shot)
    assert shots[True][0] == shots[False][0] == (HEIGHT, WIDTH)
    assert shots[True][1] > 0.02 * WIDTH * HEIGHT               # the bars of the top entities, in colour
    assert shots[False][1] < 0.01 * WIDTH * HEIGHT               # tables, text and blue links only
    assert shots[True][1] > 10 * shots[False][1]


def test_browser_every_plot_decodes_from_disk_without_network(reports, tmp_path):
    page = (reports[True] / "report.html").read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"                              # the report plus a script that counts decoded images
    probe.write_text(page.replace("</body>", "<script>window.addEventListener('load', () => document.body.dataset.ok ="
                                             " [...document.images].filter(i => i.complete && i.naturalWidth > 300)"
                                             ".length + '/' + document.images.length);</script></body>"),
                     encoding="utf-8")
    result = _chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", probe.as_uri())
    n = page.count("<img ")
    assert n == 7 and f'data-ok="{n}/{n}"' in result.stdout
