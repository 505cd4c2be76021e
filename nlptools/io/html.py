"""HTML pages → the plain text that segmentation reads and that record offsets refer to.

The conversion uses inscriptis, which renders HTML as text the way a browser lays it out
(a block element starts a line, a paragraph or heading stands between blank lines, ``<br>``
breaks a line), so a saved page gives the same lines as the site's text dumps. Before it
runs, what a reader never sees as content is removed: ``<head>``, scripts, styles,
navigation menus, the page footer and hidden elements. Lists become plain blocks (no
bullets), as the site's lists of latest items read in its text dumps.
"""
from __future__ import annotations

import re

from .. import config

_DROP_TAGS = ("head", "script", "style", "noscript", "template", "nav", "footer", "iframe", "svg", "form", "button")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_NAV_WORDS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?)(?:$|[\s_-])", re.IGNORECASE)
_LOOKS_HTML = re.compile(r"\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    """True when a text starts as an HTML document does (``<!DOCTYPE html>``, ``<html>``, ``<head>``, ``<body>``)."""
    return _LOOKS_HTML.match(text[: config.HTML_SNIFF_CHARS]) is not None


def _hidden(el) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden", "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(el.get("style", "")):
        return True
    if el.get("role", "").lower() == "navigation":
        return True
    return bool(_NAV_WORDS.search(f"{el.get('class', '')} {el.get('id', '')}"))


def _clean_tree(root) -> None:
    """Remove what is not content and turn lists into plain blocks, in place."""
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and (el.tag.lower() in _DROP_TAGS or _hidden(el))]
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        prev = el.getprevious()
        parent.remove(el)
        if tail:
            if prev is not None:
                prev.tail = (prev.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    for el in root.iter("ul", "ol", "li", "menu", "dl", "dt", "dd"):
        el.tag = "div"


def html_to_text(html: str) -> str:
    """The page's visible text with its block layout; offsets of records made from an HTML page refer to it."""
    import lxml.html
    from inscriptis import Inscriptis
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    if not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html)
    except Exception:  # lxml raises ParserError or ValueError on documents it cannot parse at all
        return ""
    _clean_tree(root)
    text = Inscriptis(root, ParserConfig(css=CSS_PROFILES["strict"].copy())).get_text()
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n") + "\n"
