"""Write HTML versions of the seed pages (``tests/data/html/``) in the markup of the Embassy's site.

Each seed's text dump becomes the page a browser would have shown: a header with the date,
the clocks and the consular contacts (lines joined by ``<br>``), a navigation menu, the
article (headline in ``<h1>``, paragraphs in ``<p>`` inside ``<div>``s), the list of
latest items, "all messages", a footer, a stylesheet, scripts and hidden elements, with
character references (``&nbsp;``, ``&laquo;``, ``&rsquo;``...). The tests check that these
pages give the same records as their text versions. Rerun after changing a seed:

    python scripts/make_html_seeds.py
"""
from __future__ import annotations

import html
import re
import zlib
from pathlib import Path

from nlptools.segmentation.segmenter import DATE, FURNITURE, LISTING, STAMP, TEXT, classify_line

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "html"
REFS = {"«": "&laquo;", "»": "&raquo;", "’": "&rsquo;", "‘": "&lsquo;", "“": "&ldquo;", "”": "&rdquo;",
        "–": "&ndash;", "—": "&mdash;"}
MONTH_DAY = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November"
                       r"|December)\b")
HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Embassy of the Russian Federation to the United Kingdom</title>
<style>
  body {{ font-family: Arial, sans-serif; }} .menu li {{ display: inline-block; }} .hidden {{ display: none; }}
</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div class="cookie-notice" style="display: none">This website uses cookies. By continuing you agree.</div>
"""
NAV = """<nav class="main-menu">
  <ul>
    <li><a href="/en/embassy">Embassy</a></li>
    <li><a href="/en/news">News</a></li>
    <li><a href="/en/consular">Consular services</a></li>
    <li><a href="/en/contacts">Contacts</a></li>
  </ul>
</nav>
<div class="search-box" hidden><form action="/en/search"><input name="q"><button>Search</button></form></div>
"""
TAIL = """</div>
</div>
<footer class="site-footer">
  <p>&copy; Embassy of the Russian Federation to the United Kingdom of Great Britain and Northern Ireland</p>
  <p>13 Kensington Palace Gardens, London W8 4QX</p>
</footer>
<script>document.querySelectorAll('.clock').forEach(function (el) {{ el.dataset.tick = '1'; }});</script>
</body>
</html>
"""


def _esc(s: str) -> str:
    s = html.escape(" ".join(s.split()), quote=False)
    for ch, ref in REFS.items():
        s = s.replace(ch, ref)
    return MONTH_DAY.sub(r"\1&nbsp;\2", s)


def _blocks(text: str) -> list[list[str]]:
    """The dump's blank-line separated blocks, as lists of stripped lines."""
    blocks, cur = [], []
    for line in text.splitlines():
        if line.strip():
            cur.append(line.strip())
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _header_line(line: str) -> str:
    if "   " in line:  # the dump runs the counters together on one line
        return "\n".join(f'  <div class="counter">{_esc(p)}</div>' for p in re.split(r"\s{3,}", line))
    kind, _ = classify_line(line)
    css = "date" if kind == DATE else "clock" if ":" in line and line[-3:-2] == ":" else "contacts"
    return f'  <div class="{css}">{_esc(line)}</div>'


def page_html(text: str) -> str:
    """The HTML page whose visible text is the seed's text dump."""
    blocks = _blocks(text)
    header, body, i = [], [], 0
    while i < len(blocks) and all(classify_line(ln)[0] in (DATE, STAMP, FURNITURE) for ln in blocks[i]):
        if i + 1 < len(blocks) and blocks[i + 1][0] and classify_line(blocks[i + 1][0])[0] == TEXT \
                and classify_line(blocks[i][0])[0] == DATE and i > 0:
            break
        header.append(blocks[i])
        i += 1
    title = next((b[0] for b in blocks[i:] if classify_line(b[0])[0] == TEXT), "")
    out = [HEAD.format(title=_esc(title)), '<header class="site-header">']
    for block in header:
        inner = "<br>\n  ".join(_esc(ln) for ln in block) if len(block) > 1 else None
        out.append(f'  <div class="contacts">{inner}&nbsp;</div>' if inner else _header_line(block[0]))
    out += ["</header>", NAV, '<div class="page">', '<div class="content">']
    in_list = False
    h1_done = False
    for block in blocks[i:]:
        kind = classify_line(block[0])[0]
        if kind == LISTING:
            if not in_list:
                out.append('<ul class="latest-news">')
                in_list = True
            else:
                out.append("</li>")
            date, _, rest = block[0].partition(" - ")
            out.append(f'<li class="news-item"><p class="item-title"><span class="date">{_esc(date)}</span> - '
                       f'<a href="/en/news/{zlib.crc32(rest.encode()) % 99999}">{_esc(rest)}</a></p>')
            continue
        if kind == FURNITURE and block[0].lower() == "all messages":
            if in_list:
                out += ["</li>", "</ul>"]
                in_list = False
            out.append('<p class="all-news"><a href="/en/news">all messages</a></p>')
            continue
        if kind == FURNITURE:
            out.append(f'<h2 class="section-title">{_esc(block[0])}</h2>')
            continue
        if kind in (DATE, STAMP) and len(block) == 1:
            out.append(f'<div class="article-date">{_esc(block[0])}</div>')
            continue
        if not h1_done and not in_list:
            out.append(f'<h1 class="article-title">{"<br>".join(_esc(ln) for ln in block)}</h1>')
            out.append('<div class="article-text">')
            h1_done = True
            continue
        out.append("<p>" + "<br>\n".join(_esc(ln) for ln in block) + "</p>")
    if in_list:
        out += ["</li>", "</ul>"]
    if h1_done:
        out.append("</div>")
    out.append('<span class="share" aria-hidden="true">Share</span>')
    out.append(TAIL.format())
    return "\n".join(out)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        (OUT / f"{seed.stem}.html").write_text(page_html(seed.read_text(encoding="utf-8")), encoding="utf-8")
        print(OUT / f"{seed.stem}.html")


if __name__ == "__main__":
    main()
