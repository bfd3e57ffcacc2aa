"""A signed document with no date line above it is dated by the date line under a signature
("Name / Role / 27 March 2025" closing a section, as an annual report's statements or a
trust's letter print it); a date alone under anything else (a table, a list) dates nothing.
Every article here is invented."""

from datetime import date

from tests.spec.invented import cleaned as _article


def test_an_annual_report_s_signed_chair_s_statement_dates_the_report():
    a = _article(
        "KESTREL VALE HOUSING CO-OPERATIVE\nAnnual Report 2023\n\nCHAIR'S STATEMENT\n\n"
        "It is my pleasure to present the report for the year ended 31 December 2023.\n\n"
        "In June the board approved the new repairs plan, and the tenants' panel met monthly.\n\n"
        "Thank you all.\n\nMarit Osterhagen\nChair of the Board\n14 February 2024\n\n"
        "TREASURER'S REPORT\n\nIncome rose by three per cent.\n"
    )
    assert a.published == date(2024, 2, 14)


def test_a_signed_letter_in_another_style_with_two_role_lines():
    a = _article(
        "Friends of Hollin Park\n\nA letter to our members\n\n"
        "Dear members, the lake survey is finished and the results are good news for the herons.\n\n"
        "With thanks,\n\nDr. Anselm Rieckhoff\nHonorary Secretary\nFriends of Hollin Park\nMonday 3 June 2024\n"
    )
    assert a.published == date(2024, 6, 3)


def test_a_date_line_closing_a_longer_run_of_lines_is_no_signature():
    from index.signed_dates import signed_date

    text = ("Summer fixtures\n\nHarbour Sprint\nRiver Course\nLakeside Stages\nNight Relay\n12 July 2031\n\n"
            "Members are asked to volunteer.\n")
    assert signed_date(text) is None


def test_a_news_story_with_its_own_dateline_keeps_it():
    a = _article(
        "Trust names new chair\n\nBy Ines Marlow\n\nPublished 2 May 2024\n\n"
        "The Hollin Park trust has named a new chair, its secretary said on Tuesday.\n\n"
        "Marit Osterhagen\nChair of the Board\n14 February 2024\n"
    )
    assert a.published == date(2024, 5, 2)


def test_a_month_named_alone_in_a_signed_report_is_that_month_before_the_signature():
    from tests.spec.invented import statements_of

    text = ("KESTREL VALE HOUSING CO-OPERATIVE\nAnnual Report 2023\n\nCHAIR'S STATEMENT\n\n"
            "It is my pleasure to present the report for the year ended 31 December 2023.\n\n"
            "In October the Minister for Housing visited the Weir Street homes and described them as "
            "\"a model for the whole county.\" That was a credit to our builders.\n\n"
            "Thank you all.\n\nMarit Osterhagen\nChair of the Board\n14 February 2024\n")
    st = next(s for s in statements_of(text) if "a model for" in s.content)
    assert (st.when_start, st.when_end) == (date(2023, 10, 1), date(2023, 10, 31))
