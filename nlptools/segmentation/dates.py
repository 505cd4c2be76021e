"""Date parsing for the date formats the site uses (English and Russian, numeric and written)."""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from ..resources import layout


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    months = "|".join(sorted((re.escape(m) for m in layout()["months"]), key=len, reverse=True))
    year_tail = r"(?:\s*(?:г\.?|года))?"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    date = (
        rf"(?:(?P<n_d>\d{{1,2}})[./](?P<n_m>\d{{1,2}})[./](?P<n_y>\d{{4}})"
        rf"|(?P<i_y>\d{{4}})-(?P<i_m>\d{{2}})-(?P<i_d>\d{{2}})"
        rf"|{day}\s+(?P<m>{months})\.?,?\s+(?P<y>\d{{4}}){year_tail}"
        rf"|(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}}))"
    )
    plain = re.sub(r"\(\?P<\w+>", "(?:", date)
    time = r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|GMT|BST|MSK))?"
    return {
        "date": re.compile(date, re.IGNORECASE),
        "date_line": re.compile(rf"{date}\s*[.,]?", re.IGNORECASE),
        "stamp": re.compile(rf"(?:{plain}\s*[,\-–]?\s*{time}|{time}\s*[,\-–]?\s*{plain})\s*", re.IGNORECASE),
        "trailing": re.compile(rf"[,\s]\s*{date}\s*[.]?\s*$", re.IGNORECASE),
    }


def _iso(m: re.Match) -> str | None:
    g = m.groupdict()
    months = layout()["months"]
    try:
        if g.get("n_y"):
            y, mo, d = int(g["n_y"]), int(g["n_m"]), int(g["n_d"])
        elif g.get("i_y"):
            y, mo, d = int(g["i_y"]), int(g["i_m"]), int(g["i_d"])
        elif g.get("y"):
            y, mo, d = int(g["y"]), months[g["m"].lower()], int(g["d"])
        else:
            y, mo, d = int(g["y2"]), months[g["m2"].lower()], int(g["d2"])
        return _dt.date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None


def parse_date(text: str) -> str | None:
    """ISO date of a string that is a date and nothing else ("26.01.2018", "26 October 2021")."""
    m = _patterns()["date_line"].fullmatch(text.strip())
    return _iso(m) if m else None


def parse_stamp(text: str) -> str | None:
    """ISO date of a date-and-time stamp line such as "16 March 2021, 12:50"."""
    m = _patterns()["stamp"].fullmatch(text.strip())
    if not m:
        return None
    inner = _patterns()["date"].search(m.group(0))
    return _iso(inner) if inner else None


def trailing_date(title: str) -> str | None:
    """ISO date at the end of a title ("…, Sochi, October 21, 2021")."""
    m = _patterns()["trailing"].search(title)
    return _iso(m) if m else None


def strip_trailing_date(title: str) -> str:
    """A title without the date at its end ("…, Sochi, October 21, 2021" → "…, Sochi")."""
    m = _patterns()["trailing"].search(title)
    return title[:m.start()].rstrip(" ,;-–—") if m and _iso(m) else title
