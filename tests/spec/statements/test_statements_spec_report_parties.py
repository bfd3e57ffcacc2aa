"""Formal reports: a change of counsel opened by a participle ("Opposing the petition, Senior
Advocate X, for Y, denied ...") gives X the words and the "He submitted" after them; a party named
by its part ("The operator stated") is the body the report gave that part ("operated by X", "The
manufacturer ..., X AS,"), its name kept whole; and a numbered-paragraph report dates a witness's
words only by its own paragraph, never by the paragraph before or the publication day. Every
article here is invented."""

from datetime import date

from tests.spec.invented import speaker_of, statements_of, the_one

_HEARING = (
    "Dam Case Heard\n\nRukmini Pazhayidam | 9 Oct 2025 8:15 AM\n\n"
    "The Madras High Court on Wednesday (October 8) reserved orders on a petition against the dam.\n\n"
    "Senior Advocate Thankachan Vadakkedath, appearing for the Society, submitted that the dam logs "
    "showed twice the permitted draw. \"This is our case,\" he argued.\n\n"
    "Opposing the petition, Senior Advocate Muraleedharan Kozhikkodan, for Periyar Hydel Works, denied "
    "that the permitted draw had been exceeded. He submitted that the logs were wrong.\n"
)

_DEFENCE = (
    "Licence review adjourned\n\nStaff reporter | 3 Feb 2026\n\n"
    "The tribunal on Monday adjourned the review of the taxi licence of Hollins Cabs.\n\n"
    "Counsel for the council, Annelise Brockhurst, argued that the firm had ignored three warnings.\n\n"
    "Responding for the firm, barrister Cormac Delahunty-Reeve, of Fallowfield Chambers, said that the "
    "warnings had never been served. He added that the firm would appeal any suspension.\n"
)

_INTERIM = (
    "RAIL ACCIDENT INQUIRY\n\nINTERIM REPORT\n\nPublished: 20 March 2025\n\n"
    "1. SUMMARY\n\n"
    "1.1 On 3 February 2025 the tram T-14, operated by Quorlake Urban Transit Ltd, derailed at the "
    "Quayside junction at low speed.\n\n"
    "2. EVIDENCE\n\n"
    "2.1 In interview with the Inquiry on 6 February, the driver, Osgood Penhallow-Tate, stated that the "
    "points \"moved under the tram.\"\n\n"
    "2.2 The chief officer, Harriet Ravensworth, stated in interview that the rear bogie had lifted.\n\n"
    "2.3 The manufacturer of the points, Pelmont Rail Systems GmbH, stated in writing on 2 March 2025 "
    "that the points had \"no known defect.\" The operator stated on 4 March 2025 that it had closed the "
    "junction.\n"
)


def test_an_opening_participle_s_counsel_says_the_words_and_the_he_after():
    stmts = statements_of(_HEARING)
    assert speaker_of(stmts, "permitted draw had been exceeded") == "Muraleedharan Kozhikkodan"
    assert speaker_of(stmts, "the logs were wrong") == "Muraleedharan Kozhikkodan"


def test_a_responding_barrister_named_after_a_participle():
    stmts = statements_of(_DEFENCE)
    assert speaker_of(stmts, "never been served") == "Cormac Delahunty-Reeve"
    assert speaker_of(stmts, "appeal any suspension") == "Cormac Delahunty-Reeve"


def test_role_nouns_are_the_bodies_given_that_part():
    stmts = statements_of(_INTERIM)
    assert speaker_of(stmts, "closed the junction") == "Quorlake Urban Transit Ltd"
    assert speaker_of(stmts, "no known defect") == "Pelmont Rail Systems GmbH"


def test_a_numbered_paragraph_dates_only_its_own_words():
    stmts = statements_of(_INTERIM)
    assert the_one(stmts, "moved under the tram").when_start == date(2025, 2, 6)
    assert the_one(stmts, "rear bogie had lifted").when_start is None
    assert the_one(stmts, "no known defect").when_start == date(2025, 3, 2)
    assert the_one(stmts, "closed the junction").when_start == date(2025, 3, 4)


_EXCHANGE = (
    "Mangrove Case\n\nStaff Reporter | 14 Jan 2026 7:05 PM\n\n"
    "The Bombay High Court on Tuesday (January 13) sought a report on the felling of mangroves at Uran.\n\n"
    "Justice Hemalatha Vaidyanathan questioned the corporation's counsel, Advocate Rustom Pavri-Daruwalla, "
    "on why no survey had been made. Counsel replied that the corporation \"relies on the 2019 map,\" to "
    "which the Judge remarked, \"Then the map is older than the damage.\"\n"
)

_BENCH_EXCHANGE = (
    "Appeal adjourned\n\nCourt Correspondent | 8 May 2025\n\n"
    "The Court of Appeal on Wednesday adjourned the appeal of Tarnside Holdings.\n\n"
    "Lord Justice Crispin Ellerby-Hart asked counsel, Mr Leopold Fairweather-Quist, whether the notice "
    "had been served. Counsel responded that it \"was posted twice,\" to which the Judge replied, \"Posting "
    "is not serving.\"\n"
)


def test_a_reply_and_the_judge_s_retort_in_one_sentence():
    stmts = statements_of(_EXCHANGE)
    assert speaker_of(stmts, "relies on the 2019 map") == "Rustom Pavri-Daruwalla"
    assert speaker_of(stmts, "older than the damage") == "Hemalatha Vaidyanathan"


def test_a_retort_after_counsel_s_response_in_an_appeal_report():
    stmts = statements_of(_BENCH_EXCHANGE)
    assert speaker_of(stmts, "was posted twice") == "Leopold Fairweather-Quist"
    assert speaker_of(stmts, "Posting is not serving") == "Crispin Ellerby-Hart"
