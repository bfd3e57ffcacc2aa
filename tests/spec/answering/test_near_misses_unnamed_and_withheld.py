"""Near misses the articles stop short of: a choice an official declines to say ("picked one of two
sites but declined to say which one"), a count the article withholds while counting something else
("It did not say how many had been refunded"), a total prize pool of which only one winner's
prize is told, and a person it describes but never names, only the
one who saw or tells of them ("Mr X said he had seen a man with a spade"; "The teacher, who retires
in June, has not been replaced, the principal, Mrs Y, said"). Each is declined, citing the sentence;
a close question the same article answers is still answered. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

QUARRY = """Quarry blast rattles Hollin Brook homes

Tuesday 3 March 2026

Residents of Hollin Brook say their windows shook for ten seconds when the Marrow Hill quarry set off a blast on Monday afternoon.

The quarry's operations manager, Desmond Varley, said the company had picked one of two new sites for its next blasting face but declined to say which one until the council had been told.

The permanent secretary, Mr Jonah Preedy, said the ministry had already chosen the centre for the resit but declined to say which, citing security.

The quarry employs 62 people, according to the company. Mr Varley said the next blast would take place on 17 March.
"""

FRAUD = """SIM-swap fraud hits 212 bank customers

WEDNESDAY, JUNE 3, 2026

At least 212 customers of two banks have lost money to SIM-swap fraud since January, the police said yesterday.

Police spokesman Inspector Lwazi Khoza said 38 suspects had been questioned.

One victim, a teacher, Ms Thandeka Dube, said she lost E18,000 in a single night.

The bankers' association said its members would refund customers who could show they had not shared their details. It did not say how many had been refunded so far.

Of the 212 victims, 140 were customers of one bank.
"""

RESERVE = """Rare orchids dug up from Fenwick Down reserve

Thursday 14 May 2026

More than 30 rare bee orchids have been dug up and stolen from the Fenwick Down nature reserve, the Downs Wildlife Trust said.

The trust's warden, Mr Alan Thwaite, said he had seen a man with a spade near the car park late on Tuesday but had thought he was a volunteer.

A neighbour, Mrs Joan Pelly, said a woman in a red van had asked her the way to the reserve on Monday.

The language teacher at Tamaroa school, who retires in June, has not been replaced, the principal, Mrs Mere Tangi, said.

The head of the island's language unit is Ms Tepaeru Marsters, who said the shortage was the worst she had seen.

At a meeting last week, county commissioner Ada Vell told residents the county would fence the reserve.

"We are watching the orchids vanish," said Dr. Ines Harrow, a botanist and the survey's lead author.
"""

ROUNDUP = """The week in quotes

Friday 27 November 2026

"It was the best turnout we have had in ten years." The festival's organiser, Ms Hana Roebuck, speaking after the pumpkin show on Saturday. The heaviest pumpkin, at 412 kg, won its grower a first prize of $1,500.

"We will not be putting the rates up again." Mayor Colin Drax at Wednesday night's council meeting. The council's budget for next year is $48 million.
"""

SHOW = """Marrow show draws record entries

Monday 7 September 2026

The Kelby marrow show handed out $6,000 in prize money on Sunday, with a first prize of $1,500 for the heaviest marrow, the show's secretary, Mr Ivo Brandt, said.
"""

quarry = app_fixture("quarry.txt", QUARRY)
roundup = app_fixture("roundup.txt", ROUNDUP)
show = app_fixture("show.txt", SHOW)
fraud = app_fixture("fraud.txt", FRAUD)
reserve = app_fixture("reserve.txt", RESERVE)

test_declines = table(declines, [
    ask("quarry", "Which site did the quarry choose for its next blasting face?", "declined to say which one",
        id="a_choice_withheld_as_which_one_is_not_said"),
    ask("quarry", "Which of the two centres did the ministry choose for the resit?", "declined to say which",
        id="a_choice_withheld_as_a_bare_which_is_not_said"),
    ask("fraud", "How many victims have been refunded?", "did not say how many had been refunded",
        id="a_count_of_the_victims_is_no_count_of_the_refunded"),
    ask("reserve", "Who was the man with the spade seen near the car park?", "a man with a spade",
        id="a_man_only_seen_is_not_named_by_who_saw_him"),
    ask("reserve", "Who was the woman in the red van?", "a woman in a red van",
        id="a_woman_only_described_is_not_named_by_who_tells_of_her"),
    ask("reserve", "Who is the language teacher at Tamaroa school who retires in June?", "retires in June",
        id="a_described_teacher_is_not_the_principal_who_speaks"),
    ask("reserve", "What is the name of the language teacher retiring in June?", "retires in June",
        id="the_name_of_a_described_teacher_is_not_the_principals"),
    ask("roundup", "What was the total prize pool at the pumpkin show?", "first prize of $1,500",
        id="one_winners_prize_is_no_prize_pool"),
])

test_answers = table(answers, [
    ask("quarry", "How many people does the quarry employ?", "62", id="the_quarrys_count_is_answered"),
    ask("quarry", "When is the next blast?", "17 March", id="the_next_blast_is_answered"),
    ask("fraud", "How many customers have lost money to the fraud?", "212", id="the_count_given_is_answered"),
    ask("fraud", "How many suspects have been questioned?", "38", id="another_count_given_is_answered"),
    ask("fraud", "How much did Ms Dube lose?", "E18,000", id="a_sum_in_lilangeni_is_answered"),
    ask("reserve", "Who is the warden of the trust?", "Alan Thwaite", id="the_warden_apposed_is_named"),
    ask("reserve", "Who is the principal of Tamaroa school?", "Mere Tangi", id="the_principal_apposed_is_named"),
    ask("reserve", "Who is the head of the island's language unit?", "Tepaeru Marsters", id="a_head_named_across_is_is_named"),
    ask("reserve", "Who saw a man with a spade near the car park?", "Alan Thwaite", id="who_saw_him_is_named"),
    ask("reserve", "Who is the county commissioner?", "Ada Vell", id="a_title_before_the_name_names"),
    ask("reserve", "Who was the lead author of the orchid survey?", "Ines Harrow", id="a_second_apposed_role_names"),
    ask("roundup", "How much did the heaviest pumpkin win its grower?", "$1,500", id="the_prize_asked_is_answered"),
    ask("show", "How much prize money did the marrow show hand out in total?", "$6,000", id="prize_money_told_whole_is_answered"),
])
