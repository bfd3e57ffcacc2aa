"""A body's own FAQ, "About us" or service page speaks in its first person plural: its answers ("We
expect about 400 households to sign up", "The service cost us £2m") are the body's statements, the
body named by the page's title, masthead or copyright line, dated by the page's "Last updated"
line; its questions are no one's statements. A news story quoting someone's "we" is no such page."""

from datetime import date

from tests.spec.invented import cleaned, day_of, speaker_of, statements_of

FAQ = """Kessingham Borough Council

Garden Waste Collection: Frequently Asked Questions

Last updated: 12 February 2026

What is the garden waste service?

We collect garden waste every fortnight from households that subscribe.

How many households will join?

We expect about 400 households to sign up in the first year.

How much did the service cost?

The service cost us £2m to set up, including two new vehicles.

© Kessingham Borough Council 2026
"""

ABOUT = """About us | Wrenfield Community Trust

Founded in 2009, we run the riverside allotments and a weekly repair cafe for the town.

Our volunteers gave more than 6,000 hours last year, and we plan to open a second cafe in the spring.

We are funded by our members and by grants, and we publish our accounts every autumn.
"""

NEWS = """Allotment waiting list grows

By Ferdie Canton

The waiting list for allotments in Wrenfield has doubled, the town's allotment society said.

"We have more than 200 names and nowhere to put them," said the society's secretary, Maud Pellworth.

"We expect the list to grow again this spring," she added.
"""


def test_a_faqs_answers_are_the_bodys_dated_by_the_page():
    stmts = statements_of(FAQ)
    assert speaker_of(stmts, "400 households") == "Kessingham Borough Council"
    assert speaker_of(stmts, "cost us £2m") == "Kessingham Borough Council"
    assert day_of(stmts, "400 households") == date(2026, 2, 12)


def test_a_faqs_questions_are_no_ones():
    stmts = statements_of(FAQ)
    assert not [s for s in stmts if s.content.endswith("?")]


def test_a_copyright_line_names_the_body_without_its_year():
    assert cleaned(FAQ).outlet == "Kessingham Borough Council"


def test_an_about_us_page_is_the_body_its_title_names():
    stmts = statements_of(ABOUT)
    assert speaker_of(stmts, "repair cafe") == "Wrenfield Community Trust"
    assert speaker_of(stmts, "second cafe") == "Wrenfield Community Trust"


def test_a_news_story_quoting_we_is_no_own_page():
    stmts = statements_of(NEWS)
    assert speaker_of(stmts, "200 names") == "Maud Pellworth"
    assert not [s for s in stmts if "Trust" in s.speaker or "Society" in s.speaker and "200" in s.content]


QA = """Frequently asked questions | Rosister Water Trust

Q: Why is the reservoir path closed?
A: We closed the path in January after a landslip near the dam wall.

Q: When will it reopen?
A: We expect to reopen the path by the end of May, once our engineers have finished the repairs.

Q: Who pays for the repairs?
A: The repairs will cost us about £180,000, which comes from our reserves.

Page last reviewed: 3 March 2026
"""


def test_an_faqs_a_label_answers_for_the_body_its_title_names():
    stmts = statements_of(QA)
    assert speaker_of(stmts, "reopen the path") == "Rosister Water Trust"
    assert speaker_of(stmts, "£180,000") == "Rosister Water Trust"
    assert not [s for s in stmts if s.speaker == "A"]


def test_a_last_reviewed_line_dates_the_page_and_is_no_answer():
    stmts = statements_of(QA)
    assert cleaned(QA).published == date(2026, 3, 3)
    assert day_of(stmts, "reopen the path") == date(2026, 3, 3)
    assert not [s for s in stmts if "reviewed" in s.content]


def test_a_signed_newsletter_under_a_menu_naming_about_us_stays_its_writers():
    post = """Home | About us | Contact

Notes from the Orchard Co-operative

By Tilde Quenavine

We picked the first damsons on Saturday, and I think the crop is the best in years.

We will open the press to members in October, and I will send the dates next week.
"""
    stmts = statements_of(post)
    assert speaker_of(stmts, "first damsons") == "Tilde Quenavine"


def test_an_unlabelled_service_page_is_the_body_its_copyright_line_names():
    page = """Bulky waste collections

Last updated: 20 January 2026

We collect up to five bulky items from your home for a single fee.

We expect to add Saturday collections in the spring, and we will publish the dates online.

The new booking system cost us £40,000 and went live in December.

© Hollinsby District Council 2026
"""
    stmts = statements_of(page)
    assert speaker_of(stmts, "Saturday collections") == "Hollinsby District Council"
    assert day_of(stmts, "Saturday collections") == date(2026, 1, 20)


SECTIONED_FAQ = """Tarrowby Borough Council

Home > Parking > Resident permits > Resident permit changes: frequently asked questions

Resident permit changes: frequently asked questions

Last updated: 3 March 2026

From 1 May 2026 resident parking permits will be issued digitally. This page answers the questions residents have asked us most often.

What is changing?

Paper permits stop on 30 April. Permits will be linked to your number plate instead.

Why are we making this change?

Printing and posting permits cost us £210,000 last year. Digital permits can be renewed in a minute.

We expect about 9,000 households to renew online in the first month.

Councillor Odran Veshik, Cabinet Member for Transport, said: "Nobody wants another form to fill in. This one is shorter than the old one.

"Residents without a smartphone will still be able to phone us. Nobody will be left out."

What if I have no internet access?

Households without internet access can ask for a paper reminder. You can also renew at our customer service centre.

A resident asked us at the library drop-in last week whether visitor permits would change. They will stay on paper until next year.

What happens to my old permit?

You can keep it as a souvenir. We will not fine anyone for displaying an old permit in May.

Our enforcement contractor, Brillmarch Patrols Ltd, has told us its wardens will check number plates from 1 May.

Was this page helpful? Yes / No
"""


def test_an_faqs_we_paragraphs_after_a_continued_quote_are_the_bodys():
    stmts = statements_of(SECTIONED_FAQ)
    assert speaker_of(stmts, "will not fine anyone") == "Tarrowby Borough Council"
    assert speaker_of(stmts, "stay on paper until next year") == "Tarrowby Borough Council"
    assert speaker_of(stmts, "cost us £210,000") == "Tarrowby Borough Council"


def test_an_faqs_plain_service_facts_and_words_to_the_reader_are_no_statements():
    stmts = statements_of(SECTIONED_FAQ)
    for words in ("Paper permits stop", "linked to your number plate", "This page answers", "You can keep it",
                  "You can also renew", "Was this page helpful"):
        assert not [s for s in stmts if words in s.content], (words, [(s.speaker, s.content) for s in stmts])


def test_a_contractor_the_faq_names_keeps_its_words():
    stmts = statements_of(SECTIONED_FAQ)
    assert speaker_of(stmts, "wardens will check number plates") == "Brillmarch Patrols Ltd"
