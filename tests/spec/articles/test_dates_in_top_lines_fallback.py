"""When no reader of datelines, header lines or closing lines dates an article, a short line among
its first few lines that states a full date with a publishing label ("posted", "issued", "sent",
"circulated") or as the whole line's date (a section label, then the date) still dates it: the
fallback for page styles no reader knows. Lines that only name an event's day ("Hearing: ...",
"Deadline: ...") never date the page. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


@pytest.mark.parametrize(
    "text, expected",
    [
        # a markdown page with its posting line in bold under the heading
        ("# Alderbury Bowls Club: notice to members\n\n**Posted by the club secretary, 14 June 2024**\n\n"
         "## Green closed\n\nThe green is closed after a burst pipe flooded it on Tuesday. Groundsman Teo Varkaris "
         "said the repairs would take a fortnight.", date(2024, 6, 14)),
        # a title line that ends with the posting day
        ("Thread by Cllr Minna Ostrowe-Daley, posted 3 March 2025\n\n1/ The committee approved the depot plan "
         "tonight. I voted against it.\n\n2/ The chair, Cllr Rufus Penhaligon, said refusal would fail on appeal.",
         date(2025, 3, 3)),
        # a quoted headline over a section label and a date
        ('Ask Ottoline: "My landlord will not fix the boiler"\n\nHome & Money | Saturday 8 March 2025\n\n'
         "Q: Our boiler has been broken for a month. What can we do?\n\n"
         "A: I asked housing lawyer Bram Castellet. He says the landlord must repair it within a reasonable time.",
         date(2025, 3, 8)),
        # a summary's labelled fields: the day it was sent out, not the hearing's days
        ("DISCIPLINARY PANEL — DECISION SUMMARY\n\nMember: Mr Idris Vanterpool\nHearing: Cardiff, 3-4 April 2024\n"
         "Decision issued: 29 April 2024\n\nThe panel found that the member had failed to declare an interest. "
         "The chair, Ms Leonie Garrow-Bell, said the failure was serious.", date(2024, 4, 29)),
    ],
)
def test_a_top_line_with_a_full_date_dates_an_otherwise_undated_page(text, expected):
    assert _article(text).published == expected


def test_an_event_day_in_a_top_line_does_not_date_the_page():
    a = _article("CONSULTATION NOTICE\n\nDeadline for comments: 12 September 2025\n\n"
                 "The council is consulting on plans to close the Harle Street library. Councillor Anwen Brisco "
                 "said no decision had been taken.")
    assert a.published is None
