"""Which statements can match a claim: a term index over the ledger, kept until the ledger changes.

A statement that shares no term with a claim scores 0 against it, so a who-question only
needs to score the statements that share a term. Without the index every who-question
loaded, parsed and stemmed every statement: about 300 ms a question at 10,000 articles.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Mapping
from datetime import date

from index.models import Article, Statement
from index.statements.topics import terms

_MAX_LEDGERS = 4  # a few open corpora (tests, eval) at most; each entry holds its connection
_LOCK = threading.Lock()
_CACHE: OrderedDict[int, "_Entry"] = OrderedDict()


class _Entry:
    def __init__(self, conn, version: tuple, postings: dict[str, set[str]]):
        self.conn = conn  # held, so id(conn) cannot be reused by another connection while cached
        self.version = version
        self.postings = postings
        self.lists: dict[tuple, list[Statement]] = {}


def _version(ledger) -> tuple:
    # Own writes move total_changes; other connections' commits move data_version.
    return (ledger.conn.total_changes, ledger._rows("PRAGMA data_version")[0][0])


def claim_candidates(
    claim: str,
    ledger,
    since: date | None,
    until: date | None,
    articles: Mapping[str, Article],
    text_of: Callable[[Statement, Mapping[str, Article]], str],
    min_share: float = 0.0,
) -> list[Statement]:
    """`ledger.statements(since=, until=)`, in its order, less those sharing too few terms with `claim`.

    `text_of(statement, articles)` is the text a claim is scored against; a statement is kept
    when it shares a term with the claim and at least `min_share` of the claim's terms.
    """
    if not hasattr(ledger, "_rows"):  # a ledger without a database behind it: nothing to index
        return ledger.statements(since=since, until=until)
    entry = _entry(ledger, articles, text_of)
    want = terms(claim)
    shared: Counter[str] = Counter()
    for term in want:
        shared.update(entry.postings.get(term, ()))
    need = max(1, min_share * len(want) - 1e-9)
    ids = {sid for sid, n in shared.items() if n >= need}
    if not ids:
        return []
    key = (since, until)
    found = entry.lists.get(key)
    if found is None:
        found = ledger.statements(since=since, until=until)
        with _LOCK:
            entry.lists[key] = found
            while len(entry.lists) > 16:
                entry.lists.pop(next(iter(entry.lists)), None)
    return [st for st in found if st.id in ids]


def _entry(ledger, articles, text_of) -> _Entry:
    version = _version(ledger)
    with _LOCK:
        entry = _CACHE.get(id(ledger.conn))
        if entry is not None and entry.conn is ledger.conn and entry.version == version:
            _CACHE.move_to_end(id(ledger.conn))
            return entry
    postings: dict[str, set[str]] = {}
    for st in ledger.statements():
        for term in terms(text_of(st, articles)):
            postings.setdefault(term, set()).add(st.id)
    entry = _Entry(ledger.conn, version, postings)
    with _LOCK:
        _CACHE[id(ledger.conn)] = entry
        _CACHE.move_to_end(id(ledger.conn))
        while len(_CACHE) > _MAX_LEDGERS:
            _CACHE.popitem(last=False)
    return entry
