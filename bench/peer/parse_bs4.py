#!/usr/bin/env python3
"""The bench's Python peer: a typical scraper's parser for LGSCO decision pages, BeautifulSoup with the lxml parser.

    python3 bench/peer/parse_bs4.py DIR_OR_FILE... > records.jsonl

One process, one page at a time, as a scraper that saves pages and parses them afterwards would. For each .html page it
writes one JSON line with the header fields: case reference, title, organisation, category, subcategory, outcome and
decision date (ISO). It reads the whole page into a tree (BeautifulSoup(html, "lxml")) and finds the fields where the
site puts them: the decision title in the page banner or the article's <h1>, and the "Category :", "Decision :" and
"Decision date :" labels with the element that follows each. It does not read the decision body (no remedies, no
sections), so it does less than `lgsco parse`. A page without the header takes its category from the breadcrumb. A page without a title reference is reported on stderr and skipped.
Exit 0, or 1 when a page failed.
"""
import json
import os
import re
import sys
from datetime import datetime

from bs4 import BeautifulSoup

REF_RE = re.compile(r"\b(\d{2}) ?(\d{3}) ?(\d{3}[a-z]?)\b")
TITLE_REF_RE = re.compile(r"\s*\(\s*\d{2} ?\d{3} ?\d{3}[a-z]?\s*\)\s*$")
OUTCOMES = {
    "upheld": "upheld",
    "not upheld": "not_upheld",
    "closed after initial enquiries": "closed_after_initial_enquiries",
}


def text_of(el):
    return " ".join(el.get_text(" ").split()) if el is not None else None


def decision_date(value):
    if not value:
        return None
    for fmt in ("%d %b %Y", "%d %B %Y"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            pass
    return None


def parse_page(html):
    soup = BeautifulSoup(html, "lxml")
    article = soup.find("article") or soup.body or soup
    title_el = soup.find(class_="page-banner__title") or article.find("h1")
    title = text_of(title_el)
    labels = {}
    for label in article.find_all(class_="label"):
        value = label.find_next_sibling()
        if value is not None:
            labels[text_of(label).rstrip(":").strip().lower()] = text_of(value)
    ref = REF_RE.search(title or "")
    if ref is None:
        raise ValueError(f'no case reference in title "{(title or "")[:60]}"')
    category, _, subcategory = (labels.get("category") or "").partition(">")
    if not category:  # a page without the header: the breadcrumb names the category
        crumbs = [text_of(a) for a in soup.select("nav.breadcrumb li a")]
        category, subcategory = (crumbs[2:4] + [None, None])[:2] if len(crumbs) >= 3 else ("", "")
    outcome = labels.get("decision")
    organisation = TITLE_REF_RE.sub("", title).strip()
    return {
        "caseRef": " ".join(ref.groups()),
        "title": title,
        "organisation": None if REF_RE.fullmatch(organisation) else organisation or None,
        "category": (category or "").strip() or None,
        "subcategory": (subcategory or "").strip() or None,
        "outcome": OUTCOMES.get((outcome or "").lower()),
        "outcomeLabel": outcome,
        "decisionDate": decision_date(labels.get("decision date")),
    }


def pages(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith((".html", ".htm")):
                    yield os.path.join(path, name)
        else:
            yield path


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    failed = 0
    out = sys.stdout
    for path in pages(argv):
        try:
            with open(path, encoding="utf-8") as f:
                record = parse_page(f.read())
        except Exception as err:  # one bad page is reported and the batch goes on
            failed += 1
            print(f"Error: {path}: {err}", file=sys.stderr)
            continue
        out.write(json.dumps({"file": os.path.basename(path), **record}) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
