"""Two unrelated people of one surname and one gender, quoted one after the other: "Mr X said"
under the first one's introduction is the first, though the second is named a paragraph later;
"Mr X, the traders' chairman" is the one who holds that job; a "she" inside the first one's quote
is someone he talks about, not his gender.

Every article here is invented. A regional daily quotes a traders' chairman, then a county
executive "who shares a surname with the traders' chairman but no family ties", then comes back
to the chairman by title, surname and job.
"""

from tests.spec.invented import speaker_of, statements_of

_TRADERS = (
    "THE LAKESIDE COURIER\n"
    "Regional | Western Province\n\n"
    "Pavement traders told to leave\n\n"
    "By OTIENO ABWAO KAMAU\n"
    "Friday, March 13, 2026\n\n"
    "KISUMU. Hundreds of hawkers have been told to move to a new market shed by April 30.\n\n"
    "The chairman of the Pavement Traders' Union, Mr Anselm Ochieng, told about 200 members at a "
    "meeting on Wednesday that the shed was \"a cage, not a market\".\n\n"
    "\"Where will a customer with a heavy basket find us? She will walk to the next stall she sees,\" "
    "Mr Ochieng said.\n\n"
    "He added that the union wanted two small stalls to stay near the bus park.\n\n"
    "County Executive Mr Thaddeus Ochieng, who shares a surname with the traders' chairman but no "
    "family ties, said the request was \"worth talking about\".\n\n"
    "\"I serve everybody, including the pedestrians,\" the executive said.\n\n"
    "Mr Ochieng, the traders' chairman, said the union would go to court if the talks failed.\n\n"
    "Mr Thaddeus Ochieng said the shed would open on May 4.\n"
)

_GROWERS = (
    "HIGHVELD FARM TIMES\n\n"
    "Tuesday, 9 June 2026\n\n"
    "Dairy farmers at a meeting on Saturday heard that milk prices would fall again.\n\n"
    "The secretary of the Ridgeback Dairy Cooperative, Ms Thandi Tshabalala, told the meeting that "
    "members were owed two months of payments.\n\n"
    "\"We cannot feed cows with promises. He says the cheque is in the post,\" Ms Tshabalala said.\n\n"
    "Ms Zodwa Tshabalala, a district veterinarian who is not related to the secretary, said the herds "
    "were healthy.\n\n"
    "Ms Tshabalala, the cooperative's secretary, said members would vote on a strike in July.\n\n"
    "Ms Zodwa Tshabalala said the vaccination round would start next week.\n"
)


def test_the_namesake_introduced_just_before_the_cue_is_meant():
    stmts = statements_of(_TRADERS)
    assert speaker_of(stmts, "heavy basket") == "Anselm Ochieng"
    assert speaker_of(stmts, "next stall") == "Anselm Ochieng"
    assert speaker_of(stmts, "two small stalls") == "Anselm Ochieng"
    assert speaker_of(stmts, "worth talking about") == "Thaddeus Ochieng"


def test_the_job_after_a_titled_surname_names_the_namesake():
    stmts = statements_of(_TRADERS)
    assert speaker_of(stmts, "go to court") == "Anselm Ochieng"
    stmts = statements_of(_GROWERS)
    assert speaker_of(stmts, "vote on a strike") == "Thandi Tshabalala"


def test_a_pronoun_inside_the_quote_is_not_the_speakers_gender():
    stmts = statements_of(_GROWERS)
    assert speaker_of(stmts, "feed cows") == "Thandi Tshabalala"
    assert speaker_of(stmts, "herds were healthy") == "Zodwa Tshabalala"
