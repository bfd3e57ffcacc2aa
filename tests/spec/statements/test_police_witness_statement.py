"""A police witness statement on the standard form: protective marking, "Statement of: NAME", the
declaration, "Signature: ... Date: DD/MM/YYYY", a first-person narrative and "Statement taken by:
ROLE N NAME". The witness's first-person sentences are hers, dated at the statement's day; a
relayed "He said, '...'" is the last man the paragraph brought in before it (not a street, not a
man named in another paragraph), said on the day the narrative gives, not the day of signing."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

STATEMENT = '''
OFFICIAL - SENSITIVE (when complete)                                                    MG 11
WITNESS STATEMENT
Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s.5B
URN: 22 / LW / 0913 / 26
Statement of: Maria Delacourt-Fenn
Age if under 18: Over 18                Occupation: Florist
This statement (consisting of 2 page(s) each signed by me) is true to the best of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it anything which I know to be false, or do not believe to be true.
Signature: M DELACOURT-FENN                Date: 23/09/2026

I am the owner of Delacourt Flowers, a florist's shop at 14 Tanner Row, Ludlow. I have run the shop for eleven years.

On Saturday 12th September 2026 I opened the shop at 08:00 hours. At about 10:15 hours a man I did not know came into the shop. He was about 40 years old, tall, with a grey beard and a green waxed jacket. He said, "My daughter is getting married next month and I want something with peonies." He then asked about a silver vase which a customer, Mr Alan Rook, had left with me for engraving. The man left at about 10:40 hours. I then noticed that the cash tin was gone from under the counter.

Peter Calloway, who runs the bakery opposite, told me he had seen the man get into a blue van. I rang 999 at 10:52 hours.

My assistant, Tom Brierley, works Tuesdays to Saturdays. Tom was not in the shop on Saturday. On Monday 14th September he told me that a man with a grey beard had come in the week before asking what time we closed. Tom said he told the man we closed at five.

The shop belongs to my landlord, Mr Howard Quince. I have told Mr Quince what happened. On the telephone on Sunday 13th September he said, "I will have the back door lock changed this week."

In my opinion the cash tin and its contents together are worth about £640. I am sure the tin was under the counter when the man came in. I have not given anyone permission to take the tin or its contents. I am willing to attend court.

PC 2284 Naomi Strand came to the shop on 12th September and took photographs of the counter.

Statement taken by: PC 2284 Naomi Strand        Date: 23/09/2026        Time: 14:10        Place: Ludlow Police Station
'''


def test_the_witnesss_first_person_sentences_are_hers_on_the_statements_day():
    stmts = statements_of(STATEMENT)
    for words in ("I am the owner of Delacourt Flowers", "I rang 999 at 10:52 hours", "In my opinion the cash tin",
                  "I am sure the tin was under the counter", "I have not given anyone permission", "I am willing to attend court"):
        assert speaker_of(stmts, words) == "Maria Delacourt-Fenn"
        assert day_of(stmts, words) == date(2026, 9, 23)


def test_he_said_is_the_man_who_came_in_not_a_street():
    stmts = statements_of(STATEMENT)
    assert speaker_of(stmts, "My daughter is getting married next month") == "the man"
    assert day_of(stmts, "My daughter is getting married next month") == date(2026, 9, 12)


def test_he_said_on_the_telephone_is_the_man_this_paragraph_names():
    stmts = statements_of(STATEMENT)
    assert speaker_of(stmts, "back door lock changed") == "Howard Quince"
    assert day_of(stmts, "back door lock changed") == date(2026, 9, 13)


def test_a_neighbours_relayed_words_take_the_narratives_day_not_the_signing():
    stmts = statements_of(STATEMENT)
    assert speaker_of(stmts, "get into a blue van") == "Peter Calloway"
    assert day_of(stmts, "get into a blue van") == date(2026, 9, 12)
    assert day_of(stmts, "had come in the week before") == date(2026, 9, 14)


def test_the_statement_is_titled_by_its_witness_not_its_protective_marking():
    from tests.spec.invented import cleaned

    assert cleaned(STATEMENT).title == "Witness statement of Maria Delacourt-Fenn"
