"""Words of a speaker the story places at its dated event ("The count took place yesterday under
the eye of the returning officer, X"; "the decision ... was announced by the chairman, Y") are
said at that event, not on the publication day -- until another voice speaks. Every article here
is invented; published Thursday 9 May 2024 (conftest)."""

from datetime import date


def _day(stmts, fragment):
    st = next(s for s in stmts if fragment in s.content)
    return st.when_start, st.date_basis


def test_a_bulletin_s_count_yesterday_dates_the_returning_officer_s_words(statements):
    text = ("The postal ballot of our members at Ostwick Mills has been counted. The count took place at "
            "the district office yesterday under the eye of the independent scrutineer, Ms Ilse Varnholt.\n\n"
            "RESULT\nVotes cast: 1,204\nYes: 911\nNo: 293\n\n"
            "Ms Varnholt declared the result valid. \"Every envelope was accounted for,\" she said as she "
            "signed the return.")
    stmts = statements(text)
    assert _day(stmts, "the result valid") == (date(2024, 5, 8), "context")
    assert _day(stmts, "Every envelope") == (date(2024, 5, 8), "context")


def test_an_old_print_report_s_decision_announced_by_its_chairman(statements):
    text = ("The Tarnby lido is to close for good, the town's leisure committee decided on Tuesday.\n\n"
            "The decision was taken after a long meeting and was announced by the committee chairman, "
            "Coun. Edwin Marrable, on the steps of the town hall.\n\n"
            "Coun. Marrable said the pool had lost money for nine years running.")
    assert _day(statements(text), "lost money") == (date(2024, 5, 7), "context")


def test_another_voice_in_between_ends_the_event_s_passage(statements):
    text = ("The Tarnby lido is to close for good, the town's leisure committee decided on Tuesday, "
            "with its chairman, Coun. Edwin Marrable, casting the deciding vote.\n\n"
            "Swimmer Greta Olund said the town would regret it.\n\n"
            "Coun. Marrable said the pool had lost money for nine years running.")
    assert _day(statements(text), "lost money") == (date(2024, 5, 9), "publication")


def test_a_speaker_the_event_s_passage_never_names_keeps_the_publication_day(statements):
    text = ("The Tarnby lido is to close for good, the town's leisure committee decided on Tuesday.\n\n"
            "Swimmer Greta Olund said the town would regret it.")
    assert _day(statements(text), "regret it") == (date(2024, 5, 9), "publication")
