"""A "she" closing a two-sentence quote after a speaker whose gender was only the first name's guess.

"The senior warden of St Zenion, Jan Trevowan, said yesterday that ... "... . ...," she said.": the
lexicon calls Jan a man's name, but nobody else was named since, and the place named with her
("warden of St Zenion") is no one: the quote is hers. Every article here is invented.
"""

from tests.spec.invented import speaker_of, statements_of

_PARISH = (
    "THE WESTCOMBE EVENING STAR\n\n"
    "Friday 6 November 2026\n\n"
    "Harbour wall stays fenced\n\n"
    "Deputy Crispin Penvose told the States on Wednesday that the wall would stay fenced.\n\n"
    "The senior warden of St Zenion, Jan Trevowan, said yesterday that the parish had received complaints "
    "about people climbing the fence. \"People are taking the fence down for photographs. That wall is still "
    "moving,\" she said.\n"
)


def test_a_she_after_a_guessed_mans_name_is_that_speaker():
    stmts = statements_of(_PARISH)
    assert speaker_of(stmts, "taking the fence down") == "Jan Trevowan"
    assert speaker_of(stmts, "still moving") == "Jan Trevowan"


# "Mrs X, whose son ..., said he had ...": the "he" is the son; the title says she is a woman, and
# her "she said" after a quotation about him is hers
WHOSE_SON = """Exam resit angers parents

PORT LOUIS, Thursday 12 March 2026 - Thousands of pupils will sit the paper again.

For parents, the resit is a second ordeal. Mrs Priya Ramsamy, whose son attends a state school in Vacoas, said he had revised "every evening for three months".

"He cried when they told him. He is fourteen, he did nothing wrong," she said.
"""


def test_a_titled_womans_gender_stays_when_she_speaks_of_her_son():
    stmts = statements_of(WHOSE_SON, "whose_son.txt")
    assert speaker_of(stmts, "He cried when they told him") == "Priya Ramsamy"
