"""Two people sharing a second (father's) name in a given-name-first naming culture, each called by
the given name after the first mention, often with a courtesy title ("Ato", "W/ro"): a "who is the
<title>" question takes the person who holds that title, not the other of that name."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WEEKLY = """THE HIGHLAND LEDGER
Saturday, January 10, 2026

Tea growers say buyers are paying late

By a staff writer

Speaking at the cooperative's factory on Tuesday, the cooperative's chairman, Ato Mulugeta Haileselassie, said members had delivered only half the leaf they had planned to deliver.

"The grower cannot wait three months for his money," Ato Mulugeta said. He said the cooperative would complain to the National Tea Authority.

The National Tea Authority said the delays were not its doing. Its licensing director, W/ro Meron Haileselassie, told reporters in the capital that every contract had been approved within a week.

"We do not hold anyone's money," W/ro Meron said. W/ro Meron is not related to the cooperative's chairman.
"""

HARBOUR = """Harbour board and inspectors at odds over quota checks

REYKJAVIK - The harbour board has asked the ministry for more time to install new weighing scales.

Sigrún Einarsdóttir, the board's operations chief, said the scales would be in place by the summer. "We ordered them in the autumn," Sigrún said.

The fisheries directorate's deputy inspector, Ásta Einarsdóttir, said checks would go on in the meantime. Ásta, who is not related to Sigrún, said her inspectors had found no fraud this winter.
"""

weekly = app_fixture("weekly.txt", WEEKLY)
harbour = app_fixture("harbour.txt", HARBOUR)


def test_the_title_holder_not_the_other_of_the_fathers_name(weekly):
    answers(weekly, "Who is the licensing director of the National Tea Authority?", "Meron", lacking="Mulugeta")


def test_the_chairman_not_the_other_of_the_fathers_name(weekly):
    answers(weekly, "Who chairs the tea cooperative?", "Mulugeta")


def test_the_title_holder_among_two_of_one_patronymic(harbour):
    answers(harbour, "Who is the deputy inspector of the fisheries directorate?", "Ásta", lacking="Sigrún")


def test_a_slashed_title_is_no_part_of_the_speakers_name():
    from tests.spec.invented import speaker_of, statements_of

    assert speaker_of(statements_of(WEEKLY), "We do not hold anyone's money") == "Meron Haileselassie"
    assert speaker_of(statements_of(WEEKLY), "The grower cannot wait") == "Mulugeta Haileselassie"
