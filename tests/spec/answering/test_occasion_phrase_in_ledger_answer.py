"""A statement dated by the occasion it was made at ("told the tribunal", "told the same news
conference") is shown with its day, not with the occasion's words put after the verb: "X said on 3
June 2024 that ...", never "X said told the tribunal (3 June 2024) that ...". The statements are
invented."""

from datetime import date

from bot.answering.ledger import _sentence
from index.models import Statement


def _told(when_text: str) -> Statement:
    return Statement(id="s1", article_id="a1", speaker="Odran Velasquez", speaker_as_written="Mr Odran Velasquez",
                     act="told", content="the contract had ended because of poor attendance", quote_type="indirect",
                     start=0, end=90, when_text=when_text, when_start=date(2024, 6, 3), date_basis="context")


def test_an_occasion_phrase_is_shown_as_its_day():
    text = _sentence(_told("told the tribunal"))
    assert "said told" not in text and "3 June 2024" in text, text


def test_a_time_phrase_is_still_shown_as_written():
    text = _sentence(_told("on Monday"))
    assert "on Monday (3 June 2024)" in text, text
