"""The outlet a page names only in its own text: a masthead line above the headline ("EBBERGATE
POST - Mar 3, 2026 | Business", "Northvale News | Yorkshire"), or a wire's sign-off under the
story ("==Baltica", "—Baltica"). A story that only quotes another outlet ("told the Herald") is
not that outlet's. Every article here is invented."""

import pytest

from tests.spec.invented import cleaned as _article


_BODY = ("The harbour board voted to raise mooring fees, its chair Mara Lind said on Tuesday.\n\n"
         '"We had no choice," Lind said.\n\n')


@pytest.mark.parametrize("masthead, outlet", [
    ("EBBERGATE POST - Mar 3, 2026 - 08:15 | Business, Economy", "Ebbergate Post"),
    ("Northvale News | Yorkshire", "Northvale News"),
    ("Ridgeway Gazette — Local news", "Ridgeway Gazette"),
])
def test_a_masthead_line_above_the_headline_names_the_outlet(masthead, outlet):
    a = _article(f"{masthead}\n\nHarbour fees rise for the first time in a decade\n\n{_BODY}")
    assert a.outlet == outlet


@pytest.mark.parametrize("signoff, outlet", [("==Baltica", "Baltica"), ("== Baltica News", "Baltica News")])
def test_a_wire_sign_off_under_the_story_names_the_outlet(signoff, outlet):
    a = _article(f"Harbour fees rise\n\n{_BODY}{signoff}")
    assert a.outlet == outlet


def test_an_outlet_a_story_quotes_is_not_the_page_s():
    a = _article("Harbour fees rise\n\nThe harbour board voted to raise fees, its chair Mara Lind told the Ebbergate Post.\n\n"
                 '"We had no choice," Lind said.')
    assert a.outlet is None


def test_a_section_kicker_is_no_outlet():
    a = _article(f"Business | Economy\n\nHarbour fees rise for the first time in a decade\n\n{_BODY}")
    assert a.outlet is None


@pytest.mark.parametrize("masthead, outlet", [
    ("THE HARBOUR ECHO\nRegional | Coast Province", "The Harbour Echo"),
    ("THE WEXDRICK VALLEY TIDINGS\nKestrel Valley's community weekly since 1949", "The Wexdrick Valley Tidings"),
    ("PACIFIC LEDGER\nBUSINESS", "Pacific Ledger"),
])
def test_a_papers_name_alone_in_capitals_names_the_outlet(masthead, outlet):
    a = _article(f"{masthead}\n\nHarbour fees rise for the first time in a decade\n\n{_BODY}")
    assert a.outlet == outlet


def test_a_headline_in_capitals_ending_in_news_names_no_outlet():
    assert _article(f"GOOD NEWS\n\nHarbour fees rise for the first time in a decade\n\n{_BODY}").outlet is None
