"""The statement ledger in SQLite: a table of statements and a table of speaker aliases.

Every write runs inside the caller's transaction: nothing here commits, so ingest can write
articles, chunks and statements atomically. Aliases are stored per article with their
canonical name; a person spelled two ways across articles ("Pavel"/"Pawel Tomasek")
is stored under the spelling seen first.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from typing import TypeVar

from cachetools import LRUCache

from index.models import Statement
from index.statements.names import NearSpellings, canonical_merge, edit1
from index.statements.topics import topic_score
from index.textnorm import normalize
from index.vocabulary import vocabulary

_COLUMNS = ("id, article_id, speaker, speaker_as_written, act, content, quote_type, start, end_, when_text, "
            "when_start, when_end, where_, source, date_basis, generic_speaker")
_NOT_ALIASES = {"he", "she", "it", "they", "we", "i", "the statement", "the readout", "his office", "her office",
                "the ministry"}


def create_schema(conn: sqlite3.Connection) -> None:
    """Create the ledger's tables and indexes if they are missing (no commit)."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS statements (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, speaker TEXT NOT NULL,"
        " speaker_as_written TEXT NOT NULL, act TEXT NOT NULL, content TEXT NOT NULL, quote_type TEXT NOT NULL,"
        " start INTEGER NOT NULL, end_ INTEGER NOT NULL, when_text TEXT, when_start TEXT, when_end TEXT,"
        " where_ TEXT, source TEXT NOT NULL DEFAULT 'rules')"
    )
    have = {r[1] for r in conn.execute("PRAGMA table_info(statements)")}
    for column, kind in (("date_basis", "TEXT"), ("generic_speaker", "INTEGER NOT NULL DEFAULT 0")):
        if column not in have:  # a ledger written before these fields existed
            conn.execute(f"ALTER TABLE statements ADD COLUMN {column} {kind}")
    conn.execute("CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id)")
    conn.execute("CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker)")
    # `Ledger.latest_date` (a question naming a month or year) reads the index's last entry
    # instead of scanning every statement (68 ms a call at 50,000 articles).
    conn.execute("CREATE INDEX IF NOT EXISTS statements_when ON statements(when_start)")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS speaker_aliases (article_id TEXT NOT NULL, alias TEXT NOT NULL,"
        " canonical TEXT NOT NULL, PRIMARY KEY (article_id, alias))"
    )
    conn.execute("CREATE INDEX IF NOT EXISTS speaker_aliases_alias ON speaker_aliases(alias)")


def delete_statements(conn: sqlite3.Connection, article_id: str) -> None:
    """Remove one article's statements and aliases (no commit)."""
    conn.execute("DELETE FROM statements WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM speaker_aliases WHERE article_id = ?", (article_id,))


def replace_statements(conn: sqlite3.Connection, article_id: str, statements: Iterable[Statement],
                       aliases: Mapping[str, str] | None = None, known: "KnownSpeakers | None" = None) -> None:
    """Replace one article's statements (and aliases) with `statements` (no commit).

    `aliases` (normalised alias -> canonical), as `extract_with_aliases` returns it, adds to
    the aliases derived from the statements themselves. `known`, when a caller replaces many
    articles in one transaction, is the ledger's speakers read once and kept in step here."""
    # Imported here: the extractor's modules are a sixth of a one-shot `ask`'s imports, and the
    # ledger's read side (the rest of this module) never extracts.
    from index.statements.extract import recent_aliases, statement_id

    statements = list(statements)
    if aliases is None:  # ingest passes none: use the table extraction built for these statements
        aliases = recent_aliases(article_id, (st.id for st in statements))
    known = known if known is not None else KnownSpeakers(conn)
    known.forget_article(conn, article_id)
    delete_statements(conn, article_id)
    memo: dict[str, str] = {}

    def merge(name: str) -> str:  # every speaker left is another article's
        if name not in memo:
            memo[name] = known.merge(name)
        return memo[name]

    rename: dict[str, str] = {}
    rows, alias_rows, nth = [], {}, Counter()
    for st in statements:
        name = rename[st.speaker] if st.speaker in rename else rename.setdefault(st.speaker, merge(st.speaker))
        if name != st.speaker:
            nth[(st.start, st.end, name)] += 1
            st = replace(st, speaker=name,
                         id=statement_id(article_id, st.start, st.end, name, nth[(st.start, st.end, name)] - 1))
        rows.append(_row(st))
        for a in derived_aliases(st):
            alias_rows.setdefault(a, name)
    for a, canonical in (aliases or {}).items():
        alias_rows.setdefault(normalize(a), rename[canonical] if canonical in rename else merge(canonical))
    conn.executemany(f"INSERT OR REPLACE INTO statements ({_COLUMNS}) VALUES ({', '.join('?' * 16)})", rows)
    known.add(row[2] for row in rows)
    conn.executemany("INSERT OR REPLACE INTO speaker_aliases VALUES (?, ?, ?)",
                     [(article_id, a, c) for a, c in alias_rows.items() if a])


class KnownSpeakers:
    """The ledger's distinct speakers, with a word index, for merging spellings of one person.

    `same_person` matches names of as many words differing in at most one, so a match always
    shares a word: only speakers sharing a word are compared. Read once per transaction and
    kept in step by `replace_statements`, so a bulk ingest does not rescan the ledger for every
    article (it compared every speaker with every speaker so far: hours at 50,000 articles).
    """

    def __init__(self, conn: sqlite3.Connection):
        self.counts: Counter[str] = Counter(dict(conn.execute("SELECT speaker, count(*) FROM statements GROUP BY speaker")))
        self.by_word: dict[str, set[str]] = {}
        for name in self.counts:
            self._index(name)

    def _index(self, name: str) -> None:
        for w in set(name.lower().split()):
            self.by_word.setdefault(w, set()).add(name)

    def forget_article(self, conn: sqlite3.Connection, article_id: str) -> None:
        """Before the article's statements are deleted."""
        rows = conn.execute("SELECT speaker, count(*) FROM statements WHERE article_id = ? GROUP BY speaker", (article_id,))
        for speaker, n in rows.fetchall():
            self.counts[speaker] -= n
            if self.counts[speaker] <= 0:
                del self.counts[speaker]
                for w in set(speaker.lower().split()):
                    self.by_word.get(w, set()).discard(speaker)

    def add(self, speakers: Iterable[str]) -> None:
        for name in speakers:
            if name not in self.counts:
                self._index(name)
            self.counts[name] += 1

    def merge(self, name: str) -> str:
        """`canonical_merge(name, speakers)`, the speakers in the database's (binary) order."""
        hits = sorted({k for w in set(name.lower().split()) for k in self.by_word.get(w, ())})
        return canonical_merge(name, hits)


def derived_aliases(st: Statement) -> set[str]:
    """Aliases a statement itself shows: name, surname, the phrase as written."""
    out = {normalize(st.speaker), _strip_the(normalize(st.speaker))}
    words = st.speaker.split()
    if len(words) >= 2 and all(w[:1].isupper() for w in words) and not st.generic_speaker:
        out.add(normalize(words[-1]))
    written = _strip_the(normalize(st.speaker_as_written))
    if written and written not in _NOT_ALIASES and len(written) < 80:
        out.add(written)
    return {_strip_the(a) for a in out if a}


_PLAIN_NAME = re.compile(r"[A-Za-z0-9 .,'\-]*\Z")


def _speaker_words(name: str) -> tuple[str, ...]:
    """normalize(name).split(): for a plain ASCII name (most of them) its lower-case words, which
    are the same, without normalize's Unicode passes (the speaker table of 10,000 articles
    normalised 14,000 names, 90 ms of a one-shot `ask` whose question names someone unknown)."""
    return tuple(name.lower().split() if _PLAIN_NAME.match(name) else normalize(name).split())


def _strip_the(s: str) -> str:
    return s[4:] if s.startswith("the ") else s


def _row(st: Statement) -> tuple:
    return (st.id, st.article_id, st.speaker, st.speaker_as_written, st.act, st.content, st.quote_type, st.start,
            st.end, st.when_text, _iso(st.when_start), _iso(st.when_end), st.where, st.source, st.date_basis,
            int(st.generic_speaker))


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _from_row(r) -> Statement:
    return Statement(id=r[0], article_id=r[1], speaker=r[2], speaker_as_written=r[3], act=r[4], content=r[5],
                     quote_type=r[6], start=r[7], end=r[8], when_text=r[9],
                     when_start=date.fromisoformat(r[10]) if r[10] else None,
                     when_end=date.fromisoformat(r[11]) if r[11] else None, where=r[12], source=r[13],
                     date_basis=r[14], generic_speaker=bool(r[15]))


T = TypeVar("T")
_MISSING = object()


class Ledger:
    """Read side of the ledger: statements by speaker, date and topic; speaker names.

    Structures read off every statement (the speaker table here, answering's term index) are
    kept by the ledger itself until its data changes: see `derived`.
    """

    def __init__(self, conn: sqlite3.Connection, lock: threading.Lock | threading.RLock | None = None):
        self.conn = conn
        self._lock = lock
        self._derived: LRUCache = LRUCache(maxsize=32)  # (key, version) -> value; old versions age out
        self._derived_lock = threading.Lock()

    def version(self) -> tuple:
        """Changes whenever the ledger may have: this connection's writes move total_changes,
        another connection's commits move data_version."""
        return (self.conn.total_changes, self._rows("PRAGMA data_version")[0][0])

    def derived(self, key: Hashable, build: Callable[[], T]) -> T:
        """`build()`, computed once per `key` while the ledger stays as it is."""
        versioned = (key, self.version())
        with self._derived_lock:
            found = self._derived.get(versioned, _MISSING)
        if found is _MISSING:
            found = build()
            with self._derived_lock:
                self._derived[versioned] = found
        return found

    def _rows(self, sql: str, args: tuple = ()) -> list:
        with self._lock or nullcontext():
            return self.conn.execute(sql, args).fetchall()

    def statements(self, speaker: str | None = None, since: date | None = None, until: date | None = None,
                   topic: str | None = None) -> list[Statement]:
        """Statements, oldest first (undated last), filtered by speaker, date range and topic words."""
        sql, args = f"SELECT {_COLUMNS} FROM statements", []
        if speaker is not None:
            name = self.resolve_speaker(speaker)
            if name is None:
                return []
            sql, args = sql + " WHERE speaker = ?", [name]
        found = [_from_row(r) for r in self._rows(sql, tuple(args))]
        if since is not None:
            found = [s for s in found if s.when_start and (s.when_end or s.when_start) >= since]
        if until is not None:
            found = [s for s in found if s.when_start and s.when_start <= until]
        if topic:
            found = [s for s in found if topic_score(topic, s.content) > 0]
        return sorted(found, key=lambda s: (s.when_start is None, s.when_start or date.min, s.article_id, s.start))

    def statements_for_article(self, article_id: str) -> list[Statement]:
        rows = self._rows(f"SELECT {_COLUMNS} FROM statements WHERE article_id = ? ORDER BY start", (article_id,))
        return [_from_row(r) for r in rows]

    def resolve_speaker(self, name_or_alias_or_role: str) -> str | None:
        """The canonical speaker a name, alias or role phrase stands for, or None."""
        key = _strip_the(normalize(name_or_alias_or_role).strip(" ?.!,"))
        key = re.sub(r"'s$", "", key) if key.endswith("'s") and " " not in key else key
        if not key:
            return None
        # A question resolves the same phrase several times (the ledger, the answerer, the checks).
        resolved = self.derived("resolved speakers", dict)
        found = resolved.get(key, _MISSING)
        if found is _MISSING:
            found = self._resolve(key)
            if len(resolved) >= 4096:  # a long session: keep memory bounded
                resolved.clear()
            resolved[key] = found
        return found

    def _resolve(self, key: str) -> str | None:
        hits = Counter(r[0] for r in self._rows("SELECT canonical FROM speaker_aliases WHERE alias = ?", (key,)))
        if hits:  # only the named speakers' statements are counted: a one-shot `ask` reads no speaker table
            marks = ",".join("?" * len(hits))
            counts = dict(self._rows(f"SELECT speaker, count(*) FROM statements WHERE speaker IN ({marks}) "
                                     "GROUP BY speaker", tuple(hits)))
            hits = Counter({c: n for c, n in hits.items() if c in counts})
            if hits:
                return max(hits, key=lambda c: (hits[c], counts[c]))
        qwords = key.split()
        if len(qwords) >= 2 and vocabulary().is_title(qwords[0].rstrip(".")):
            # "Ms Vantreese" for Ottilie Vantreese: the title is how a question names her, no word of her name
            return self._resolve(" ".join(qwords[1:]))
        counts, by_last, spellings, order = self._speaker_table()
        if len(qwords[-1]) <= 4 or len(qwords) > 3:
            return None
        # Variant spellings ("Jeyhum" for "Jeyhun"), surname or full name: only speakers whose last
        # word is one edit from the name's are compared (words of 5+ letters one edit apart share
        # their first or last two letters, the rule this lookup kept when it scanned for them).
        matches = [c for last in spellings.near(qwords[-1]) for c, words in by_last[last]
                   if len(words) >= 2 and len(qwords) in (1, len(words))
                   and (len(qwords) == 1 or edit1(qwords[0], words[0]))]
        return min(matches, key=order.__getitem__) if matches else None  # the first in table order

    def _speaker_table(self) -> tuple[Counter, dict[str, list[tuple[str, tuple[str, ...]]]], NearSpellings, dict[str, int]]:
        """Statements per speaker; speakers (with their normalised words) by their last word, and
        those last words for lookups within one edit; each speaker's rank in table order.

        Kept until the ledger changes: resolve_speaker runs several times a question, and reading
        and normalising every statement's speaker each time cost about 30 ms a call at 10,000
        articles."""
        return self.derived("speaker table", self._read_speaker_table)

    def _read_speaker_table(self) -> tuple[Counter, dict[str, list[tuple[str, tuple[str, ...]]]], NearSpellings, dict[str, int]]:
        counts = Counter(r[0] for r in self._rows("SELECT speaker FROM statements"))
        by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for c in counts:
            words = _speaker_words(c)
            if words:
                by_last.setdefault(words[-1], []).append((c, words))
        return counts, by_last, NearSpellings(by_last), {c: i for i, c in enumerate(counts)}

    def aliases(self, canonical: str) -> list[str]:
        """The normalised aliases stored for `canonical`, longest first."""
        rows = self._rows("SELECT DISTINCT alias FROM speaker_aliases WHERE canonical = ?", (canonical,))
        return sorted({r[0] for r in rows} | {normalize(canonical)}, key=lambda w: (-len(w), w))

    def latest_date(self) -> date | None:
        """The latest resolved date of any statement (one indexed query, not a table scan)."""
        rows = self._rows("SELECT max(when_start) FROM statements WHERE when_start IS NOT NULL")
        return date.fromisoformat(rows[0][0]) if rows and rows[0][0] else None

    def days_at(self, where: str) -> list[date]:
        """Dates of statements made at a place, earliest first."""
        rows = self._rows("SELECT DISTINCT when_start, where_ FROM statements WHERE when_start IS NOT NULL AND where_ IS NOT NULL")
        return sorted({date.fromisoformat(d) for d, w in rows if normalize(w) == where})

    def speakers(self) -> list[str]:
        """Every canonical speaker, most statements first."""
        counts = Counter(r[0] for r in self._rows("SELECT speaker FROM statements"))
        return sorted(counts, key=lambda c: (-counts[c], c))
