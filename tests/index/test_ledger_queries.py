"""The ledger's per-question reads: the latest date from an index, claim candidates scored from
the term index exactly as scoring each statement's text would."""

import sqlite3
from datetime import date

from bot.answering.ledger import _claim_text
from bot.answering.ledger_candidates import scored_claim_candidates
from index.models import Statement
from index.statements.extract import statement_id
from index.statements.store import Ledger, create_schema, replace_statements
from index.statements.topics import topic_score

# Invented statements: (speaker, content, day or None).
SAID = [
    ("Mara Quell", "the harbour tunnel will open to lorries before the winter storms", date(2031, 3, 4)),
    ("Mara Quell", "tolls on the harbour tunnel stay frozen for two years", None),
    ("Ivo Brandt", "the storms flooded the tunnel twice last winter", date(2031, 5, 9)),
    ("Ivo Brandt", "lorries queue for hours at the old ferry", date(2030, 12, 1)),
    ("Tessa Oyelaran", "the ferry company denied any plan to raise fares", None),
    ("Tessa Oyelaran", "no", date(2031, 1, 15)),  # too short to match on its own: the sentence before counts
]


def _ledger() -> Ledger:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    create_schema(conn)
    for n, (speaker, content, day) in enumerate(SAID):
        article_id = f"a{n % 2}"
        start = 100 * n
        st = Statement(id=statement_id(article_id, start, start + 90, speaker), article_id=article_id, speaker=speaker,
                       speaker_as_written=speaker, act="said", content=content, quote_type="indirect", start=start,
                       end=start + 90, when_start=day, when_end=day)
        replace_statements(conn, article_id, [*Ledger(conn).statements_for_article(article_id), st])
    return Ledger(conn)


def test_latest_date_is_the_latest_dated_statement_read_from_an_index():
    ledger = _ledger()
    assert ledger.latest_date() == date(2031, 5, 9)
    plan = " ".join(str(r) for r in ledger.conn.execute(
        "EXPLAIN QUERY PLAN SELECT max(when_start) FROM statements WHERE when_start IS NOT NULL"))
    assert "INDEX" in plan  # not a scan of every statement


def test_latest_date_of_an_undated_ledger_is_none():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    create_schema(conn)
    assert Ledger(conn).latest_date() is None


def test_claim_candidates_are_scored_as_their_texts_would_be():
    ledger = _ledger()
    articles: dict = {}  # no article text: the statement's content is its claim text
    for claim in ("the tunnel will open before the storms", "lorries at the ferry", "fares at the harbour",
                  "storms flooded the harbour tunnel", "nothing anyone mentioned"):
        for min_share in (0.0, 0.5, 0.6):
            got = scored_claim_candidates(claim, ledger, None, None, articles, _claim_text, min_share=min_share)
            want = [(topic_score(claim, _claim_text(st, articles)), st) for st in ledger.statements()]
            want = [(s, st) for s, st in want if s > 0 and s >= min_share - 1e-9]
            assert got == want, (claim, min_share)


def test_claim_candidates_keep_to_the_period():
    ledger = _ledger()
    got = scored_claim_candidates("the storms and the tunnel", ledger, date(2031, 4, 1), None, {}, _claim_text)
    assert [st.speaker for _, st in got] == ["Ivo Brandt"]


def _speaker_table_read(ledger: Ledger) -> bool:
    return any(key[0] == "speaker table" for key in list(ledger._derived.keys()))


def test_a_name_the_aliases_hold_resolves_without_reading_every_speaker():
    ledger = _ledger()
    st = Statement(id=statement_id("a9", 0, 40, "Jon Quell"), article_id="a9", speaker="Jon Quell",
                   speaker_as_written="Jon Quell", act="said", content="the tunnel is too narrow", quote_type="indirect",
                   start=0, end=40)
    replace_statements(ledger.conn, "a9", [st])
    ledger = Ledger(ledger.conn)
    # "Quell" names two speakers: the one with more statements (two against one) is meant.
    assert ledger.resolve_speaker("Quell") == "Mara Quell"
    assert ledger.resolve_speaker("Jon Quell") == "Jon Quell"
    assert ledger.resolve_speaker("the Ivo Brandt") == "Ivo Brandt"
    assert not _speaker_table_read(ledger)  # a one-shot `ask` at 10,000 articles: ~0.1 s saved
    assert ledger.resolve_speaker("Ivo Brant") == "Ivo Brandt"  # a variant spelling: every speaker compared
    assert _speaker_table_read(ledger)
    assert ledger.resolve_speaker("Nobody Atall") is None


def test_speaker_words_are_those_of_the_normalised_name():
    from index.statements.store import _speaker_words
    from index.textnorm import normalize

    for name in ("Mara Quell", "Jean-Luc O'Neil", "Dr.  Ivo   Brandt, Jr.", " Tessa Oyelaran ", "Zoë Ørsted",
                 "José Álvarez", "ﬁnn Hale", "Ana`s Reyes", "Tab\tName", "IVO BRANDT", "Ivo Brandt\u00a0Jr"):
        assert _speaker_words(name) == tuple(normalize(name).split()), name
