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
