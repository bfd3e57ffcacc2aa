"""A readers' editor's (ombudsman's) column: first person, with its own byline and no date of its own.

"I spoke to the reporter, X, who ... He told me ..." makes the he the one the writer spoke to, not
the man quoted before; "One senior editor, who asked not to be named, told me" stays unnamed; the
writer's "My own view is that ..." is the byline's writer's statement; the paper's "The Herald
regrets the error" is the paper's; a day written without its year ("on Oct. 6") takes the year of
the full date written before it, even though the column carries no date. Every article is invented.
"""

from datetime import date

from tests.spec.invented import speaker_of, statements_of

COLUMN = """THE KILMARROW HERALD
From the Readers' Editor

A decimal point in the wrong place, and what we are doing about it

By Saoirse Corriveau, Readers' Editor

Every newsroom gets a figure wrong now and then. This week I want to explain one such error, because the complaint it drew raised a fair point about how we check numbers.

On Oct. 2, 2023, the Herald reported that the county's ferry subsidy would rise by 40 per cent. The figure was attributed to Coun. Hamish Tamsett, who chairs the transport committee and spoke at a briefing on Sept. 27.

Tamsett wrote to me on Oct. 5. "The rise is four per cent, not forty," his email said. "Islanders have been ringing me all week." He asked for an apology in print.

I spoke to the reporter, Ansgar Vossberg, who has covered the islands for nine years. He told me he had copied the figure from a draft table rather than the final one. "I should have asked for the final table," he said.

The Herald's managing editor, Beatrix Thibodeaux, said corrections are printed on the page where the error ran.

One senior editor, who asked not to be named because the review is not finished, told me the draft tables should never have left the committee room.

My own view is that the paper should publish the source table online with every story of this kind.

CORRECTION: A story on Oct. 2 misstated the rise in the county's ferry subsidy. The rise is four per cent. The Herald regrets the error.
"""


def test_the_he_after_the_writer_spoke_to_someone_is_that_person():
    stmts = statements_of(COLUMN, "column.txt")
    assert speaker_of(stmts, "he had copied the figure from a draft table") == "Ansgar Vossberg"
    assert speaker_of(stmts, "I should have asked for the final table") == "Ansgar Vossberg"


def test_a_source_who_asked_not_to_be_named_stays_unnamed():
    stmts = statements_of(COLUMN, "column.txt")
    found = [s for s in stmts if "should never have left the committee room" in s.content]
    assert found and all(s.generic_speaker and "Thibodeaux" not in s.speaker for s in found), \
        [(s.speaker, s.content[:50]) for s in found]


def test_the_writers_own_view_is_the_bylines_writers():
    stmts = statements_of(COLUMN, "column.txt")
    assert speaker_of(stmts, "the paper should publish the source table online") == "Saoirse Corriveau"


def test_the_papers_regret_is_the_papers_statement():
    stmts = statements_of(COLUMN, "column.txt")
    found = [s for s in stmts if s.act == "regretted"]
    assert len(found) == 1 and "Herald" in found[0].speaker and found[0].content == "the error", \
        [(s.speaker, s.act, s.content) for s in found]


def test_a_day_without_its_year_takes_the_year_of_the_full_date_before_it():
    stmts = statements_of(COLUMN, "column.txt")
    emailed = [s for s in stmts if "The rise is four per cent, not forty" in s.content]
    assert emailed and emailed[0].when_start == date(2023, 10, 5), [(s.content[:30], s.when_start) for s in emailed]
    # what the email asked for, after its words in the same paragraph: that day too
    asked = [s for s in stmts if "an apology in print" in s.content]
    assert asked and asked[0].speaker == "Hamish Tamsett" and asked[0].when_start == date(2023, 10, 5), \
        [(s.speaker, s.act, s.when_start) for s in asked]
    # what the writer was told in person names no day: it stays undated
    told = [s for s in stmts if "he had copied the figure" in s.content]
    assert told and told[0].when_start is None


def test_asking_for_something_is_said_only_by_a_finite_verb():
    story = """Clinic waiting list

Published 15 October 2024

Orla Penrice said she learned of the cancellation only when she rang the clinic in August to ask for a date.
"""
    stmts = statements_of(story)
    assert not [s for s in stmts if s.act == "asked for"], [(s.speaker, s.act, s.content) for s in stmts]
