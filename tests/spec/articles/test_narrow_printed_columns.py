"""Text pasted from a narrow printed column (a PDF e-edition, a scanned magazine page): every
paragraph hard-wrapped into lines of a few words, no blank line between paragraphs, words broken
by a hyphen at a line's end. The column's paragraphs are read whole, so its quotations have their
speakers and its headline is the title. Every
article here is invented."""

from tests.spec.invented import cleaned, speaker_of, statements_of

# a weekly magazine's page, with a kicker, a wrapped headline and a byline
_MAGAZINE = (
    "22 | HARBOUR & COAST WEEKLY      Thursday 12 March 2026\n"
    "FISHERIES\n"
    "Quota cut leaves\n"
    "trawler crews\n"
    "ashore\n"
    "By Wendeline Paskorz\n"
    "THE inshore fleet at Orrin\n"
    "Bay will land a third less\n"
    "sole this year after the\n"
    "regional quota board cut\n"
    "the allowance by 34 per\n"
    "cent on Monday.\n"
    '"We can\'t pay a crew on\n'
    "what is left,\" said skipper\n"
    "Toivo Granholt-Achebe, who\n"
    "has fished from the bay\n"
    "for twenty-six years.\n"
    "The board's chair, Ysolde\n"
    "Marchbank, said the cut was\n"
    '"unavoidable if there is to\n'
    'be any sole left to catch\n'
    'in ten years".\n'
)

# a court report pasted from a scanned regional paper: a date line, no byline, no heading
_COURT = (
    "Thursday, May 7, 2026\n"
    "A delivery driver who hit a\n"
    "parked van while looking at\n"
    "his phone was banned from\n"
    "driving for a year by magis-\n"
    "trates on Tuesday.\n"
    "Cosmin Hallorann-Prade, 29,\n"
    "admitted careless driving.\n"
    '"I glanced down for a sec-\n'
    "ond and that was enough,\" he\n"
    "told the bench.\n"
    "Presiding magistrate Hebe\n"
    "Okorafor-Lund told him the\n"
    "case showed \"exactly why the\n"
    'law exists".\n'
)


def test_a_column_s_paragraphs_are_read_whole():
    a = cleaned(_MAGAZINE)
    paragraphs = [a.text[p.start : p.end] for p in a.paragraphs]
    assert any(p.startswith("THE inshore fleet") and p.endswith("on Monday.") for p in paragraphs)
    assert " ".join(a.title.split()) == "Quota cut leaves trawler crews ashore"


def test_quotations_in_a_wrapped_column_have_their_speakers():
    stmts = statements_of(_MAGAZINE)
    assert "Granholt-Achebe" in speaker_of(stmts, "pay a crew")
    assert "Marchbank" in speaker_of(stmts, "unavoidable")


def test_a_scanned_column_without_a_heading():
    stmts = statements_of(_COURT)
    assert "Okorafor-Lund" in speaker_of(stmts, "law exists")
    assert "Hallorann-Prade" in speaker_of(stmts, "glanced down")
