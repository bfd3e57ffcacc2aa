"""A judge's sentencing remarks addressed to the defendant as "you": the judge (named in a heading
or under the remarks) says the "I" sentences; "X, who appears for you, says ..." is counsel's;
"you say that ..." is the defendant's (named in an "R v Name" line or the opening "Mr X, you").
Every article is invented."""

from functools import partial

from tests.spec.invented import speaker_of as _by, statements_of


_statements = partial(statements_of, name="remarks.txt")


HEADED = """SENTENCING REMARKS OF HIS HONOUR JUDGE ALDOUS PRENDERGAST

R v Colin Mayhew

Crown Court at Stourford

Mr Mayhew, you may remain seated until I ask you to stand.

You pleaded guilty to dangerous driving at the first opportunity. I accept that you are genuinely remorseful.

Mr Fenwick Lacey, who appears for you, says that you were under great strain at work. I have read the letter you wrote to the court. In it you say that you think about the crash every day.

I am satisfied that a custodial sentence is necessary. The sentence will be one of eighteen months.
"""

SIGNED = """Sentencing remarks

Ms Okafor, please stand.

You were convicted by the jury of fraud against your employer over four years. I am sure that you knew exactly what you were doing.

Ms Tamsin Reyes, who appears for you, says that you have lost your home and your career. You have written to me. In your letter you say that you are ashamed of what you did.

I accept that you are unlikely to offend again, but I cannot suspend this sentence.

Mrs Justice Harrowgate
"""

NEWS = """Driver jailed for eighteen months

A driver who killed a cyclist was jailed on Thursday. Judge Wilfred Amory told him: "You showed no thought for anyone else."

Defence barrister Irene Coles said her client was remorseful.

"I will never forgive myself," the driver wrote in a letter read to the court.
"""


def test_remarks_headed_with_the_judge_and_the_case_name():
    stmts = _statements(HEADED)
    assert _by(stmts, "I accept that you are genuinely remorseful") == "Aldous Prendergast"
    assert _by(stmts, "custodial sentence is necessary") == "Aldous Prendergast"
    assert _by(stmts, "under great strain") == "Fenwick Lacey"
    assert _by(stmts, "think about the crash every day") == "Colin Mayhew"


def test_remarks_signed_by_the_judge_below_them():
    stmts = _statements(SIGNED)
    assert _by(stmts, "I am sure that you knew") == "Harrowgate"
    assert _by(stmts, "unlikely to offend again") == "Harrowgate"
    assert _by(stmts, "lost your home") == "Tamsin Reyes"
    assert "Okafor" in _by(stmts, "ashamed of what you did")


def test_a_news_report_of_a_sentencing_is_unchanged():
    stmts = _statements(NEWS)
    assert _by(stmts, "no thought for anyone else") == "Wilfred Amory"
    assert _by(stmts, "her client was remorseful") == "Irene Coles"


COLUMN = """Why I disagree with Justice Harlan Moss

By Petra Lindqvist

I have read the ruling twice. I think you will agree it is thin.

We should ask what you would do in his place. I would not have ruled this way, and you know it.

My view is simple: I think the court was wrong.
"""


def test_a_column_that_names_a_judge_in_its_title_keeps_its_own_first_person():
    stmts = _statements(COLUMN)
    assert not any(s.speaker == "Harlan Moss" for s in stmts)


NUMBERED = """IN THE CROWN COURT AT HALLSWORTH

R -v- GARETH PENHALIGON

SENTENCING REMARKS OF HIS HONOUR JUDGE WETHERILL

1. Gareth Penhaligon, you are 52 years old and you have pleaded guilty to two counts of theft from your employer.

2. Over three years you took £84,000 from the charity's accounts. Not one penny has been repaid.

3. Ms Ferrers, who appears for you, says that you were in debt to a moneylender. I accept that you were under pressure.

4. You have written me a letter. In it you say that you will never work with money again.

5. The starting point under the guidelines is three years. You are disqualified from acting as a trustee for ten years.

His Honour Judge Wetherill
"""


def test_numbered_remarks_are_the_judges_whatever_the_person_of_the_sentence():
    stmts = _statements(NUMBERED)
    assert _by(stmts, "took £84,000") == "Wetherill"
    assert _by(stmts, "Not one penny has been repaid") == "Wetherill"
    assert _by(stmts, "The starting point under the guidelines") == "Wetherill"
    assert _by(stmts, "disqualified from acting as a trustee") == "Wetherill"
    assert _by(stmts, "in debt to a moneylender") == "Ferrers"


def test_a_case_name_written_with_dashes_names_the_defendant():
    stmts = _statements(NUMBERED)
    assert _by(stmts, "never work with money again") == "Gareth Penhaligon"
