"""Signed first-person sections: a report's chair's statement, an open letter, an editor's note.

Every article here is invented. A section opens under a heading in capitals, speaks in the first
person and closes with a signature block below it (name line, role line, optional date line; or
"NAME, ROLE" on one line). Each sentence is the signer's, dated by the signature (else by the
document's date); a sentence the section gives to someone else stays theirs; the role names the signer.
"""

from datetime import date

from index.statements.extract import extract_with_aliases
from tests.spec.invented import cleaned, day_of, speaker_of, statements_of

ANNUAL_REPORT = """HOLLINFORD WATER USERS' ASSOCIATION
Annual Report 2024

Contents
Chairman's Report ............. 2
Treasurer's Report ............ 5

CHAIRMAN'S REPORT

Dear members,

It has been a hard year for the association. We lost two pumps to the October floods and I want to thank every volunteer who turned out that night.

The committee agreed to raise the annual levy to £42. I know this is not welcome.

Tobias Grennell
Chairman
14 February 2025

TREASURER'S REPORT

Our income rose to £18,300 and we end the year with reserves of £6,100. I recommend that the levy is reviewed again next year.

Marguerite Oakhanger
Treasurer
16 February 2025
"""

OPEN_LETTER = """OPEN LETTER TO THE CITY COUNCIL
Posted March 3, 2025

A MESSAGE FROM OUR DIRECTOR

We are writing because the Fenwick Street shelter will lose its lease in June. Our staff served 9,400 meals last winter, and we cannot move without the council's help.

The mayor told us in January that "the city will find a site". We are still waiting.

Delphine Arkwright-Moss, Executive Director
"""

NEWS = """Council raises parking charges

Published 5 March 2025

The council will raise parking charges in the town centre from April, its transport chief said on Tuesday.

"We have held charges for five years," said Cllr Roderick Penhaligon. "That cannot go on."

Shop owners said the rise would drive customers away.
"""


def test_a_signed_sections_sentences_are_its_signers_on_the_signature_day():
    stmts = statements_of(ANNUAL_REPORT)
    assert speaker_of(stmts, "lost two pumps") == "Tobias Grennell"
    assert speaker_of(stmts, "I know this is not welcome") == "Tobias Grennell"
    assert day_of(stmts, "lost two pumps") == date(2025, 2, 14)
    assert speaker_of(stmts, "reserves of £6,100") == "Marguerite Oakhanger"
    assert day_of(stmts, "reserves of £6,100") == date(2025, 2, 16)
    assert not any("...." in s.content for s in stmts)  # the contents list is no one's words


def test_the_role_a_signer_signs_with_names_them():
    _, aliases = extract_with_aliases(cleaned(ANNUAL_REPORT))
    assert aliases.get("chairman") == "Tobias Grennell"
    assert aliases.get("treasurer") == "Marguerite Oakhanger"


def test_a_name_and_role_on_one_line_signs_the_section_and_a_quoted_other_keeps_their_words():
    stmts = statements_of(OPEN_LETTER)
    assert speaker_of(stmts, "lose its lease in June") == "Delphine Arkwright-Moss"
    assert speaker_of(stmts, "We are still waiting") == "Delphine Arkwright-Moss"
    assert all(s.speaker != "Delphine Arkwright-Moss" for s in stmts if "will find a site" in s.content)


def test_an_ordinary_news_story_reads_as_before():
    stmts = statements_of(NEWS)
    assert speaker_of(stmts, "held charges for five years") == "Roderick Penhaligon"
    assert all(s.speaker in ("Roderick Penhaligon", "its transport chief", "Shop owners") for s in stmts), \
        [(s.speaker, s.content) for s in stmts]
