"""The people reader cuts a name at the courtesy titles of the vocabulary (index/vocabulary.yaml)."""

from index.article_people import read_people

# Invented: titles the vocabulary lists but the reader once did not (Sheikha, Lady), and a place
# named for a saint, which is no one.
TEXT = """Sheikha Noor Haddad, the fund's chair, said on Monday that the loan would be repaid.

"We will not wait," said Lady Imelda Varga, a trustee. Haddad and Varga spoke at St Aldric Hall.
"""


def test_a_courtesy_title_of_the_vocabulary_is_not_part_of_the_name():
    names = {p.name for p in read_people(TEXT)}
    assert {"Noor Haddad", "Imelda Varga"} <= names
    assert not any(n.startswith(("Sheikha", "Lady", "St ", "Aldric")) for n in names)


def test_an_email_senders_office_mailbox_and_signed_title_describe_them():
    from index.article_people import read_people

    thread = """From: Oskar Lindqvart <treasurer@quarrendonrowing.example>
Sent: Monday, March 2, 2026 10:12 AM
To: Quarrendon Rowing Committee
Subject: RE: Boathouse lease

We have £2,400 in the boat fund.

Oskar

-----Original Message-----
From: Wilhelmina Vantongeren <priya.v@quarrendonrowing.example>
Sent: Saturday, February 28, 2026 6:40 PM
To: Quarrendon Rowing Committee
Subject: Boathouse lease

The lease ends in April.

Wilhelmina Vantongeren
Secretary, Quarrendon Rowing Club
"""
    people = {p.name: p.description for p in read_people(thread)}
    assert "treasurer" in people["Oskar Lindqvart"]
    assert "Secretary" in people["Wilhelmina Vantongeren"]


def test_a_job_before_a_titled_name_describes_them_whatever_verb_follows():
    # Invented: no speech verb after the name, so only the job before the title says it is a person.
    text = """7. The Council's drainage officer, Ms Wenna Colquite, accepted at the hearing that the culvert was adequate.

8. However, she maintained that the new car park would add to the flooding downstream."""
    (person,) = [p for p in read_people(text) if p.surname == "Colquite"]
    assert person.name == "Wenna Colquite" and "drainage officer" in person.description


def test_a_transcript_label_with_the_job_before_a_bracketed_name_describes_them():
    text = """Director of Harbour Works (Mr Tam Siu-lun): We estimate the dredging at about HK$40 million. Our contractor started yesterday."""
    (person,) = read_people(text)
    assert person.name == "Tam Siu-lun" and "Director of Harbour Works" in person.description
