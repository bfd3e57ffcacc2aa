"""Who a role back-reference or a group word means: "The chair said" near an article's end is the
one person it introduced as "Board chair X" at the top; a local title written before ", Name" in a
run of introductions ("the city's MMC for roads, X") is that person's job; "COMPANY president and
CEO X said" is X; an undertaking "X agreed to ..., according to Y" is Y's account; "Several told
the paper that ..." is the plural subject of the sentence before. Every article is invented."""

from tests.spec.invented import speaker_of, statements_of

COUNCIL = """---
title: Wind farm lease approved after long hearing
date: 2025-05-14
---
MARROWFIELD — The Ostrand District council voted 6-2 on Tuesday to lease 400 hectares of common land to a wind developer, Tallgrove Energy.

Council chair Ingrid Solvang said the district needed the rent.

"We have waited ten years for an offer like this," Solvang said.

Councillor Petter Solvang, no relation to the chair, voted against. He said the turbines would be too close to the school.

Tallgrove said the first turbines would turn in 2027. The company did not say how many people it would hire.

A planning study filed last year estimated the noise at 38 decibels at the nearest house.

Farmer Gudrun Vik, whose land borders the site, said she learned of the vote from a neighbour.

"Nobody knocked on my door," Vik said. "I just want to know how loud it will be."

Her brother, Anders Vik, sold the developer the access road. He said the money had saved the farm.

The regional grid operator must still approve the connection. No application has been made.

Petter Solvang said he would ask for a public meeting at the school. The chair said Tuesday she would "see no harm" in that.
"""

BRANCH = """---
title: Union branch backs strike ballot
date: 2024-02-08
---
Members of the Curlew Bay hospital branch voted on Wednesday night to hold a strike ballot over rota changes.

Branch secretary Demelza Treloar opened the meeting by reading the trust's letter aloud.

"They want us on twelve-hour nights with a week's notice," Treloar said.

Porter Jago Trevanion said his shifts had changed four times in a month. "I found out from the rota app," he said.

The trust's director of workforce, Alun Rees-Morgan, said in a statement that the changes were needed to cover winter wards.

He said the trust had offered two meetings in January.

Staff nurse Kerensa Polglase said none of the nurses on her ward had been asked.

A motion to delay the ballot until March was defeated.

Healthcare assistant Loveday Rowse said she would vote for a strike.

"I have never done this before," she said. "But I have never been treated like this before."

The secretary said the ballot would open on Monday.
"""

RADIO = """---
title: Bus fares to rise from April
date: 2026-03-02
---
Breakfast host Ntombizodwa Mabuzane speaks to the operators' spokesperson, Sipho Radebe, and to Tshwanelo's MMC for roads, Refilwe Sekwati.

Radebe says the increase is driven by fuel prices.

The MMC says the metro will not raise its own fares before July.
"""

MILL = """---
title: Oat mill on hold until spring
date: 2025-11-20
---
ROSSBURN, Man. — Work on a $300-million oat mill near Rossburn has stopped until spring.

Prairie Husk president and CEO Solange Arcand said the company still wanted to build the mill but would wait for prices to settle.

"We have the land and the permits," Arcand said.

The company agreed last month to resurface the grid road, according to municipal public works manager Colm Beaudrault.

Growers dispute the company's timetable. Several told the Harvest Ledger that the mill had promised contracts for this fall.
"""

QUARRY = """---
title: Quarry expansion wins tax deal
date: 2025-10-08
---
TORVALE COUNTY — The county board voted 4-1 on Tuesday to give Brindlemoor Aggregates a ten-year property tax break.

Brindlemoor agreed Tuesday night to pay for a new road surface, according to county planning director Yvette Saldana.

Neighbours dispute the company's figures. Several told the Torvale Sentinel that the trucks already ran past midnight.

Brindlemoor said it would hire forty people, according to the board's minutes.
"""

TWO_CHAIRS = """---
title: Festival committee splits over date
date: 2023-06-01
---
The festival committee met on Monday to choose a date for next year's show.

Committee chair Odile Ferrand said the show should stay in August.

Vice chair Bastien Moreau said a July date would avoid the harvest.

The treasurer, Lucie Gagnon, said either date would cost the same.

Members voted to ask the town hall for both weekends.

A stallholder, Pierre Lamy, said he would come either way.

The mayor's office said it would reply within a month.

Two traders said they preferred July.

Lamy said the car park was the real problem.

Gagnon said the accounts would be published in the autumn.

Traders from the coast said they would wait for the vote.

A final vote will be held in September.

The chair said the committee would abide by the vote.
"""


def test_the_chair_at_the_end_is_the_chair_named_at_the_top():
    assert speaker_of(statements_of(COUNCIL), "see no harm") == "Ingrid Solvang"


def test_the_secretary_many_paragraphs_on_is_the_branch_secretary():
    assert speaker_of(statements_of(BRANCH), "the ballot would open on Monday") == "Demelza Treloar"


def test_a_chair_with_a_vice_chair_named_too_is_left_as_written():
    assert speaker_of(statements_of(TWO_CHAIRS), "abide by the vote") == "The chair"


def test_a_local_title_before_a_name_in_a_run_of_introductions():
    assert speaker_of(statements_of(RADIO), "raise its own fares before July") == "Refilwe Sekwati"


def test_company_president_and_ceo_name_is_the_named_person_alone():
    stmts = statements_of(MILL)
    said = [s.speaker for s in stmts if "wanted to build the mill" in s.content]
    assert said == ["Solange Arcand"]


def test_an_undertaking_reported_according_to_someone_is_theirs():
    assert speaker_of(statements_of(QUARRY), "to pay for a new road surface") == "Yvette Saldana"
    assert speaker_of(statements_of(MILL), "to resurface the grid road") == "Colm Beaudrault"


def test_words_said_according_to_a_record_stay_the_speakers():
    assert speaker_of(statements_of(QUARRY), "would hire forty people") == "Brindlemoor Aggregates"


def test_several_after_a_plural_subject_speaks_for_that_group():
    assert speaker_of(statements_of(QUARRY), "ran past midnight") == "Neighbours"
    assert speaker_of(statements_of(MILL), "promised contracts for this fall") == "Growers"
