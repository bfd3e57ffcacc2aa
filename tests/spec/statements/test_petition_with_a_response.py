"""A parliament's petition page pasted as text: the petition's first-person text (its action sentence
and a "More details" paragraph) whose author is named only in a "Created by NAME" line below it; a
signature count on its own line; then "Government responded", "This response was given on DATE", a
summary paragraph and paragraphs in the government's voice ("The Government recognises", "we
understand"), signed by a department's name line below. The petition is its creator's; the response
is the department's (else the Government's), on the day the response was given; a body the response
reports stays that body's. Every article is invented."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

PAGE = """Petition
Require councils to publish bathing water test results within 14 days

We want the Government to make councils publish the results of every inland bathing water test within 14 days of the sample being taken.

More details

Families swim in our lakes and rivers every summer, but test results often appear online weeks after the sample. By then the water may have been unsafe for a month. I started this petition after my niece fell ill following a swim.

This petition is open for signatures

12,406 signatures

Show on a map

Created by Wilhelmina Quorstad-Vey

Government responded

This response was given on 19 August 2025

The Government has no plans to set a statutory deadline for publishing test results, but will issue new guidance to councils this autumn.

The Government recognises how much people value swimming in open water, and we understand the frustration when results arrive late.

Councils already publish most results within three weeks. The Waterside Laboratories Association confirmed at a meeting on 2 July 2025 that its members can return results within five days of a sample arriving.

We do not consider that a fixed legal deadline would make the water safer, because delays are mostly caused by transport of samples rather than by councils.

Department for Lakes and Waterways

Other parliamentary business

Lakes Minister Caspar Ebbesmeyer-Lind told the House on 4 September 2025 that the guidance would be published in October.
"""


def test_the_petition_is_its_creators():
    stmts = statements_of(PAGE)
    assert speaker_of(stmts, "Require councils to publish bathing water test results") == "Wilhelmina Quorstad-Vey"
    assert speaker_of(stmts, "We want the Government to make councils publish") == "Wilhelmina Quorstad-Vey"
    assert speaker_of(stmts, "test results often appear online weeks after") == "Wilhelmina Quorstad-Vey"
    assert speaker_of(stmts, "I started this petition") == "Wilhelmina Quorstad-Vey"


def test_the_response_is_the_departments_on_its_day():
    stmts = statements_of(PAGE)
    for fragment in ("has no plans to set a statutory deadline", "The Government recognises how much people value",
                     "We do not consider that a fixed legal deadline"):
        assert speaker_of(stmts, fragment) == "Department for Lakes and Waterways", fragment
        assert day_of(stmts, fragment) == date(2025, 8, 19), fragment


def test_a_body_the_response_reports_and_the_house_box_stay_theirs():
    stmts = statements_of(PAGE)
    assert "Waterside Laboratories Association" in speaker_of(stmts, "return results within five days")
    assert day_of(stmts, "return results within five days") == date(2025, 7, 2)
    assert speaker_of(stmts, "the guidance would be published in October") == "Caspar Ebbesmeyer-Lind"


UNSIGNED = """Fund free swimming lessons for every primary school child

Every child should leave primary school able to swim 25 metres. Many schools have dropped lessons because of pool hire costs.

More details

Pool hire for one class costs more than a school's whole sports budget in some areas.

Created by Bo Havlicek

This petition is closed

All petitions run for 6 months

10,482 signatures

Government responded

This response was given on 3 March 2025

Swimming is already part of the national curriculum and schools receive sports funding they can use for lessons.

The Government believes swimming is a vital life skill. We will keep the level of sports funding under review.
"""


def test_an_unsigned_response_is_the_governments():
    stmts = statements_of(UNSIGNED)
    assert speaker_of(stmts, "Every child should leave primary school able to swim") == "Bo Havlicek"
    assert speaker_of(stmts, "Pool hire for one class costs more") == "Bo Havlicek"
    assert speaker_of(stmts, "We will keep the level of sports funding under review") == "the Government"
    assert day_of(stmts, "We will keep the level of sports funding under review") == date(2025, 3, 3)
    assert speaker_of(stmts, "Swimming is already part of the national curriculum") == "the Government"
    assert not [s for s in stmts if "signatures" in s.content or "petitions run for" in s.content]
