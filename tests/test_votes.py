"""extract/votes.py and divisions: vote counts, roll calls and appended voting lists."""

from __future__ import annotations

import pytest
from parsing_helpers import (
    _APPENDED_VOTES,
    _H24_ROLL_CALL,
    _H31_HEAD,
    _KF_JUNE_HEAD,
    _PN_HEAD,
    _mapped,
    _minutes,
    _par,
)

from kommungraf.clean import MappedText
from kommungraf.extract.votes import _side_for_inline, find_vote
from kommungraf.model import Span


def test_a_main_vote_table_after_a_counted_counter_proposition_vote_is_the_paragraphs():
    mt = MappedText()
    mt.append("Kontrapropositionsvotering\nJa-röst för C:s förslag, nej-röst för V:s förslag. Omröstningen ger 3 "
              "ja-röster, 1 nej-röst och 5 ledamöter som avstår.\nHuvudvotering\nLedamot\tJa\tNej\tAvstår\n"
              "Eva Lund (S)\tX\nBo Ek (C)\tX\nKim Ås (V)\tX\nSumma\t1\t1\t1\nNämnden har beslutat enligt "
              "förslaget.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (1, 1, 1)
    assert vote.roll_call == ()  # the marks lost their columns: all three read as ja, which the Summa row denies


def test_a_vote_told_only_as_rostning_with_gapped_counts():
    # "Röstning" / "Röstningsresultat": none of "votering", "omröstning" or "röster" in the paragraph
    mt = MappedText()
    mt.append("Röstning\nRöstning begärs. Ja för nämndens förslag, nej för Lunds yrkande.\n"
              "Röstningsresultat   Ja 5   Nej 3   Avstår 1\nJa    Eva Ek, Bo Lund, Siv Holm, Ali Ran, Kim Berg\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (5, 3, 1)


def test_an_election_told_by_what_each_candidate_received_with_blank_ballots():
    mt = MappedText()
    mt.append("Valet sker med slutna sedlar.\nVid sammanräkningen har Siv Berg erhållit 9 röster och Ola\nHed "
              "6 röster. Tre valsedlar är blanka.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (9, 6, 3)



def test_a_ballot_told_by_name_and_count_run_into_one_line():
    # No verb and no "för": each candidate's name, then their votes; the blank ballots after.
    mt = MappedText()
    mt.append("Sluten omröstning begärs.\nUtfall: Rut Sandell (C) 14 röster, Mats Ödlund 11 röster, "
              "blanka valsedlar 1.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (14, 11, 1)


def _counts(text: str) -> tuple[int, int, int] | None:
    mt = MappedText()
    mt.append(text, 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    return None if vote is None else (vote.yes, vote.no, vote.abstain)


def test_a_count_row_under_a_header_of_the_options_alone():
    # aligned with spaces, the header has no first column over the row's label
    assert _counts("Votering begärs.\n\n            Ja      Nej     Avstår\n  Röster    21      9       3\n") == \
        (21, 9, 3)
    # a Frånvarande column after the options: its count is no vote
    assert _counts("Votering begärs.\nJa\tNej\tAvstår\tFrånvarande\nRöster\t21\t9\t3\t1\n") == (21, 9, 3)


def test_an_open_election_told_as_a_sentence_of_voters_per_candidate():
    mt = MappedText()
    mt.append("Omröstning genom upprop begärs.\nFör Siv Berg röstar Ola Hed, Siv Berg och Kim Lund.\n"
              "För Per Ås röstar Eva Ek och Per Ås.\nLinn Wik avstår från att rösta.\n"
              "Siv Berg har därmed valts.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (3, 2, 1)
    assert ("Eva Ek", "no") in vote.roll_call and ("Linn Wik", "abstain") in vote.roll_call


def test_a_roll_call_of_names_without_parties_is_counted():
    from kommungraf.clean import MappedText
    from kommungraf.extract.votes import find_vote
    from kommungraf.model import Span

    mt = MappedText()
    mt.append("Omröstning begärs.\nJa: Lars-Erik Karlsson, Britt Ekholm, Eva Ståhl, Maj\nSundqvist\n"
              "Nej: Jan Nordin och Kent Olsson\nAvstår: Roland Ek\nDirektionen har således beslutat enligt "
              "Lars-Erik Karlssons yrkande.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (4, 2, 1)
    assert ("Maj Sundqvist", "yes") in vote.roll_call


def test_a_roll_call_with_each_sides_count_at_the_end_of_its_list():
    mt = MappedText()
    mt.append("Omröstning\nJa: Greta Holm, Ivar Sund, Lena Ask,\n    Olle Bark, Rut Stenmark                      5\n"
              "Nej: Kajsa Ljung, Nils Åberg                               2\n"
              "Avstod: Tor Vikström                                         1\n"
              "Nämnden har således beslutat enligt förslaget.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (5, 2, 1)
    assert ("Rut Stenmark", "yes") in vote.roll_call and ("Tor Vikström", "abstain") in vote.roll_call


def test_a_roll_call_with_counts_and_an_election_by_ballot_are_votes():
    m = _minutes("Styrelsen\nSammanträdesdatum 2019-10-03\n\n§ 3 Hyresavtal\n\nOmröstning begärs.\n"
                 "Ja-röster: 3 (Kjell Olofsson, Roger Lind, Annika Ström)\nNej-röster: 2 (Eva Hedman, Lisa Ek)\n\n"
                 "§ 4 Val av ordförande\n\nSluten omröstning begärs. Omröstningen utfaller med 79 röster\n"
                 "för Karin Fält (M) och 66 röster för Peter Wallin (S). 3 valsedlar är blanka.\n")
    three, four = m.paragraphs
    assert (three.vote.yes, three.vote.no, three.vote.abstain) == (3, 2, 0)
    assert dict(three.vote.roll_call)["Lisa Ek"] == "no"
    assert (four.vote.yes, four.vote.no, four.vote.abstain) == (79, 66, 3)


def test_votes_from_roll_calls_in_words_a_count_for_two_proposals_and_a_main_vote_after_a_counter_vote():
    m = _minutes(
        "Kommunstyrelsen\n\n§ 1 Motion\n\nOmröstning begärs.\nFöljande röstar ja: Bo Lind, Eva Ek och Ida\nBerg.\n"
        "Följande röstar nej: Per Al och Kim Ås.\n\n"
        "§ 2 Taxa för parkering\n\nOmröstning begärs. Med 7 röster för ordförandens yrkande mot 4 röster för "
        "Per Als yrkande beslutar nämnden enligt ordförandens yrkande.\n\n"
        "§ 3 Hyresavtal\n\nOmröstning\nLedamot\tParti\tRöst\nBo Lind\tS\tJa\nEva Ek\tM\tNej\nIda Berg\tC\tAvstår\n"
        "Per Al\tV\tJa\n\n"
        "§ 4 Budget för 2025\n\nVotering begärs om vilket förslag som ska ställas mot huvudförslaget. "
        "Omröstningsresultat: 3 ja-röster, 2 nej-röster. Därefter huvudvotering. Omröstningsresultat: "
        "6 ja-röster, 4 nej-röster, 1 avstår.\n")
    votes = [(p.vote.yes, p.vote.no, p.vote.abstain) if p.vote else None for p in m.paragraphs]
    assert votes == [(3, 2, 0), (7, 4, 0), (2, 1, 1), (6, 4, 1)]
    assert dict(m.paragraphs[0].vote.roll_call)["Ida Berg"] == "yes"
    assert dict(m.paragraphs[2].vote.roll_call) == {"Bo Lind": "yes", "Eva Ek": "no", "Ida Berg": "abstain",
                                                    "Per Al": "yes"}


def test_a_vote_labelled_before_its_counts_and_a_referral_asked_for_in_a_remiss():
    m = _minutes("Kommunstyrelsen\n\n§ 4   Yttrande över remiss om kollektivtrafik\n\n"
                 "Region Skåne har i remiss den 2 maj 2024 bett kommunen yttra sig över förslaget till plan.\n\n"
                 "Omröstning\nJa: 7 röster, Nej: 4 röster. Ingen avstår.\n\nBeslut\nKommunstyrelsen antar yttrandet.\n")
    par = m.paragraphs[0]
    assert (par.vote.yes, par.vote.no, par.vote.abstain) == (7, 4, 0)
    assert par.referred_by is not None and par.referred_by.value == "Region Skåne"


@pytest.mark.parametrize("table, counts", [
    # The options as columns, the voters' names below them.
    ("Ja\tNej\tAvstår\nEva Ek (S)\tOla Berg (M)\tKarl Ny (KD)\nAnna Lund (C)\tLisa Holm (V)\nMats Dal (S)\n",
     (3, 2, 1)),
    # Ticks, names without parties beside a Parti column, a note after a substitute's name.
    ("Ledamot\tParti\tJa\tNej\tAvstår\nEva Ek\tS\t✓\nOla Berg\tM\t\t✓\nKarl Ny (tjg. ers.)\tKD\t\t\t✓\n", (1, 1, 1)),
    # A fixed-width export with the words in a Röst column; an absent member casts no vote.
    ("Ledamot                 Parti    Röst\nEva Ek, ordförande      S        Ja\nOla Berg                M"
     "        Nej\nKarl Ny                 KD       Frånvarande\nAnna Lund, tjg ers.      C        Ja\n", (2, 1, 0)),
    # Lists under sentences naming the option, one of them singular.
    ("Följande ledamöter röstar ja:\nEva Ek (S)\nOla Berg (M)\nFöljande ledamot röstar nej:\nKarl Ny (KD)\n"
     "Följande ledamot avstår från att rösta:\nAnna Lund (C)\n", (2, 1, 1)),
])
def test_a_vote_given_per_name_without_totals_is_counted_from_the_names(table, counts):
    from kommungraf.clean import MappedText
    from kommungraf.extract.votes import find_vote
    from kommungraf.model import Span

    mt = MappedText()
    mt.append(f"Votering begärs.\n{table}Nämnden har därmed bifallit förslaget.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == counts


@pytest.mark.parametrize("table, counts", [
    # Tab-separated, "–" for none, and two empty cells a PDF export ran together ("– –").
    ("Parti\tJa\tNej\tAvstår\nS\t5\t– –\nM\t– 3\t–\nV\t– –\t1\nMP\t1\t–\t–\n", (6, 3, 1)),
    # Empty cells (an HTML table: the trailing ones are dropped) and a Frånvarande column that is no abstention.
    ("Parti\tJa\tNej\tAvstår\tFrånvarande\nS\t4\nM\t\t2\t\t1\nLokalpartiet\t\t\t1\n", (4, 2, 1)),
    # Aligned with spaces, an empty cell kept in place by the header's columns.
    ("Parti    Ja    Nej   Avstår\nS        6                \nM              4     1\nC        2     –     –\n",
     (8, 4, 1)),
    # A total row is the count, not one more party.
    ("Parti\tJa\tNej\tAvstår\nS\t5\t0\t0\nM\t0\t4\t0\nSumma\t5\t4\t0\n", (5, 4, 0)),
])
def test_a_vote_given_as_one_row_per_party_is_the_sum_of_the_rows(table, counts):
    m = _minutes(f"Nämnden\n\n§ 7  Avtal\n\nVotering begärs.\nOmröstningsresultat\n{table}"
                 "Nämnden har beslutat enligt förslaget.\n")
    vote = m.paragraphs[0].vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == counts


def test_a_party_table_that_is_no_vote_gives_no_count():
    # Seats per party: no Ja/Nej columns.
    m = _minutes("Nämnden\n\n§ 7  Val\n\nOmröstning sker inte.\nParti\tLedamöter\tErsättare\nS\t5\t3\nM\t4\t2\n")
    assert m.paragraphs[0].vote is None


@pytest.mark.parametrize("body, counts", [
    # The counts of the two sides without ja and nej; the abstentions in the next sentence.
    ("Efter omröstning, där 9 ledamöter röstade för förvaltningens förslag och 4 för Ola Bergs yrkande, "
     "beslutar nämnden enligt förslaget. En ledamot avstod.\n", (9, 4, 1)),
    # A grid of label and number blocks, one per line.
    ("Omröstning begärs.\nOmröstningsresultat\nJa\n6\nNej\n5\nAvstår\n2\n", (6, 5, 2)),
    # The two sides listed with a comma, the abstentions counted at the end of the same sentence.
    ("Omröstning begärdes. Sju ledamöter röstade för utskottets förslag, tre röstade för Stina Moks yrkande och "
     "två ledamöter avstod.\n", (7, 3, 2)),
    # The abstainer named in the count's sentence instead of counted.
    ("Omröstning begärdes. Sex ledamöter röstade för förslaget och tre för Moks yrkande, medan Olle Vik (L) "
     "avstod från att rösta.\n", (6, 3, 1)),
])
def test_vote_counts_told_without_ja_and_nej_words_or_as_a_grid(body, counts):
    from kommungraf.clean import MappedText
    from kommungraf.extract.votes import find_vote
    from kommungraf.model import Span

    mt = MappedText()
    mt.append(body, 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == counts


def test_an_appended_voting_list_gives_its_members_and_the_divisions_the_paragraphs_cite():
    m = _minutes(_APPENDED_VOTES)
    people = {p.name: p.party for p in m.persons}
    assert people == {"Saga Holmqvist": "C", "Orvar Lindqvist": "S", "Tilda Bergqvist": "M",
                      "Ebbe Sjöqvist": "V"}
    votes = {p.number: (p.vote.yes, p.vote.no, p.vote.abstain) if p.vote else None for p in m.paragraphs}
    assert votes == {"12": (2, 2, 0), "13": (1, 1, 1)}
    assert m.paragraphs[1].vote.roll_call[0] == ("Saga Holmqvist", "yes")
    assert "Saga Holmqvist" not in m.paragraphs[1].text  # the list is no part of the last paragraph


def test_a_division_is_taken_from_an_appendix_only_when_the_paragraph_has_no_counts():
    m = _minutes(_APPENDED_VOTES.replace("Votering 1, se bilaga 1.", "Med 30 ja-röster mot 9 nej-röster bifalls "
                                         "förslaget. Votering 1, se bilaga 1."))
    assert (m.paragraphs[0].vote.yes, m.paragraphs[0].vote.no) == (30, 9)


def _vote_of(text: str):
    from kommungraf.clean import MappedText
    from kommungraf.extract.votes import find_vote
    from kommungraf.model import Span

    mt = MappedText()
    mt.append(text, 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    return (vote.yes, vote.no, vote.abstain) if vote else None


@pytest.mark.parametrize(("text", "counts"), [
    ("Med 8 ja-röster mot 2 nej-röster beslutar nämnden att bifalla. En ledamot, Eva Ek (V), avstår från att "
     "rösta.", (8, 2, 1)),
    ("Styrelsen beslutade med fyra röster mot en att ärendet skulle avgöras i dag. Per Ek och Ida Sand avstod "
     "från att rösta.", (4, 1, 2)),
    # Taking no part in the decision is no abstention.
    ("Med 8 ja-röster mot 2 nej-röster bifalls förslaget. Eva Ek (V) avstår från att delta i beslutet.", (8, 2, 0)),
    ("Efter sluten omröstning redovisas följande resultat:\nAnna Ek (S)         19 röster\n"
     "Per Lund (SD)        9 röster\nBlanka valsedlar     3\nSumma avgivna valsedlar  31\n", (19, 9, 3)),
])
def test_abstainers_named_and_an_election_result_table(text, counts):
    assert _vote_of(text) == counts


def test_a_table_of_candidates_needs_two_rows_side_by_side():
    assert _vote_of("Röster avgavs.\nAnna Ek (S)   19 röster\n\nEn annan rad.\nPer Lund (SD)   9 röster\n") is None


def test_votes_as_labels_with_counts_split_per_party():
    m = _minutes("Miljönämnden\n\n§ 3\nRemiss\n\nBeslutsgång\nVotering begärs.\n"
                 "Omröstningsresultat: Ja 6 (S 3, C 2, L 1), Nej 4 (M 3, KD 1), Avstår 2 (V).\n\n"
                 "Beslut\nNämnden beslutar att avge yttrandet.\n")
    v = m.paragraphs[0].vote
    assert v is not None and (v.yes, v.no, v.abstain) == (6, 4, 2)


@pytest.mark.parametrize(("text", "counts"), [
    ("Votering begärs. Efter genomförd votering har fem ledamöter röstat ja och två ledamöter röstat nej; "
     "ingen har avstått.", (5, 2, 0)),
    ("Omröstning genomförs. 7 ledamöter röstade ja och 4 röstade nej. 2 ledamöter avstod.", (7, 4, 2)),
    # The count without the voters' noun, an abstainer named.
    ("Omröstning begärs. Fem röstar ja, fyra röstar nej och Lars Åhman (KD) avstår.", (5, 4, 1)),
])
def test_a_vote_told_as_how_many_members_voted_yes_and_no(text, counts):
    from kommungraf.clean import MappedText
    from kommungraf.extract.votes import find_vote
    from kommungraf.model import Span

    mt = MappedText()
    mt.append(text, 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == counts


def _vote_of_text_hs20(text: str):
    from kommungraf.clean import MappedText
    from kommungraf.extract.votes import find_vote
    from kommungraf.model import Span

    mt = MappedText()
    mt.append(text, 0)
    return find_vote(mt, lambda _mt, s, e: Span(s, e))


def test_hs20_a_summa_row_that_leaves_out_the_party_cell():
    vote = _vote_of_text_hs20(
        "Omröstning begärs.\nOmröstningsresultat\nLedamot\tParti\tJa\tNej\tAvstår\nAnna Berg\tM\tX\n"
        "Per Ek\tS\tX\nSumma\t6\t4\t1\n")
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (6, 4, 1)


def test_hs20_voters_in_space_aligned_name_columns_with_totals_under_a_rule():
    vote = _vote_of_text_hs20(
        "Omröstning begärs.\n\nOmröstningsresultat\n"
        "Ja                        Nej                       Avstår\n"
        "Eva Lindqvist (S)         Magnus Berg (M)           Anders Wik (SD)\n"
        "Jonas Berg (C)            Jessica Ström (M)\n"
        "Sara Almqvist (L)\n"
        "------------------------  ------------------------  ----------------\n"
        "3                         2                         1\n")
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (3, 2, 1)
    assert ("Magnus Berg", "no") in vote.roll_call and ("Anders Wik", "abstain") in vote.roll_call


def test_h21_votes_in_slashed_labels_and_with_labels_set_apart_by_gaps_or_dashes():
    assert _vote_of("Votering begärs.\nOmröstningsresultat (ja/nej/avstår/frånvarande): 34/10/3/2\n") == (34, 10, 3)
    assert _vote_of("Votering begärs.\nOmröstningsresultat      Ja 8      Nej 2      Avstår 1\n") == (8, 2, 1)
    assert _vote_of("Votering begärs.\nOmröstningsresultat: Ja 6 – Nej 4 – Avstår 1. Bilagan visar hur.") == (6, 4, 1)


def test_gapped_labels_that_carry_the_word_for_votes():
    assert _vote_of("Votering begärs.\nOmröstningsresultat\nJa-röster:  5     Nej-röster:  2     Avstår:  0\n") \
        == (5, 2, 0)
    assert _vote_of("Omröstning\nJa-röster 9\tNej-röster 4\tAvstående röster 2\n") == (9, 4, 2)


def test_h21_a_voting_list_printed_after_the_last_paragraph_joins_the_paragraph_it_names():
    minutes = _minutes("Äldrenämnden\nSammanträdesdatum 2024-10-22\n\n§ 86\nAvgifter 2025\n\nBeslutsgång\n"
                       "Votering begärs.\nOmröstningsresultat: Ja 2 – Nej 1 – Avstår 0.\n\n"
                       "Beslut\nAvgifterna antas.\n\n"
                       "§ 87\nPartnerskap\n\nBeslut\nÖverenskommelsen godkänns.\n\n"
                       "Omröstningsbilaga\n§ 86 Avgifter 2025\nLedamot\tParti\tJa\tNej\tAvstår\n"
                       "Eva Lind\tS\tX\nBo Strand\tM\t\tX\nAnna Berg\tV\tX\n")
    votes = {p.number: (p.vote.yes, p.vote.no, p.vote.abstain) if p.vote else None for p in minutes.paragraphs}
    assert votes == {"86": (2, 1, 0), "87": None}


def test_h23_abstention_by_laying_down_the_vote_and_a_ballot_table_under_a_header_row():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-05-13\n§ 87 Yttrande\nBeslutsgång\n"
                 "Med 7 ja-röster mot 3 nej-röster beslutar kommunstyrelsen enligt förslaget. 1\n"
                 "ledamot lägger ned sin röst.\nBeslut\nKommunstyrelsen beslutar att avge yttrandet.\n"
                 "§ 88 Val av nämndeman\nSluten omröstning\nValet förrättas med slutna sedlar.\n"
                 "Kandidat\tAntal röster\nMona Eriksson (S)\t22\nJoakim Stenberg (SD)\t7\n"
                 "Blanka röstsedlar\t2\nSumma avgivna röstsedlar\t31\n"
                 "Beslut\nKommunstyrelsen väljer Mona Eriksson (S) till nämndeman.\n")
    votes = [(v.yes, v.no, v.abstain) if (v := p.vote) else None for p in m.paragraphs]
    assert votes == [(7, 3, 1), (22, 7, 2)]


def test_h25_vote_counts_in_words_with_the_digits_in_brackets():
    m = _minutes("Spånga-Tensta stadsdelsnämnd\nSammanträdesdatum 2021-11-18\n§ 114 Fritid\nBeslut\n"
                 "Nämnden godkänner förslaget.\nOmröstning\n"
                 "Sju (7) ja-röster avgavs för förvaltningens förslag och fyra (4) nej-röster för förslaget "
                 "från (S, V). Ingen ledamot avstod.\n")
    v = m.paragraphs[0].vote
    assert v is not None and (v.yes, v.no, v.abstain) == (7, 4, 0)


def test_h24_paragraph_columns_of_a_voting_list_give_each_paragraph_its_vote():
    five, six = _minutes(_H24_ROLL_CALL).paragraphs
    assert (five.vote.yes, five.vote.no, five.vote.abstain) == (2, 1, 1)
    assert (six.vote.yes, six.vote.no, six.vote.abstain) == (1, 2, 1)
    assert dict(five.vote.roll_call)["Ulla Mattsson"] == "yes"  # the substitute votes on the member's row


def test_h27_an_appended_voting_list_with_three_numbered_blocks_per_row_gives_each_member_a_party():
    m = _minutes("Regionfullmäktige\nSammanträdesdatum 2024-06-18\nOrdförande\tAnna Ek (S)\n"
                 "§ 61 Anmälan av motioner\nRegionfullmäktiges beslut\nMotionerna överlämnas.\n"
                 "Bilaga 1\tNärvaro- och voteringslista, regionfullmäktige 2024-06-18, § 59\n"
                 "Nr Ledamot\tParti Ja Nej AvstNr Ledamot\tParti Ja Nej Avst\n"
                 "1\tAnna Ek\tS\tX\t25\tPer Berg\tM\tX\n"
                 "2\tOlle Viklund *\tS\tX\t26\tEva Strand\tV\tX\n"
                 "Summa\tJa 2\tNej 1\tAvstår 1\n")
    people = {p.name: p.party for p in m.persons}
    assert people["Per Berg"] == "M"
    assert people["Eva Strand"] == "V"
    assert not any("Ledamot" in n or "Parti" in n for n in people)
    assert m.paragraphs[-1].vote is None


def test_h27_a_vote_told_per_party_row_without_a_total_is_the_sum_of_the_rows():
    m = _minutes("Regionfullmäktige\nSammanträdesdatum 2024-06-18\n§ 59 Svar på motion\n"
                 "Votering begärs.\nOmröstningsresultat per parti:\n"
                 "S\t24 ja\nM\t9 ja\nSD\t10 avstår\nV\t8 nej\nKD\t3 ja, 1 avstår\nSJVP\t6 nej, 1 ja\n"
                 "Regionfullmäktiges beslut\nMotionen avslås.\n")
    v = m.paragraphs[0].vote
    assert (v.yes, v.no, v.abstain) == (37, 14, 11)


def test_h27_abstentions_in_words_after_a_dashed_count_belong_to_the_same_division():
    m = _minutes("Nämnden\nSammanträdesdatum 2024-04-25\n§ 45 Remiss\nVotering begärs.\n"
                 "Omröstningen utfaller 8–3; två ledamöter avstår.\nNämndens beslut\nYttrandet antas.\n")
    v = m.paragraphs[0].vote
    assert (v.yes, v.no, v.abstain) == (8, 3, 2)


def test_h30_space_aligned_vote_table_counts_from_its_summa_row():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-06-03\n§ 87 Avtal\nOmröstningsresultat\n"
                 "Ledamot                                   Ja       Nej      Avstår\n"
                 "Johan Bergkvist (M), ordf.                X\n"
                 "Mikael Strand (S)                                  X\n"
                 "Sara Lindh (M)                            X\n"
                 "Summa                                     2        1        0\n"
                 "Kommunstyrelsens beslut\nKommunstyrelsen godkänner avtalet.\n")
    v = m.paragraphs[0].vote
    assert v is not None and (v.yes, v.no, v.abstain) == (2, 1, 0)


def test_h31_vote_told_per_proposal_before_its_count():
    m = _minutes(_H31_HEAD + "§ 38 Avtal om städning\n\nBeslutsgång\nVotering begärs.\n"
                 "Voteringsresultat: Förvaltningens förslag 5 röster, Karl Holms avslagsyrkande\n"
                 "1 röst. 1 ledamot avstår. Nämnden har därmed beslutat enligt förvaltningens förslag.\n\n"
                 "Beslut\nNämnden beslutar att godkänna avtalet.\n")
    vote = m.paragraphs[0].vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (5, 1, 1)


def test_a_vote_told_as_each_proposal_getting_its_votes_with_the_voters_in_brackets():
    assert _vote_of("Omröstning begärs. Lena Dahls förslag får tre röster (Lena Dahl, Ove Ek och Siv Ring) och "
                    "Kjell Ros förslag två röster (Kjell Ros och Mia Ask). Revisorerna har alltså beslutat enligt "
                    "Lena Dahls förslag.") == (3, 2, 0)
    # A counter-proposition vote told so only chose the counter-proposal: the main vote after it is the paragraph's.
    assert _vote_of("Kontrapropositionsvotering genomförs. Vänsterpartiets förslag får 12 röster och Liberalernas "
                    "förslag 7 röster, medan 20 ledamöter avstår.\nHuvudvotering\nJa\tNej\tAvstår\n"
                    "21\t12\t6\n") == (21, 12, 6)


def test_h31_vote_list_heading_names_its_paragraph():
    m = _minutes(_H31_HEAD + "§ 1 Markanvisning\nOmröstning begärs. Resultatet framgår av bilagd omröstningslista.\n"
                 "Beslut\nKommunstyrelsen godkänner avtalet.\n\n"
                 "§ 2 Information\nBeslut\nKommunstyrelsen noterar informationen.\n\n"
                 "Bilaga: Omröstningslista § 1\nLedamot\tParti\tJa\tNej\tAvstår\n"
                 "Anna Berg\tS\tX\nKarl Holm\tM\t\tX\nEva Lund\tC\tX\nSumma\t\t2\t1\t0\n\n"
                 "Underskrifter\nSekreterare\tMalin Eriksson\nOrdförande\tAnna Berg\n")
    first, second = m.paragraphs
    assert first.vote is not None and (first.vote.yes, first.vote.no, first.vote.abstain) == (2, 1, 0)
    assert second.vote is None


def test_h34_vote_counts_as_a_line_of_labels_without_separators():
    m = _minutes(_H31_HEAD + "§ 58 Motion om bredband\nOmröstningsresultat\n"
                 "Ja 24 Nej 15 Avstår 2 Frånvarande 0\nBeslut\nMotionen anses besvarad.\n")
    vote = m.paragraphs[0].vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (24, 15, 2)


def test_side_counts_in_words_with_digits_in_brackets_and_abstentions_likewise():
    assert _vote_of("Votering begärs. Omröstningen utfaller med nio (9) röster för att avgöra ärendet i dag, två (2)\n"
                    "röster för återremiss, medan två (2) ledamöter avstår.\n") == (9, 2, 2)


def test_an_abstention_after_a_vote_between_two_proposals_told_without_ja_and_nej_is_counted():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum 2024-02-13\n\n§ 23\nRemiss om språkplan\n\nBeslutsgång\n"
                 "Omröstning begärs. Omröstningen utfaller med sex röster för arbetsutskottets förslag och\n"
                 "fyra röster för Britt Lundgrens yrkande. En ledamot avstår.\n\nBeslut\nYttrande avges.\n")
    vote = m.paragraphs[0].vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (6, 4, 1)


def test_h45_vote_counts_separated_by_middle_dots():
    m = _minutes(
        "Kommunstyrelsen\nSammanträdesdatum 2024-05-28\n\n"
        "§ 87\nYttrande över remiss\n\n"
        "Beslutsgång\nOrdföranden ställer proposition på tilläggsyrkandet. Omröstning begärs.\n"
        "Omröstningsresultat: Ja 6 · Nej 1 · Avstår 0\n\n"
        "Beslut\nFörslaget antas.\n")
    vote = m.paragraphs[0].vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (6, 1, 0)


def test_h44_vote_with_elliptic_second_side():
    m = _minutes(
        "Kommunfullmäktige\nSammanträdesdatum 2024-06-03\nOrdförande: Hans Lund (S)\n\n"
        "§ 52\tDnr KS 2024/93\nBorgen för bolaget\n\n"
        "Omröstning\nEfter upprop har 21 ledamöter röstat ja och 9 nej, medan 1 ledamot avstod från att rösta.\n\n"
        "Beslut\nBorgen beviljas.\n\n"
        "§ 53\tDnr KS 2024/94\nFörvärv av mark\n\n"
        "Omröstning begärs. Med 8 röster för bifall och 3 för avslag beslutar fullmäktige enligt yrkandet. "
        "2 ledamöter avstår.\n\n"
        "Beslut\nMarken förvärvas.\n")
    v52, v53 = _par(m, "52").vote, _par(m, "53").vote
    assert v52 is not None and (v52.yes, v52.no, v52.abstain) == (21, 9, 1)
    assert v53 is not None and (v53.yes, v53.no, v53.abstain) == (8, 3, 2)


def test_count_tables_with_votes_in_their_labels_and_a_header_run_together():
    # "Ja-röster | Nej-röster | Avstående" over the counts
    assert _vote_of("Omröstningsresultat\nJa-röster\tNej-röster\tAvstående\n5\t4\t0\n") == (5, 4, 0)
    # a PDF's header joins cells ("Parti Ja"), and the Summa row counts the absent too, last
    vote = _vote_of("Votering begärs och verkställs med upprop.\n"
                    "Namn\tParti Ja\tNej Avstår Frånvarande\nLena Ådahl\tS\tX\nNiklas Edlund\tSD\tX\n"
                    "Summa\t8\t3\t2\t2\n")
    assert vote == (8, 3, 2)


def test_h49_a_vote_laid_down_in_the_passive_is_an_abstention():
    m = _minutes("Nämnden\n\n§ 47 Bidrag\n\nPropositionsordning\nVotering begärs. Med 6 ja-röster mot 2 nej-röster "
                 "beslutar nämnden enligt förslaget. En röst lades ned.\n\nBeslut\nBidrag beviljas.\n")
    v = m.paragraphs[0].vote
    assert (v.yes, v.no, v.abstain) == (6, 2, 1)


def test_h49_party_counts_summed_after_an_equals_sign():
    m = _minutes("Kommunstyrelsen\n\n§ 98 Uppföljning\n\nOmröstning\nJa för avslag, nej för bifall.\n"
                 "Ja-röster:   C 2, M 3, KD 1, L 1    = 7\nNej-röster:  S 4, V 1               = 5\n"
                 "Avstår:      SD 1                   = 1\n\nBeslut\nUppföljningen godkänns.\n")
    v = m.paragraphs[0].vote
    assert (v.yes, v.no, v.abstain) == (7, 5, 1)


def _vote(body: str):
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-04-22\n\n§ 72\nTaxa för vatten\n\n" + body)
    v = m.paragraphs[0].vote
    return (v.yes, v.no, v.abstain) if v else None


def test_h51_vote_with_each_sides_parties_in_brackets_before_mot():
    assert _vote("Beslut\nMed 27 röster (S, C, V, MP) mot 9 (SD) och med 15 som avstår (M, KD, L,\nSJVP) "
                 "beslutar kommunfullmäktige att godkänna avtalet.\n") == (27, 9, 15)


def test_h51_vote_as_option_lines_with_party_split_in_brackets():
    assert _vote("Omröstning\nJa-röst för kommunstyrelsens förslag, nej-röst för M:s förslag.\n"
                 "Ja: 30 (S 18, C 6, V 4, MP 2)\nNej: 29 (M 13, SD 10, KD 3, L 3)\nAvstår: 2 (Lokalpartiet 2)\n"
                 "Beslut\nTaxan antas.\n") == (30, 29, 2)


def test_h51_vote_as_option_lines_summed_after_equals_sign():
    assert _vote("Omröstningsresultat\nJa-röster:  M 4, L 1, KD 1, C 1  = 7\nNej-röster: S 3, SD 2, VV 1      = 6\n"
                 "Beslut\nTaxan antas.\n") == (7, 6, 0)


def test_h51_vote_as_option_table_with_parties_and_count_columns():
    assert _vote("Omröstning\nRöst\tPartier\tAntal\nJa\tM, C, KD, L\t6\nNej\tS, V, MP\t5\nAvstår\tSD\t2\n"
                 "Beslut\nTaxan antas.\n") == (6, 5, 2)


def test_h50_stacked_vote_labels_with_side_in_brackets():
    m = _minutes(
        "Kommunfullmäktige\nSammanträdesdatum: 2024-06-17\n"
        "§ 45 Samverkansavtal\n"
        "Beslutsgång\nVotering begärs och genomförs.\n"
        "Voteringsresultat\n"
        "Ja-röster (bifall till Mikael Jönssons yrkande): 17\n"
        "Nej-röster (bifall till Begoña Ströms yrkande): 10\n"
        "Avstod: 2\nFrånvarande: 2\n"
        "Kommunfullmäktiges beslut\nAvtalet godkänns.\n")
    v = m.paragraphs[0].vote
    assert (v.yes, v.no, v.abstain) == (17, 10, 2)


def _found_vote(text: str):
    from kommungraf.clean import MappedText
    from kommungraf.extract.votes import find_vote
    from kommungraf.model import Span

    mt = MappedText()
    mt.append(text, 0)
    return find_vote(mt, lambda _mt, s, e: Span(s, e))


def test_h53_votes_counted_with_the_voters_noun_or_as_votes_cast():
    v = _found_vote("Omröstning begärs. Fyra revisorer röstar för Anna Bergs yrkande och en revisor för "
              "Karl Nords yrkande. Ingen avstår.")
    assert v is not None and (v.yes, v.no, v.abstain) == (4, 1, 0)
    v = _found_vote("Omröstning begärs. Två röster avges för ordförandens yrkande och en\nröst för Karl Nords yrkande.")
    assert v is not None and (v.yes, v.no, v.abstain) == (2, 1, 0)


def test_a_vote_whose_second_side_leaves_out_roster_is_counted():
    m = _minutes("Nämnden\nSammanträdesdatum 2024-05-16\n§ 32 Yttrande\nBeslutsgång\n"
                 "Omröstning begärs. Med 3 röster för ordförandens förslag mot 2 för Roger Hedins förslag beslutar "
                 "nämnden enligt ordförandens förslag. Ingen avstod.\nBeslut\nNämnden antar yttrandet.\n")
    vote = _par(m, "32").vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (3, 2, 0)


def test_a_vote_choosing_the_counter_proposal_is_passed_over_for_the_main_vote():
    m = _minutes("Kommunfullmäktige\nSammanträdesdatum 2024-06-17\n\n§ 90\nBudget 2025\n\n"
                 "Beslutsgång\nOrdföranden finner att M:s förslag utses till motförslag. Votering begärs.\n\n"
                 "Votering 1 (utseende av motförslag)\nResultat: 10 ja, 11 nej, 29 avstår.\n\n"
                 "Votering 2 (huvudvotering)\nResultat: 25 ja, 11 nej, 14 avstår.\n\n"
                 "Kommunfullmäktiges beslut\nBudgeten fastställs.\n")
    v = _par(m, "90").vote
    assert (v.yes, v.no, v.abstain) == (25, 11, 14)


def test_option_lines_that_describe_their_side_before_the_count_are_a_vote():
    m = _minutes("Kommunfullmäktige\t2023-04-24\n\nKf § 38\tSvar på motion\n\n"
                 "Omröstning\tJa - ärendet avgörs i dag: 18\n\tNej - ärendet återremitteras: 12\n\tAvstår: 1\n"
                 "\t(Frånvarande: 0)\n\nBeslut\tKommunfullmäktige bifaller motionen.\n")
    v = _par(m, "38").vote
    assert (v.yes, v.no, v.abstain) == (18, 12, 1)




def test_an_abstention_told_as_a_member_who_abstains_in_a_relative_clause():
    m = _minutes(_PN_HEAD + "§ 58 Ärende\n\nOmröstning begärs. Omröstningen utfaller med sju ja-röster, två "
                 "nej-röster och en ledamot som avstår från att rösta.\n\nBeslut\nNämnden beslutar att godkänna.\n")
    v = _par(m, "58").vote
    assert (v.yes, v.no, v.abstain) == (7, 2, 1)


def test_a_dashed_result_under_its_own_label_far_from_the_vote_and_an_abstention_in_the_next_sentence():
    m = _minutes(_PN_HEAD + "§ 24  Ärende\n\nOmröstning genomförs. Ja för ordförandens yrkande, nej för Petra "
                 "Nyströms yrkande om avslag.\nResultat: 5–3. En ledamot avstod.\n\n"
                 "Patientnämnden beslutar att godkänna.\n")
    v = _par(m, "24").vote
    assert (v.yes, v.no, v.abstain) == (5, 3, 1)


def _counts(text: str) -> tuple[int, int, int] | None:
    mt = MappedText()
    mt.append(text, 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    return (vote.yes, vote.no, vote.abstain) if vote else None


def test_vote_counts_as_a_bulleted_list_of_label_and_count():
    assert _counts("Votering begärs.\n- Ja: 7\n- Nej: 4\n- Avstår: 0\n") == (7, 4, 0)
    assert _counts("Votering begärs.\n• Ja: 9\n• Nej: 2\n") == (9, 2, 0)


def test_vote_counts_per_side_with_what_it_votes_for_and_the_parties():
    text = ("Omröstning begärdes och verkställdes.\nJa för kontorets förslag: 6 röster (S, V, MP)\n"
            "Nej för Sverigedemokraternas förslag: 1 röst (SD)\nAvstod: 4 (M, L, C)\n")
    assert _counts(text) == (6, 1, 4)




def test_vote_counts_with_dot_leaders() -> None:
    text = ("Votering begärs.\nVoteringsresultat\n  Ja ............ 36\n  Nej ........... 11\n  Avstår ........  2\n"
            "  Frånvarande ...  0\n  Summa ......... 49\n")
    vote = find_vote(_mapped(text), lambda mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (36, 11, 2)


def test_namnupprop_roll_call_with_dashed_result_is_a_vote():
    m = _minutes("Kommunstyrelsen\nSammanträdesdatum: 2024-10-07\n\n"
                 "Ks § 208     KS 2024/388\nFörsäljning av aktier\n\n"
                 "Namnupprop\n  Ja:     Tomas Nil (S), Ann Lind (S), Jan Pek (S)\n"
                 "  Nej:    Anders Lund (M), Greta Ahl (SD)\n  Avstår: –\nResultat: 3–2 för bifall.\n\n"
                 "Beslut\nAktierna säljs.\n")
    v = _par(m, "208").vote
    assert v is not None and (v.yes, v.no, v.abstain) == (3, 2, 0)


def test_a_count_with_each_side_labelled_before_a_colon_is_a_vote():
    m = _minutes("Vård- och omsorgsnämnden\n\n§ 31 Upphandling\n\n"
                 "Omröstning begärs. Ja-röster: 44. Nej-röster: 17. Avstår: 4.\n\n"
                 "§ 32 Avtal\n\nOmröstning begärs och genomförs. Ja-röster för ordförandens förslag: 6.\n"
                 "Nej-röster för Mikael Ströms förslag: 3. Ingen avstår.\n")
    votes = [(p.vote.yes, p.vote.no, p.vote.abstain) if p.vote else None for p in m.paragraphs]
    assert votes == [(44, 17, 4), (6, 3, 0)]


def test_abstainers_named_in_brackets_after_their_count_are_counted():
    m = _minutes("Skol- och fritidsnämnden\n\n§ 88 Avsiktsförklaring\n\n"
                 "Omröstning begärs. Med 8 ja-röster mot 4 nej-röster, en ledamot (Nora Lind, V) avstår, beslutar "
                 "nämnden enligt ordförandens yrkande.\n")
    vote = _par(m, "88").vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (8, 4, 1)


def test_lo9_labelled_count_takes_the_abstention_named_in_brackets_in_the_next_sentence():
    assert _vote("Omröstning begärs. Ja-röster 8, nej-röster 4. En ledamot (Nora Lind, V) avstår.\nBeslut\n") == \
        (8, 4, 1)


def test_lo9_labelled_count_without_abstention_stays_zero():
    assert _vote("Omröstning begärs. Ja-röster 8, nej-röster 4. Ordföranden finner att nämnden bifallit förslaget.\n") \
        == (8, 4, 0)


def test_vote_result_with_option_word_before_count():
    m = _minutes(
        "Tillståndsnämnden\nSammanträdesdatum 2024-09-11\n\n"
        "§ 33 Ansökan om serveringstillstånd\n"
        "Omröstning\nOmröstning begärs och genomförs.\n"
        "Omröstningsresultat: ja\u00a03, nej\u00a02, avstår\u00a01.\n"
        "Tillståndsnämndens beslut\nAnsökan beviljas.\n")
    v = _par(m, "33").vote
    assert v is not None and (v.yes, v.no, v.abstain) == (3, 2, 1)


def test_bulleted_vote_counts_with_dash_before_count_are_a_vote():
    assert _vote_of("Omröstning begärs och verkställs.\nOmröstningen utfaller enligt följande:\n"
                    "\t- Ja – 5\n\t- Nej – 3\n\t- Avstår – 1\nHur var och en har röstat framgår av bilagan.\n") \
        == (5, 3, 1)


def test_unbulleted_vote_lines_with_dash_before_count_are_a_vote():
    assert _vote_of("Votering begärs och genomförs.\nJa – 7\nNej – 4\n\nNämnden beslutar enligt ordförandens "
                    "förslag.\n") == (7, 4, 0)


def _ks_vote(body: str):
    """The vote of a kommunstyrelse's § 1 whose text is ``body``."""
    text = "Kommunstyrelsen\nSammanträdesdatum: 2024-05-20\n\n§ 1\tDnr KS 2024/5\nÄrendet\n" + body
    return _par(_minutes(text), "1").vote


def test_ocr_l_for_one_abstention_after_a_count():
    v = _ks_vote("Omröstningsresultat\nMed 10 ja-röster, 4 nej-röster och l som avstår beslutar kommunstyrelsen "
              "enligt ordförandens yrkande.\nBeslut\nFörslaget bifalls.\n")
    assert (v.yes, v.no, v.abstain) == (10, 4, 1)


def test_side_lines_with_proposal_and_count_before_the_names():
    v = _ks_vote("Omröstning\nOmröstning begärs och genomförs med namnupprop.\n"
              "Ja (förvaltningens förslag), 4 röster: Gunilla Rask, Nils Fjällström, Elin Stenlund, Barbro Westman\n"
              "Nej (Karin Johanssons yrkande), 1 röst: Karin Johansson\nBeslut\nFörslaget bifalls.\n")
    assert (v.yes, v.no, v.abstain) == (4, 1, 0)


def test_count_column_table_with_wrapped_voter_names():
    v = _ks_vote("Omröstning begärdes.\n\n  Röst                   Antal   Ledamöter\n"
              "  Ja (avgöras i dag)     6       Ylva Hansson (S), Erik Mård (S), Sanna Dahl\n"
              "                                 (S), Ahmed Nur (V), Lotta Ek (V), Sara Linde\n"
              "                                 (MP)\n"
              "  Nej (återremiss)       5       Jonas Hellqvist (M), Gustaf Åhlin (M), Elin\n"
              "                                 Forsgren (L), Bengt Olofsson (KD), Anneli Sand\n"
              "                                 (SD)\n"
              "  Avstår                 0       –\n\nBeslut\nÄrendet avgörs i dag.\n")
    assert (v.yes, v.no, v.abstain) == (6, 5, 0)


def test_sentence_count_takes_the_abstentions_of_the_tick_table_under_a_label_column():
    rows = [("Elisabet Lund", "S", 0), ("Ahmed Yousef", "S", 0), ("Per Nyman", "C", 0), ("Johan Ek", "M", 1),
            ("Roger Wall", "SD", 2), ("Petra Sten", "SD", 2)]
    table = "".join(f"\t{n}\t{p}\t" + "\t" * k + "✓\n" for n, p, k in rows)
    v = _ks_vote("Beslutsgång\tVotering begärs.\nOmröstning\tLedamot\tParti\tJa\tNej\tAvstår\n" + table
              + "\tNämnden har med tre röster mot en bifallit förvaltningens förslag.\nBeslut\nFörslaget bifalls.\n")
    assert (v.yes, v.no, v.abstain) == (3, 1, 2)


def test_sides_for_what_in_one_line_of_sentences() -> None:
    text = "Omröstning begärs.\nJa för att avgöra i dag: 7. Nej för återremiss: 2. Avstår: 0.\n"
    counts = _side_for_inline(text)
    assert counts is not None and counts[0] == (7, 2, 0)


def test_count_row_without_the_headers_rowspan_label_is_read_in_option_order():
    text = ("Omröstning begärs. Den som bifaller förslaget röstar ja.\n"
            "Omröstningsresultat\tJa\tNej\tAvstår\n6\t3\t1\nNämnden har beslutat enligt förslaget.\n")
    assert _counts(text) == (6, 3, 1)


def test_count_row_with_a_label_the_header_lacks_is_read_in_option_order():
    text = ("Votering begärs och verkställs.\nJa\tNej\tAvstår\nRöster\t8\t2\t1\n"
            "Styrelsen har således bifallit förslaget.\n")
    assert _counts(text) == (8, 2, 1)


def test_stacked_counts_with_a_label_cell_beside_the_yes_line_are_a_vote():
    text = ("Omröstning begärs.\nJa-röst för bifall, nej-röst för avslag.\n"
            "Omröstningsresultat\tJa\t31\nNej\t9\nAvstår\t3\n(Voteringslista, bilaga 1)\n")
    assert _counts(text) == (31, 9, 3)


def test_heldout91_label_first_counts_after_a_counter_vote_passed_over() -> None:
    text = (_KF_JUNE_HEAD + "§ 201   Dnr KS 2024/312\nBudget 2025\n\nBeslutsgång\n"
            "Votering 1. Ja för kommunstyrelsens förslag. Ja-röster 36 – Nej-röster 28 – Avstående 1.\n"
            "Votering 2. Kontrapropositionsvotering. M:s förslag 21 röster, SD:s förslag 14 röster, 30 avstår.\n"
            "Votering 3. Huvudvotering. Ja-röster 36 – Nej-röster 21 – Avstående 8.\n\nBeslut\nBudgeten antas.\n")
    v = _par(_minutes(text), "201").vote
    assert v is not None and (v.yes, v.no, v.abstain) == (36, 28, 1)


def test_heldout91_label_first_counts_take_the_abstention_named_after_them() -> None:
    text = (_KF_JUNE_HEAD + "§ 88   Dnr KS 2024/88\nAvtal\n\nOmröstning\nOmröstning begärs. Ja-röster 8, nej-röster 4. "
            "En ledamot (Nora Lind, V) avstår.\n\nBeslut\nAvtalet godkänns.\n")
    v = _par(_minutes(text), "88").vote
    assert v is not None and (v.yes, v.no, v.abstain) == (8, 4, 1)


def test_name_columns_under_ja_nej_avstar_without_totals_are_counted():
    mt = MappedText()
    mt.append("Votering begärs och utfaller enligt följande:\nJa\tNej\tAvstår\n"
              "Eva Sundberg (S)\tHenrik Wallin (M)\t-\nOlle Berg (S)\tAnna Ek (C)\nBo Lind (V)\n"
              "Beslut\nNämnden godkänner uppföljningen.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (3, 2, 0)


# extract/votes.py
@pytest.mark.parametrize("roll_call", [
    "Ledamot\tParti\tJa\tNej\tAvstår\nAnna Berg\tS\tX\nBo Lind\tM\t\tX\nCarl Ek\tV\tX\n",
    "Ja-röster:\tAnna Berg, Carl Ek\nNej-röster:\tBo Lind\n",
])
def test_a_vote_counted_from_its_roll_call_points_at_the_whole_roll_call(roll_call: str):
    text = (_KF_JUNE_HEAD + "§ 7   Dnr KS 2024/7\nAvtal\n\nAnna Berg (S) yrkar bifall. Bo Lind (M) yrkar avslag.\n\n"
            "Omröstning\n" + roll_call + "\nBeslut\nKommunfullmäktige godkänner avtalet.\n")
    vote = _par(_minutes(text), "7").vote
    assert (vote.yes, vote.no, vote.abstain) == (2, 1, 0)
    shown = text[vote.span.start:vote.span.end]
    assert shown.startswith(roll_call[:8]) and shown.endswith(("Carl Ek", "Bo Lind")) and "yrkar" not in shown


def test_a_result_line_without_colon_and_with_a_legend():
    m = _minutes("Direktionen\nSammanträdesdatum 2024-04-18\nOrdförande: Katarina Hjelm (M)\n"
                 "§ 13\tBudget 2025\nYrkanden\nKatarina Hjelm (M) yrkar bifall till förslaget.\n"
                 "Omröstning – en röst per förbundsmedlem\n"
                 "Ja = Katarina Hjelms yrkande. Nej = Kent Wibergs yrkande.\n"
                 "Skövde: Ja | Falköping: Ja | Tidaholm: Ja | Hjo: Ja | Karlsborg: Nej | Tibro: Nej\n"
                 "Resultat 4 – 2 – 0 (ja – nej – avstår). Direktionen har beslutat enligt Katarina Hjelms yrkande.\n"
                 "Direktionens beslut\nBudgeten fastställs.\n")
    vote = _par(m, "13").vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (4, 2, 0)


def test_a_vote_list_with_one_space_between_an_option_and_its_count():
    from kommungraf.extract.votes import find_vote

    text = ("Omröstningsresultat\nJA  3   Stefan Lind (M), Mats Ek (M),\n        Lina Kron (C)\n"
            "NEJ 2   Annika Rydén (S), Agneta Lund (S)\nAVSTÅR  1   Sven Karp (V)\n")
    mt = MappedText()
    mt.append(text, 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (3, 2, 1)


def test_a_vote_list_with_a_colon_after_each_side_s_count():
    from kommungraf.extract.votes import find_vote

    text = ("Omröstning begärs och verkställs.\n\nJa-röster 4:  Stina Alm, Rolf Berg, Ida Kvist, Ove Sand\n"
            "Nej-röster 3: Lars Fors, Eva Dahl, Tim Öst\n\nNämnden har således beslutat enligt förslaget.\n")
    mt = MappedText()
    mt.append(text, 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (4, 3, 0)


def test_vote_table_whose_option_labels_carry_a_note_in_brackets():
    m = _minutes(
        "Miljönämnden\nSammanträdesdatum 2024-11-06\n\n§ 20\tTillsyn av avlopp\n\n"
        "Omröstning om återremiss\n\tJa (avgöras i dag)\tNej (återremiss)\tAvstår\nRöster\t6\t3\t0\n\n"
        "Beslut\nNämnden förelägger ägaren att åtgärda avloppet.\n")
    v = _par(m, "20").vote
    assert v is not None and (v.yes, v.no, v.abstain) == (6, 3, 0)


@pytest.mark.parametrize("rows, counts", [
    ("Ja      Eva Ek, Per Holm, Anna Lind      3\nNej     Ola Berg                       1\n", (3, 1, 0)),
    ("Ja\tEva Ek, Per Holm\t2\nNej\tOla Berg, Siv Ros\t2\nAvstår\t–\t0\n", (2, 2, 0)),
    ("JA      Eva Ek, Per Holm      2\nNEJ     Ola Berg      1\nAVSTÅR  Siv Ros      1\n", (2, 1, 1)),
])
def test_a_vote_list_with_the_count_after_the_names(rows, counts):
    mt = MappedText()
    mt.append("Votering begärs och verkställs. Ja för bifall, nej för avslag.\n\n" + rows +
              "\nNämnden har beslutat enligt förslaget.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == counts


def test_elliptic_second_side_after_a_comma():
    mt = MappedText()
    mt.append("Votering begärs.\nOmröstningsresultat: 7 röster för bifall, 4 för avslag. Nämnden har bifallit "
              "förslaget.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (7, 4, 0)


@pytest.mark.parametrize("rows, counts", [
    # the count in brackets after the label, the names wrapping onto a second line
    ("Ja (5)   Eva Ek, Per Holm, Anna Lind,\n         Siv Ros, Kim Ås\nNej (2)  Ola Berg, Bo Lund\nAvstår (1)  Lars "
     "Ny\n", (5, 2, 1)),
    # the count in brackets after the names
    ("Ja: Eva Ek, Per Holm, Anna Lind (3)\nNej: Ola Berg (1)\n", (3, 1, 0)),
])
def test_a_vote_list_with_each_sides_count_in_brackets(rows, counts):
    mt = MappedText()
    mt.append("Votering begärs. Ja för bifall, nej för avslag.\n" + rows +
              "Nämnden har beslutat enligt förslaget.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == counts


def test_a_bracketed_vote_list_on_aterremiss_comes_before_a_later_count_in_prose():
    mt = MappedText()
    mt.append("Nämnden beslutar först om återremissyrkandet. Votering begärs.\nJa: Eva Ek, Per Holm, Anna Lind, Siv "
              "Ros (4)\nNej: Ola Berg (1)\nDärefter ställs yrkandena mot varandra. Med 3 röster mot 2 bifaller nämnden "
              "Eva Eks yrkande.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (4, 1, 0)


def test_two_proposals_counted_with_the_second_votes_word_left_out():
    mt = MappedText()
    mt.append("Votering begärs. Med 8 röster för att avgöra ärendet i dag mot 3 för återremiss beslutar nämnden att "
              "avgöra ärendet.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (8, 3, 0)


@pytest.mark.parametrize("header, totals, counts", [
    ("Ja\nNej\nAvstår\n", "Summa\n2\n1\n1\n", (2, 1, 1)),
    ("Ja\nNej\n", "Summa\n3\n1\n", (3, 1, 0)),
])
def test_a_vote_table_written_one_cell_a_line(header, totals, counts):
    mt = MappedText()
    mt.append("Votering begärs.\nLedamot\n" + header + "Eva Ek (S)\nX\nPer Holm (M)\nX\nAnna Lind (C)\nX\n"
              "Siv Ros (V)\nX\n" + totals + "Nämnden har beslutat enligt förslaget.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == counts


def test_a_vote_table_voter_with_a_serving_note_in_brackets():
    m = _minutes("Förbundsdirektionen\nSammanträdesdatum 2024-10-22\n\n§ 8 Yttrande\n\nBeslutsgång\n"
                 "Votering begärs.\nLedamot\tParti\tJa\tNej\tAvstår\nEva Ek\tS\tX\nOla Berg\tM\t\tX\n"
                 "Karin Sund (tjg för Per Ros, L)\tC\t\t\tX\nSumma\t\t1\t1\t1\n\n"
                 "Beslut\nDirektionen antar yttrandet.\n")
    people = {p.name: p for p in m.persons}
    assert people["Karin Sund"].party == "C" and people["Karin Sund"].roles == ("tjänstgörande ersättare",)
    assert people["Per Ros"].party == "L" and people["Per Ros"].roles == ()


def test_a_party_table_whose_pdf_header_and_some_rows_lost_their_tabs_gives_the_summa_row():
    mt = MappedText()
    mt.append("Votering begärs.\nParti\tJa Nej Avstår\nKristdemokraterna\t6 – –\nVänsterpartiet – 7 –\n"
              "Centerpartiet 2 – 3\nSumma\t8 7 3\nFullmäktige har beslutat enligt styrelsens förslag.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (8, 7, 3)


def test_a_roll_call_by_surname_only_gives_the_counts_but_no_voters():
    mt = MappedText()
    mt.append("Votering\nNämnden godkänner propositionsordningen.\nJa: Ekvall, Holmqvist, Sund och Tapper\n"
              "Nej: Granlund\nNämnden har beslutat enligt ordförandens förslag.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (4, 1, 0)
    assert vote.roll_call == ()


def test_sides_listed_with_a_comma_the_lone_vote_in_the_singular_and_the_abstainer_in_brackets():
    mt = MappedText()
    mt.append("Omröstning begärs och genomförs: 5 röster för ordförandens förslag, 1 röst för Lunds förslag, "
              "1 ledamot (Per Ek) avstår.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (5, 1, 1)


def test_sides_in_words_listed_with_a_comma_and_the_abstainer_named_in_the_next_sentence():
    mt = MappedText()
    mt.append("Omröstning begärdes.\nRöstresultat: sex röster för att avgöra ärendet i dag, två röster för\n"
              "återremiss. Eva Ek (V) avstod från att rösta. Ordföranden förklarade ärendet avgjort.\n", 0)
    vote = find_vote(mt, lambda _mt, s, e: Span(s, e))
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (6, 2, 1)


def test_r14m_a_roll_call_as_list_items_with_each_sides_proposal_in_brackets():
    minutes = _minutes("Kommunfullmäktige\nSammanträdesdatum: 2024-04-22\nOrdförande: Anna Berg (S)\n"
                       "§ 12 Avtal\nBeslutsgång\nOmröstning begärs och verkställs med följande resultat:\n"
                       "- Ja (Ekens yrkande): Anna Berg, Bo Ek, Per Lind\n- Nej (Holms yrkande): Karin Holm\n"
                       "- Avstår: Eva Sand\n\nBeslut\nAvtalet godkänns.\n")
    vote = _par(minutes, "12").vote
    assert vote is not None and (vote.yes, vote.no, vote.abstain) == (3, 1, 1)


def test_a_dashed_result_with_the_abstainer_named_in_a_sentence_of_its_own():
    m = _minutes(_PN_HEAD + "§ 17  Ärende\n\nOmröstning begärs. Ja för ordförandens förslag, nej för Karl "
                 "Linds yrkande.\n\nOmröstningsresultat: 6 – 3. Berit Åkesson (C) avstår från att rösta.\n\n"
                 "Patientnämnden beslutar att godkänna.\n")
    v = _par(m, "17").vote
    assert (v.yes, v.no, v.abstain) == (6, 3, 1)
