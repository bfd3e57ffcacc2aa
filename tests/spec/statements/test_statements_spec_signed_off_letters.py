"""Letters signed off at the foot: an official-information reply, an ombudsman's reply, a council's letter.

Every document here is invented. Such a letter has a letterhead, a date line of its own, numbered
parts, e-mail extracts ("On DATE, X emailed Y ... He wrote: "..."" / "Y replied on the same day.
She wrote that ...") and a sign-off ("Yours sincerely", "Ngā mihi") over the signer's name, role and
body. A report's findings ("the report found ...", "The report concluded: ...") are its author's,
when the paragraph names her ("her report"), else the report's. The letter's own voice (the first person, or the "you" it writes to, and a sentence that goes
on from one: "That was an error") is the signer's, dated by the letter's date; an e-mail's words are
its writer's, dated by the e-mail; a name the NER model calls a body, set beside a job, is a person.
A news article with first-person quotes and no sign-off keeps its reading.
"""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

OMBUDSMAN = """Office of the Tenancy Complaints Ombudsman
Level 4, 90 Harbour Street, Wellington 6011

12 February 2026

Our ref: C-2025-1187

Ms Delia Fenwright
By email

Tēnā koe Ms Fenwright

Your complaint about Pukeatua Housing Trust

1. The inspection

The flat was inspected on 21 October 2025 by the trust's senior building surveyor, Ilse Varnum. A copy of her report is enclosed. In summary, the report found damp in both bedrooms. The report concluded: "The roof must be replaced before winter."

Please note a correction. In our letter of 9 January we gave the inspection date as 21 September 2025. That was an error; the inspection took place on 21 October 2025.

2. The trust's correspondence

We have identified four emails about your flat.

On 4 November 2025, the tenancy manager, Tobias Quenell, emailed the group manager services, Huhana Toroa, about the report. He wrote: "The damp will be back by winter unless the roof is fixed."

Huhana Toroa replied on the same day. She wrote that the repair should be paid from this year's maintenance budget and asked for a quote. She also wrote: "I cannot take a large figure to the board before March."

Your request for the trust's insurance file is declined, because we do not hold it.

We intend to close this complaint on 1 March 2026.

Ngā mihi

Marama Rangiwai
Deputy Ombudsman
Office of the Tenancy Complaints Ombudsman
"""

COUNCIL = """Halemano County Department of Public Works
4410 Makai Road, Halemano, HI 96712

March 3, 2026

Mr. Corwin Ashdale
By email

Dear Mr. Ashdale:

Re: Public records request, Kealoha Street culvert

Thank you for your request of February 2, 2026.

The county's culvert survey of 2025 is enclosed. The survey found cracks in the culvert's headwall.

On December 5, 2025, the roads manager, Benedikt Sauer, emailed the deputy manager operations, Iolana Kealoha, about the culvert. He wrote: "The culvert will not survive another rainy season."

Iolana Kealoha replied on the same day. She wrote that the work should wait for the new budget. She also wrote: "We can patch it for now and replace it in July."

The part of your request asking for the contractor's bid is withheld under the county's records law, because its release would harm the bidding process. Mr. Sauer has advised that the culvert was last inspected in 2019.

We will send the remaining records to you by March 20, 2026.

Sincerely,

Gideon Marchbank
Director of Public Works
Halemano County
"""

NEWS = """Culvert repair delayed again

Published 4 March 2026

A culvert on Kealoha Street will not be replaced until July, the county's roads manager said on Tuesday.

"We have patched it twice this winter," said Benedikt Sauer. "We cannot keep doing that."

Residents say the road floods after every storm. "Our cars are ruined," said Rosalind Tuckett, who has lived on the street for 30 years.
"""


def test_an_email_writer_named_as_a_body_is_the_she_after_her_reply():
    stmts = statements_of(OMBUDSMAN)
    assert speaker_of(stmts, "paid from this year's maintenance budget") == "Huhana Toroa"
    assert speaker_of(stmts, "I cannot take a large figure to the board") == "Huhana Toroa"
    assert day_of(stmts, "I cannot take a large figure to the board") == date(2025, 11, 4)
    stmts = statements_of(COUNCIL)
    assert speaker_of(stmts, "the work should wait for the new budget") == "Iolana Kealoha"
    assert day_of(stmts, "We can patch it for now") == date(2025, 12, 5)


def test_a_reports_findings_are_its_authors_when_the_paragraph_names_her():
    stmts = statements_of(OMBUDSMAN)
    assert speaker_of(stmts, "damp in both bedrooms") == "Ilse Varnum"
    assert speaker_of(stmts, "The roof must be replaced before winter") == "Ilse Varnum"
    assert day_of(stmts, "damp in both bedrooms") == date(2025, 10, 21)
    assert speaker_of(statements_of(COUNCIL), "cracks in the culvert's headwall") == "The survey"  # no author named


def test_the_letters_own_voice_is_its_signers_on_the_letters_day():
    stmts = statements_of(OMBUDSMAN)
    for fragment in ("we gave the inspection date as 21 September", "That was an error",
                     "We have identified four emails", "insurance file is declined", "We intend to close this complaint"):
        assert speaker_of(stmts, fragment) == "Marama Rangiwai", fragment
        assert day_of(stmts, fragment) == date(2026, 2, 12), fragment
    assert speaker_of(stmts, "The damp will be back by winter") == "Tobias Quenell"


def test_a_us_letter_signed_sincerely_reads_the_same():
    stmts = statements_of(COUNCIL)
    for fragment in ("contractor's bid is withheld", "We will send the remaining records"):
        assert speaker_of(stmts, fragment) == "Gideon Marchbank", fragment
        assert day_of(stmts, fragment) == date(2026, 3, 3), fragment
    assert speaker_of(stmts, "The culvert will not survive") == "Benedikt Sauer"
    # "X has advised that ...": told to the letter's writer, news of the letter's day
    assert speaker_of(stmts, "last inspected in 2019") == "Benedikt Sauer"
    assert day_of(stmts, "last inspected in 2019") == date(2026, 3, 3)


def test_a_news_article_without_a_sign_off_is_left_as_it_was():
    stmts = statements_of(NEWS)
    assert speaker_of(stmts, "We have patched it twice") == "Benedikt Sauer"
    assert speaker_of(stmts, "Our cars are ruined") == "Rosalind Tuckett"
    assert {s.speaker for s in stmts} <= {"Benedikt Sauer", "Rosalind Tuckett", "Residents", "residents"}


AUDIT_NEWS = """Clinic lists trimmed

Published 4 April 2025

KELLSBRIDGE — Hundreds of patients were removed from a clinic's waiting list without being told, according to a report by the regional health ombudsman.

The report, released last Thursday, found that the clinic reported an average wait of 12 weeks while patients waited 30.
"""


def test_a_news_reports_finding_is_the_office_that_wrote_it():
    assert speaker_of(statements_of(AUDIT_NEWS), "an average wait of 12 weeks") == "the regional health ombudsman"


def test_a_reports_finding_takes_the_day_set_beside_its_subject():
    assert day_of(statements_of(AUDIT_NEWS), "an average wait of 12 weeks") < date(2025, 4, 4)  # "released last Thursday"
