"""Days of words said at a gathering the story dated earlier, when the words carry no day of their own.

- A write-up of one gathering (a club's, a parish's, a school's): the intro dates the meeting
  ("last Thursday evening"), its business follows under subheads; every speaker there spoke at it.
- An ordinary news story with subheads keeps the publication day for words given the reporter.
- "Not everyone at the meeting was convinced. X doubted ...": the scene is the meeting's.
- "X, who attended the meeting, said": said at the meeting.
- "X wrote that ... She added that ...": the addition is the writing's.
Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of


def _day(stmts, fragment):
    st = next(s for s in stmts if fragment in s.content)
    return st.when_start, st.date_basis


CLUB_POST = """---
title: AGM round-up
date: 2024-03-11
---
KESTLEWICK BOWLS CLUB

AGM: green fees frozen, new pavilion roof agreed

Posted on 11th March 2024 by the Club Secretary

A big thank you to the 38 members who came to the Annual General Meeting in the pavilion last Thursday evening. For those who missed it, here is what happened.

Chair's report

Chair Odile Farquharson thanked the volunteers who kept the greens in order through a wet summer.

She said the club had gained eleven new members, its best year since the pavilion was rebuilt.

Treasurer's report

Treasurer Bertil Amundsen-Royle presented the accounts and said the club had a small surplus of £640.

"We are in decent shape, but the roof will not wait," he told the meeting.

Any other business

Long-serving member Winifred Osgathorpe said the club should look again at a junior section.
"""


PARISH_NOTES = """---
title: Parish council notes
date: 2024-05-13
---
Fellingham Parish Council - notes from the May meeting

The parish council met in the village hall on Tuesday 7th May. Nine residents attended alongside seven councillors.

Matters arising

Cllr Corwen Halvorsby-Tate reported that the county had promised to resurface Tanyard Lane before the end of the summer.

Planning

Councillors considered the application for four houses off Crabtree Row. Cllr Wendeline Oxtoby-Marsh said the access was too narrow for the bin lorry.

Open forum

A resident of Crabtree Row asked who would pay for the extra drainage. Cllr Oxtoby-Marsh replied that the developer would have to.
"""


NEWS_WITH_SUBHEADS = """---
title: Bridge vote
date: 2024-05-09
---
Councillors back bridge repairs after heated meeting

By Staff Reporter

Quellbridge's councillors voted on Monday night to spend £2.1 million repairing the Weir Street bridge, at a meeting that ran past eleven.

Traders fear months of closure

Shop owner Anselm Vanderhoven said on Wednesday that a full closure would cost him half his summer trade.

"I have been here twenty years and never seen the street this quiet," he told this newspaper.

What happens next

A council spokeswoman, Clemency Trevethan, said the work would start in September.
"""


def test_a_club_s_agm_write_up_dates_every_section_s_words_at_the_meeting():
    stmts = statements_of(CLUB_POST)
    thursday = date(2024, 3, 7)
    assert _day(stmts, "eleven new members") == (thursday, "context")
    assert _day(stmts, "small surplus") == (thursday, "context")
    assert _day(stmts, "junior section") == (thursday, "context")


def test_a_parish_council_s_notes_under_its_agenda_heads_are_the_meeting_s():
    stmts = statements_of(PARISH_NOTES)
    tuesday = date(2024, 5, 7)
    assert _day(stmts, "too narrow") == (tuesday, "context")
    assert _day(stmts, "developer would have to") == (tuesday, "context")


def test_a_news_story_with_subheads_keeps_the_reporter_s_days():
    stmts = statements_of(NEWS_WITH_SUBHEADS)
    assert _day(stmts, "start in September") == (date(2024, 5, 9), "publication")
    assert _day(stmts, "half his summer trade") == (date(2024, 5, 8), "context")


SCHOOL_BOARD = """The Tallowmere school board voted 5-2 on Monday night to close Brookfield Primary at the end of the school year.

About 120 parents filled the gym at Ridgeway High for the vote. Board chair Gunhild Solvberg said falling rolls left the board no choice.

Not everyone at the meeting was convinced. Parent Lorcan Ebbesmeyer-Hart, whose twins are in Year 3, held up a petition signed by 900 families.

"You are closing the one school my kids can walk to," he said.

Trustee Lavinia Mbeki-Rourke, who attended the meeting, said she would ask for the decision to be reviewed in June.

Caretaker Osvald Pennyfeather said he had not yet been told what would happen to his job."""


def test_an_undated_sentence_at_the_meeting_sets_the_scene_of_the_next_quote(statements):
    stmts = statements(SCHOOL_BOARD)
    assert _day(stmts, "walk to") == (date(2024, 5, 6), "context")


def test_a_speaker_who_attended_the_meeting_spoke_at_it(statements):
    stmts = statements(SCHOOL_BOARD)
    assert _day(stmts, "reviewed in June") == (date(2024, 5, 6), "context")


def test_a_later_speaker_the_meeting_never_places_keeps_the_publication_day(statements):
    stmts = statements(SCHOOL_BOARD)
    assert _day(stmts, "his job") == (date(2024, 5, 9), "publication")


def test_an_addition_to_words_written_on_a_day_is_that_day_s(statements):
    text = ("The ferry operator's systems failed for nine hours on Monday.\n\n"
            "In a blog post published late on Tuesday, the operator's technical director, Solveig Vasquez-Holm, "
            "wrote that a certificate had lapsed.\n\n"
            "\"We should have seen it coming,\" Vasquez-Holm wrote.\n\n"
            "She added that renewals would now be checked every month.")
    assert _day(statements(text), "checked every month") == (date(2024, 5, 7), "context")


def test_a_day_the_announcing_verb_takes_after_its_object_dates_the_release(statements):
    text = ("Quillsby Foods recalled 40,000 jars of pickle this week.\n\n"
            "Quillsby Foods announced the recall April 29 in a one-page notice that cited \"possible glass "
            "fragments in a small number of jars\" as the cause.")
    assert _day(statements(text), "the recall") == (date(2024, 4, 29), "explicit")


def test_a_day_on_the_confirming_verb_in_british_order_dates_the_letter(statements):
    text = ("The Ellerby hospital trust confirmed the closure on 2 May in a letter to patients that gave "
            "\"a shortage of specialist nurses\" as the reason.")
    assert _day(statements(text), "the closure") == (date(2024, 5, 2), "explicit")


def test_a_day_inside_reported_words_is_still_no_day_of_the_saying(statements):
    text = "Mayor Tilda Grunwald said the vote Tuesday was a disgrace."
    assert _day(statements(text), "disgrace") == (date(2024, 5, 9), "publication")


INSPECTION = ("The watchdog found serious failings at the Oxnard Lane care home.\n\n"
              "In a report published on Tuesday, the inspectors wrote that residents had been left unwashed.\n\n"
              "The report says staff numbers fell by a third over the winter.\n\n"
              "Manager Ilse Brandvold, who read the report, said she accepted its findings.")


def test_a_report_quoted_in_the_present_says_its_words_on_the_day_it_was_published(statements):
    assert _day(statements(INSPECTION), "fell by a third") == (date(2024, 5, 7), "context")


def test_a_speaker_who_merely_read_the_report_keeps_the_publication_day(statements):
    assert _day(statements(INSPECTION), "accepted its findings") == (date(2024, 5, 9), "publication")


def test_a_letter_dated_earlier_still_says_its_later_quoted_words_that_day(statements):
    text = ("The tenants' committee met on Monday.\n\n"
            "In a letter dated 1 May, the landlord, Corvin Ashdale, wrote that the rent would rise.\n\n"
            "His letter also says the lease will not be renewed after 2026.")
    assert _day(statements(text), "lease will not be renewed") == (date(2024, 5, 1), "context")


def test_a_day_after_the_object_s_own_phrase_dates_the_object_not_the_denial(statements):
    text = ("Quillsby Foods denied a report in the trade weekly Grocer's Ledger last week that it was "
            "looking for a buyer for its jam factory.")
    assert _day(statements(text), "looking for a buyer") == (date(2024, 5, 9), "publication")


def test_a_previous_report_is_another_document_than_the_one_dated(statements):
    text = ("Kindlehome's new survey of renters came out this week.\n\n"
            "In a report published on Tuesday, Kindlehome wrote that one renter in five was cold at home.\n\n"
            "Kindlehome's previous report said that one in eight was.")
    assert _day(statements(text), "one in eight") != (date(2024, 5, 7), "context")
