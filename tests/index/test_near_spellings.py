"""The one-edit table of speakers' last words finds the speakers a scan of every speaker found,
in the same order rule (the first in table order wins, ties included)."""

import random
import sqlite3

from index.models import Statement
from index.statements.extract import statement_id
from index.statements.names import NearSpellings, edit1
from index.statements.store import Ledger, _speaker_words, create_schema, replace_statements
from index.textnorm import normalize
from index.vocabulary import vocabulary

# Invented speakers; some one edit apart from each other, so that a variant meets several (a tie).
SPEAKERS = ["Mara Quellin", "Ivo Brandtke", "Ivo Brantke", "Tessa Oyelaran", "Tesa Oyelaran", "Jon Quellan",
            "Dr. Pell Vastrom", "Orla Vastrum", "Kip Delacroy", "Kip Delacray", "Renzo Mbeki-Tarr", "Zoë Ørstedt",
            "Ana Lindqvis", "Anna Lindqvist", "Solenne Ubarri", "Bram Okonkwe", "Bram Okonkwo Jr", "Wil Haverkamp"]


def _ledger(speakers) -> Ledger:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    create_schema(conn)
    for n, speaker in enumerate(speakers):
        article_id = f"a{n}"
        st = Statement(id=statement_id(article_id, 0, 40, speaker), article_id=article_id, speaker=speaker,
                       speaker_as_written="they", act="said", content="the ferry will sail in spring",
                       quote_type="indirect", start=0, end=40)
        replace_statements(conn, article_id, [st], aliases={})
    return Ledger(conn)


def _scanned(ledger: Ledger, key: str) -> str | None:
    """The lookup as it was before the table: every speaker whose last word shares its first or last
    two letters and is within one letter of its length, compared; the first match in table order.
    (A key the alias table holds is resolved before either: not compared here.)"""
    qwords = key.split()
    if len(qwords[-1]) <= 4 or len(qwords) > 3:
        return None
    last = qwords[-1]
    for c in dict.fromkeys(r[0] for r in ledger.conn.execute("SELECT speaker FROM statements")):
        words = _speaker_words(c)
        if not words or abs(len(words[-1]) - len(last)) > 1:
            continue
        if not {words[-1][:2], words[-1][-2:]} & {last[:2], last[-2:]}:
            continue
        if (len(words) >= 2 and len(qwords) in (1, len(words)) and edit1(last, words[-1])
                and (len(qwords) == 1 or edit1(qwords[0], words[0]))):
            return c
    return None


def _untitled(key: str) -> str:
    """A key without its leading titles ("dr vanstrom" -> "vanstrom"): the lookup reads a title before a
    surname as how a question names the person, no word of the name."""
    words = key.split()
    while len(words) >= 2 and vocabulary().is_title(words[0].rstrip(".")):
        words = words[1:]
    return " ".join(words)


def _variants(word: str, rng: random.Random) -> set[str]:
    letters = "abeiklnorstuyzö"
    out = {word}
    for _ in range(6):
        i = rng.randrange(len(word) + 1)
        out.add(word[:i] + rng.choice(letters) + word[i:])  # an insertion
        if i < len(word):
            out.add(word[:i] + word[i + 1:])  # a deletion
            out.add(word[:i] + rng.choice(letters) + word[i + 1:])  # a substitution
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])  # a transposition: two edits
    return out


def test_near_spellings_are_the_words_within_one_edit():
    rng = random.Random(7)
    kept = [w for name in SPEAKERS for w in normalize(name).split()]
    table = NearSpellings(kept)
    for word in sorted({v for w in kept for v in _variants(w, rng)} | {"", "q", "xxxxxx"}):
        assert table.near(word) == {w for w in kept if edit1(word, w)}, word


def test_variant_spellings_resolve_to_the_speaker_the_scan_found():
    rng = random.Random(11)
    for order in (SPEAKERS, SPEAKERS[::-1]):  # ties go to whichever the table holds first
        ledger = _ledger(order)
        keys = set()
        for name in SPEAKERS:
            words = normalize(name).split()
            for last in _variants(words[-1], rng):
                keys |= {last, f"{words[0]} {last}", f"{words[0]}x {last}", f"{words[0][:-1]} {last}",
                         f"{words[0]} {words[0]} {last}"}
        found = 0
        for key in sorted(keys):
            untitled = _untitled(key)
            if any(ledger.conn.execute("SELECT 1 FROM speaker_aliases WHERE alias = ?", (k,)).fetchone() for k in (key, untitled)):
                continue
            want = _scanned(ledger, untitled)
            assert ledger._resolve(key) == want, key
            found += want is not None
        assert found > 100  # the variants do reach speakers, not only misses
