"""Extraction quality, measured as the corpus README defines it, on the shared corpus and on our own documents."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from conftest import OWN_CORPUS

from kommungraf.evaluate import evaluate
from kommungraf.score import document_facts


def check(ev) -> None:
    overall, by_type = ev.totals()
    assert not ev.errors, ev.errors
    low = {t: round(c.f1, 3) for t, c in by_type.items() if c.f1 < 0.90}
    assert overall.f1 >= 0.97, (overall.f1, low)
    assert not low, low


@pytest.fixture(scope="module")
def shared_eval():
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not (corpus / "docs").is_dir():
        pytest.skip("../shared/corpus is not present (a fresh clone without the shared folder)")
    return evaluate(corpus / "docs", corpus / "gold"), corpus


def test_the_shared_corpus_scores_at_least_097_overall_and_090_for_every_fact_type(shared_eval):
    check(shared_eval[0])
    assert not other_legal_entities(shared_eval[0], shared_eval[1] / "gold")


def test_our_own_documents_in_other_layouts_score_the_same():
    ev = evaluate(OWN_CORPUS / "docs", OWN_CORPUS / "gold")
    check(ev)
    assert not other_legal_entities(ev, OWN_CORPUS / "gold")


#: Sets written blind to the parser (nobody who wrote them read kommungraf/), each scored once before the parser
#: saw it; that first score is the estimate for minutes nobody here has seen.  The floor keeps the score reached
#: since, by general fixes, from slipping.  (set, floor, what it is and how it scored)
HELD_OUT = [
    ("heldout", 0.95, "10 documents in other layouts: 0.837 first, 0.978 after one round of fixes, 0.984 after two"),
    ("heldout2", 0.98, "6 text and HTML documents: 0.706 first, 0.974 after one round, 0.998 after two"),
    ("heldout3", 0.975, "5 PDF and DOCX documents: 0.947 first, 0.967 after one round, 0.992 after two"),
    ("heldout4", 0.98, "7 documents of all formats, regions and a company board: 0.879 first, 0.956 after one "
                       "round, 0.985 after two rounds, 0.992 after three, 0.996 after four, 0.997 after "
                       "heldout6's round"),
    ("heldout5", 0.975, "7 documents of all formats (a web page with entities, NFD text, Word-numbered headings, "
                        "tables by party): 0.631 first, 0.991 after one round"),
    ("heldout6", 0.985, "6 documents of all formats (an appended attendance and voting list, a two-column layout "
                        "table, registry and class suffixes on case numbers): 0.887 first, 1.000 after one round"),
    ("heldout7", 0.985, "5 documents of all formats (OCR text, a pdftotext export with its labels as a block, "
                        "att-satser without att, a running attendance paragraph): 0.904 first, 1.000 after one round"),
    ("heldout8", 0.98, "5 documents of all formats (decisions adopting the förslag by reference, signature "
                       "label lines, a protocol's own HTML header, an ajournerat sammanträde): 0.935 first, "
                       "0.996 after one round"),
    ("heldout9", 0.98, "4 documents of all formats (an HTML header's <dl> with the meeting date, a 'Vid protokollet "
                       "| Justeras' signature table, the other party's dnr in brackets under a heading): 0.958 first, "
                       "0.994 after one round"),
    ("heldout10", 0.975, "4 documents of all formats (paragraph numbers before the sign '201 §', headings that open "
                         "every page, a section-label margin column in a PDF): 0.680 first, 0.996 after one round"),
    ("heldout11", 0.984, "5 documents of all formats (meeting-platform exports, attendance as a column per role, "
                         "agenda numbers beside the §, votes per name without totals, hyphenated names): 0.883 "
                         "first, 0.959 after one round, 0.994 after two"),
    ("heldout12", 0.977, "5 older, plainer documents of all formats (a two-column pdftotext export, upper-case "
                         "headings, a first page of Word tables, <div>-only and <pre> web pages): 0.952 first, 0.962 "
                         "after one round, 0.987 after two"),
    ("heldout13", 0.99, "5 modern Stockholm-area documents of all formats (votes as a row per party, numbered "
                        "yrkanden, group reservations, digital signing pages): 0.948 first, 1.000 after one round"),
    ("heldout14", 0.974, "5 documents of all formats from inland Norrland (an OCR text with '$ 63' headings, a "
                         "company board's minutes numbered from § 1, Windows-1252 text, a § table row per paragraph "
                         "in Word, <article> paragraphs): 0.840 first, 0.984 after one round"),
    ("heldout15", 0.989, "5 kommunfullmäktige documents of all formats from western Sweden (an appended voting list "
                         "the paragraphs refer to, A-/B-förslag votes, <section> paragraphs, a text export with HTML "
                         "left in it): 0.947 first, 0.999 after one round"),
    ("heldout16", 0.964, "5 region documents of all formats (a case-system PDF of label|content tables with a stamp "
                        "across the text, reservations collected at the end, <dl> paragraphs, attendance tables with "
                        "'Tjänstgör för'): 0.902 first, 0.974 after one round"),
    ("heldout17", 0.973, "5 nämnd documents of all formats (a running attendance paragraph, secret paragraphs with "
                         "'Person A', a per-§ attendance table, an e-mailed extract, an old CMS page): 0.948 first, "
                         "0.984 after one round"),
    ("heldout18", 0.955, "5 documents of all formats from Skåne and Halland (names with particles and of many "
                         "origins, local parties and independents, dates in words and dotted, a Teams meeting, Word "
                         "heading styles, a separate 'Omedelbar justering' paragraph): 0.886 first, 0.944 after one "
                         "round, 0.965 with later fixes"),
    ("heldout19", 0.942, "5 documents of all formats with unusual paragraph headings ('KS § 61/24', '§ 2024:7', "
                         "'Ärende 2 (§ 16)', '§ 113 a', '§§ 6–8') and meeting types: 0.515 first (three documents "
                         "with no paragraph found), 0.936 after one round, 0.952 with later fixes"),
    ("heldout20", 0.985, "5 documents of all formats from Småland ('Paragraf 52' headings, a bare margin number, a "
                         "table of paragraphs in Word, X-mark vote tables, Ja/Nej/Avstår name columns): 0.785 first, "
                         "0.997 after one round"),
    ("heldout21", 0.975, "5 meeting-system exports of all formats (an 'Ersätter' column, jäv notes, box-drawn "
                         "JUSTERING and ANSLAG boxes, 'KS § 14:7', slashed vote counts): 0.821 first, 0.987 after one "
                         "round"),
    ("heldout22", 0.93, "5 northern documents of all formats (an OCR text with 'l' for '1', a company board with "
                        "'Utsedd av', a joint överförmyndarnämnd, 'Ärende 4 · RUN § 87 · Dnr', reservations in a "
                        "table at the end): 0.840 first, 0.941 after one round"),
    ("heldout23", 0.978, "5 documents of all formats from Sjuhärad (abbreviated roles 'tjg ers. för', attendance as "
                         "prose with semicolons, dates '18/4 2024' and '2024.04.03', bullet decisions, an election by "
                         "sluten omröstning, '<section>' per paragraph): 0.830 first, 0.988 after one round"),
    ("heldout24", 0.984, "5 documents of all formats from southern Dalarna and Västmanland (a 45-row attendance and "
                         "voting list with a column per voted §, '– n –' page lines, a kommunalförbund's direktion, "
                         "motions, frågor, elections): 0.855 first, 0.953 after another set's round, 0.994 after its "
                         "own"),
    ("heldout25", 0.952, "5 big-city nämnd documents from Stockholm and Göteborg (advisory councils in the "
                         "attendance, party-only statements, a two-column PDF, <details> sections, a Markdown export): "
                         "0.875 first, 0.962 after one round"),
    ("heldout26", 0.963, "5 documents from older eras and odd tools (a 1996 typewriter OCR text, a spreadsheet-grid "
                         "PDF, nested Word tables, a <FONT> CMS page, an extract quoted in a forwarded e-mail): 0.874 "
                         "first (the e-mail failed whole), 0.973 after one round"),
    ("heldout27", 0.949, "5 region documents of all formats (a regionfullmäktige on landscape pages with a 71-seat "
                         "voting list in three blocks, attendance under party headings, an HTML e-mail, a vote per "
                         "party row without a total): 0.858 first, 0.959 after one round"),
    ("heldout28", 0.99, "5 compact documents of small coastal municipalities ('Närvarande:' comma lists, signature "
                        "labels with dots on one line, decisions by reference, a Word text export in Windows-1252): "
                        "0.966 first, 1.000 after one round"),
    ("heldout29", 0.959, "5 company-board and kommunalförbund documents (a board's fixed agenda items, an extra "
                         "bolagsstämma, '(S, Göteborg)', role codes explained in a legend, a per capsulam decision): "
                         "0.825 first, 0.969 after one round"),
    ("heldout30", 0.964, "5 case-system documents with a label column (the § only in a header box, signature boxes "
                         "on every page, the same layout as Word and HTML tables and as pdftotext text): 0.679 first, "
                         "0.974 after one round"),
    ("heldout31", 0.99, "5 documents of all formats from Kalmar län (meeting-portal exports with Beslutsärenden and "
                        "Informationsärenden, decisions in Beslut tables, an appended Omröstningslista, an agenda "
                        "banner with the §): 0.941 first, 1.000 after one round"),
    ("heldout32", 0.973, "5 documents from Kronoberg and Blekinge, three of them OCR text layers (headings '5 45', "
                         "'$ 46', 'g 48', member and personal ersättare on one row, a repeated 'Kommunfullmäktiges "
                         "beslut'): 0.809 first, 0.983 after one round"),
    ("heldout33", 0.974, "5 documents of all formats from Skaraborg (a long KF text with members under party "
                         "headings, '(S) A för B', a Röstförklaring, 'Name, SD,' in HTML): 0.815 first, 0.984 after "
                         "one round"),
    ("heldout34", 0.99, "5 documents of 2006-2014 from Jämtland (an old Word template as text, secret paragraphs, "
                        "bygglov paragraphs in a typewriter PDF, entity-encoded HTML): 0.959 first, 1.000 after one "
                        "round"),
    ("heldout35", 0.95, "5 documents of all formats from Bergslagen and Kumla (a KF text with members under party "
                         "headings and a roll call by name, a <dl> header, a Word header table, Windows-1252 text): "
                         "0.947 first, after all the rounds above; 0.960 after a short round of its own"),
    ("heldout36", 0.99, "5 documents from Norrbotten and Västerbotten (the decision process at length: "
                        "voteringsproposition, kontraproposition, a casting vote, a nej side that wins, votes in "
                        "prose, bordlagd and återremitterad items): 0.849 first, 1.000 after one round"),
    ("heldout37", 0.983, "5 documents of Region Stockholm's bodies (referrals from ministries, case numbers in the "
                         "margin or a cell, party-signed statements, agreement parties in a 'Parter:' list): 0.934 "
                         "first, 0.993 after one round"),
    ("heldout38", 0.99, "5 documents from Västmanland and Uppsala län (running headers and footers, page breaks "
                        "mid-sentence and mid-list, hyphenation, ligatures, soft hyphens, an all-table DOCX, "
                        "nested-div HTML): 0.926 first, 1.000 after one round"),
    ("heldout39", 0.99, "5 documents from Halland and Kronoberg (a case travelling from arbetsutskott to "
                        "kommunstyrelse, interpellation, motions, statements joined by others, an earlier-handling "
                        "table): 0.865 first, 1.000 after one round"),
    ("heldout40", 0.988, "5 documents from the Stockholm area (two votes in one §, a voting list by name in an "
                         "appendix, elections, digital meetings, a member who leaves mid-meeting): 0.898 first, 0.998 "
                         "after one round"),
    ("heldout41", 0.99, "5 documents of bygg- och miljönämnder and kommunstyrelser from Bohuslän and Värmland "
                        "(property designations, several case numbers per §, jäv, Upplysningar, delegation tables, "
                        "exploaterings- and markanvisningsavtal): 0.968 first, 1.000 after one round"),
    ("heldout42", 0.99, "5 documents from Skåne with unusual numbering ('KS § 2024:61', '35 §' in a table's margin, "
                        "'§ 112/2024', 'Ärende 7 (§ 81)'), an agenda listing every §, a DOCX text box, <br>-separated "
                        "HTML: 0.908 first, 1.000 after one round"),
    ("heldout43", 0.98, "5 documents from Östergötland and Jönköping län about names (particles, initials, names of "
                        "other origins, split across lines, with and without a middle name, local parties): 0.927 "
                        "first, 0.992 after one round"),
    ("heldout45", 0.99, "5 documents whose signatories stand only in an e-signing log, portal cards, agenda number "
                        "and § in separate cells, check-mark attendance: 0.820 first (two documents found no §), "
                        "1.000 after one round"),
    ("heldout44", 0.99, "5 documents from Gävleborg, Västernorrland and Dalarna (a meeting adjourned to the next "
                        "day, secret individual cases, a vice chair chairing some §§, jäv for one §, insynsplatser): "
                        "0.957 first, 1.000 after one round"),
    ("heldout48", 0.988, "5 documents of reservations, statements and votes at their most varied (two votes in one "
                         "§, roll-call tables with Summa, a casting vote, pipe tables): 0.981 first, 0.998 after one "
                         "round"),
    ("heldout46", 0.99, "5 documents from Västra Götaland with structural traps (another meeting's extract as an "
                        "attachment, the notice before the minutes, tracked changes, a web page's menus, '§ 112:1'): "
                        "0.889 first, 1.000 after one round"),
    ("heldout47", 0.99, "5 documents of agreements and their parties in every form (medborgarlöfte, DUA, 'å ena "
                        "sidan … å andra sidan', '(nedan kallad kommunen)', a party table): 0.975 first, 1.000 after "
                        "one round"),
    ("heldout49", 0.988, "5 documents of nämnder with many short items (delegationsbeslut, meddelanden, "
                         "information) and an e-signature page: 0.937 first, 0.998 after one round"),
    ("heldout50", 0.988, "5 documents with encoding problems (double-encoded UTF-8, UTF-16, iso-8859-1 HTML, a "
                         "letter-spaced PDF heading): 0.723 first (one document found no §), 0.998 after one round"),
    ("heldout51", 0.99, "5 documents of larger councils (a 61-row appendix list under party headings with X votes, "
                        "party-labelled proposals and statements, votes by party blocks): 0.714 first, 1.000 after one "
                        "round"),
    ("heldout52", 0.99, "5 documents of planning bodies (planbesked, samråd, antagande, outgoing consultations beside "
                        "an incoming remiss, two agreements in one §): 0.955 first, 1.000 after one round"),
    ("heldout53", 0.99, "5 documents of unusual bodies (revisorer, a valberedning, a pensionärsråd, an "
                        "arvodesberedning, a fullmäktige presidium): 0.915 first, 1.000 after one round"),
    ("heldout54", 0.975, "5 ordinary minutes of five smaller municipalities, written to no emphasis, as a measure of "
                         "the parser on everyday layouts: 0.983 first (after every round above), no round of its own; "
                         "0.985 after the rules found by heldout61 and 62"),
    ("heldout55", 0.99, "5 ordinary minutes of small municipalities, written to no emphasis: 0.998 first, 1.000 after "
                        "one round"),
    ("heldout56", 0.985, "5 ordinary nämnd minutes (role-label attendance rows, gapped vote labels, a dl attendance "
                         "list): 0.981 first, 0.998 after one round"),
    ("heldout57", 0.99, "5 documents of regional bodies never used as issuers (ministries' remisser, votes in words "
                        "and tables, a justified PDF label column): 0.971 first, 1.000 after one round"),
    ("heldout58", 0.985, "5 documents of bodies outside the kommun-nämnd mould (a stadsdelsnämnd, a förbund's "
                         "direktion and förbundsfullmäktige, a joint nämnd, a samordningsförbund): 0.933 first, 0.998 "
                         "after one round"),
    ("heldout59", 0.99, "5 documents on everything around the decision (Beslutsunderlag, Sändlista, consulted bodies, "
                        "earlier handling): 0.980 first, 1.000 after one round"),
    ("heldout60", 0.985, "5 kommunfullmäktige minutes in full (a 51-row seat list, a budget voted in two steps, "
                         "avsägelser, interpellations): 0.962 first, 0.999 after one round"),
    ("heldout61", 0.985, "5 ordinary minutes written to no emphasis, a measure: 0.982 first; 0.996 after the rules "
                         "its misses and later rounds prompted"),
    ("heldout62", 0.985, "5 ordinary 2017-2021 minutes in older templates, written to no emphasis, a measure: 0.994 "
                         "first, 0.998 after the rules its misses prompted"),
    ("heldout63", 0.975, "5 documents of people in prose (frågestund, presenters and guests, prize winners and "
                         "appointees, insynsplatser, late arrivals by §): 0.890 first, 0.986 after one round"),
    ("heldout64", 0.985, "5 documents of decisions at their most varied (by reference, a)-c) under a point, 'Ärendet "
                         "utgår', roman numerals, repeated in a bilaga): 0.974 first, 0.998 after one round"),
    ("heldout65", 0.985, "5 documents of special issuers' new bodies (Region Gotland, Kiruna with Sámi names, big-city "
                         "facknämnder): 0.934 first, 0.999 after one round"),
    ("heldout66", 0.975, "5 ordinary minutes written to no emphasis, a measure with no round of its own: 0.978 first"),
    ("heldout67", 0.975, "5 long minutes (a KF with 27 §§ and a 50-row seat list, a KS with 22 §§, a nämnd with 16 "
                         "§§, a budget § with nine proposers): 0.959 first, 0.986 after one round"),
    ("heldout68", 0.985, "5 documents of the newest meeting-system exports, 2025-2026 (an accessible text version, a "
                         "key-value export, HTML5 with ARIA, a PDF/UA-style export, a DOCX with content controls): "
                         "0.944 first, 0.997 after one round"),
    ("heldout69", 0.985, "5 ordinary minutes written to no emphasis, a measure after this session's rounds with no "
                         "round of its own: 0.994 first"),
    ("heldout70", 0.925, "5 documents of municipal and regional companies and their owners (boards, an årsstämma, "
                         "ägardirektiv): 0.884 first, 0.936 after one round"),
    ("heldout71", 0.96, "5 documents of statements at their most varied (collected at the end per §, joined by "
                        "party or person, röstförklaringar): 0.944 first, 0.970 after one round"),
    ("heldout72", 0.975, "5 ordinary minutes written to no emphasis, a measure after every round of this session, no "
                         "round of its own: 0.987 first"),
    ("heldout73", 0.965, "5 documents of meetings out of the ordinary (Teams, hybrid, per capsulam, an extra KF, a "
                         "meeting moved): 0.942 first, 0.975 after one round"),
    ("heldout74", 0.975, "5 ordinary minutes written to no emphasis, the session's last measure, no round of its own: "
                         "0.985 first"),
    ("heldout75", 0.98, "5 ordinary Norrland minutes written to no emphasis, a measure, no round of its own: 0.990 "
                        "first"),
    ("heldout76", 0.985, "5 documents of bodies rarely seen (valnämnd, överförmyndarnämnd, revisorerna, a joint "
                         "tillståndsnämnd, a patientnämnd): 0.919 first, 0.998 after one round"),
    ("heldout77", 0.985, "5 documents of statements and reservations, second pass (collected at the end under 'Till § "
                         "N', written reservations in a bilaga): 0.967 first, 1.000 after one round"),
    ("heldout78", 0.985, "5 documents of the text quality of real conversions (running headers, '§ 45 (forts.)', "
                         "hyphenation, soft hyphens, ligatures): 0.961 first, 1.000 after one round"),
    ("heldout79", 0.98, "5 ordinary minutes of small municipalities written to no emphasis, no round of its own: 0.994 "
                        "first"),
    ("heldout80", 0.985, "5 documents of 2005-2014 (landsting, fp, Sjukvårdspartiet, Word 2003 text, an old CMS "
                         "page): 0.963 first, 1.000 after one round"),
    ("heldout81", 0.985, "5 documents of bygg- och miljönämnder (fastighetsbeteckningar, lagrum, plans, delegation "
                         "lists): 0.977 first, 0.998 after one round"),
    ("heldout82", 0.985, "5 documents of a fullmäktige's routine business (val, avsägelser, interpellationer, the "
                         "valberedning's lists): 0.960 first, 1.000 after one round"),
    ("heldout83", 0.985, "5 ordinary minutes of mid-size municipalities written to no emphasis, no round of its own: "
                         "0.996 first, 1.000 after a short round"),
    ("heldout84", 0.985, "5 exports of meeting systems (Lex, Public 360, ProSess, Platina, W3D3): 0.965 first, 1.000 "
                         "after one round"),
    ("heldout85", 0.975, "5 documents of big-city bodies with crowded attendance (insynsplatser, personalföreträdare, "
                         "råd representatives): 0.922 first, 0.987 after two rounds"),
    ("heldout86", 0.985, "5 documents of minutes typed directly in Word (text boxes, automatic numbering, Save as web "
                         "page): 0.988 first, 1.000 after one round"),
    ("heldout87", 0.97, "5 ordinary Götaland minutes written to no emphasis, the session's last measure after every "
                        "round, no round of its own: 0.984 first"),
    ("heldout88", 0.98, "5 ordinary Svealand and Norrland minutes written to no emphasis, the session's last measure "
                        "after every round, no round of its own: 0.993 first"),
    ("heldout89", 0.99, "5 ordinary Götaland and Svealand minutes written to no emphasis: 0.984 first, 0.998 after "
                        "a round on the leftovers of five sets"),
    ("heldout90", 0.99, "5 ordinary Norrland minutes written to no emphasis: 0.994 first, 1.000 after a leftovers "
                        "round"),
    ("heldout91", 0.985, "5 documents of budget meetings (party budgets, step-wise votes, per-point votes): 0.890 "
                         "first, 0.994 after one round"),
    ("heldout92", 0.99, "5 PDFs laid out as meeting systems print them (side-by-side columns, tables, margins): "
                        "0.940 first, 1.000 after one round"),
    ("heldout93", 0.99, "5 HTML publications (portals, CMS pages, an old table layout): 0.979 first, 0.998 after a "
                        "leftovers round"),
    ("heldout94", 0.985, "5 documents of utskott and beredningar (proposals to another body): 0.941 first, 0.997 "
                         "after one round"),
    ("heldout95", 0.99, "5 ordinary minutes from five counties written to no emphasis: 0.998 first, 1.000 after a "
                        "leftovers round"),
    ("heldout96", 0.99, "5 bilingual minutes of municipalities in the administrative areas for Finnish, Meänkieli "
                        "and Sami: 0.865 first, 0.998 after one round"),
    ("heldout97", 0.99, "5 ordinary minutes of 2019-2022 (distance meetings) written to no emphasis: 0.989 first, "
                        "1.000 after a leftovers round"),
    ("heldout98", 0.99, "5 ordinary minutes of regions' bodies written to no emphasis: 0.979 first, 1.000 after a "
                        "leftovers round"),
    ("heldout99", 0.98, "5 documents of kommunalförbund and joint bodies: 0.929 first, 0.987 after one round"),
    ("heldout100", 0.99, "5 messy real documents (draft stamps, tracked changes, comments, skipped and repeated "
                         "numbers, names spelled two ways): 0.909 first, 1.000 after one round"),
    ("heldout101", 0.99, "5 ordinary minutes of five counties written to no emphasis, the session's last measure: "
                         "0.988 first, 0.998 after a leftovers round"),
    ("heldout102", 0.99, "5 protokollsutdrag of one paragraph each, some quoting earlier stages: 0.990 first, 1.000 "
                        "after a round"),
    ("heldout103", 0.99, "5 documents of social services and school bodies with sekretess: 0.967 first, 1.000 after "
                         "a round"),
    ("heldout104", 0.97, "5 ordinary Götaland minutes written to no emphasis, a last measure: 0.981 first"),
    ("heldout105", 0.985, "5 ordinary Svealand and Norrland minutes written to no emphasis, a last measure: 0.998 "
                          "first"),
    ("heldout106", 0.99, "5 documents whose template puts everything in tables: 0.934 first, 1.000 after one round"),
    ("heldout107", 0.93, "5 ordinary minutes of southern counties written to no emphasis, the session's very last "
                         "measure (its gold counts administrations as organisations, unlike most sets): 0.941 first"),
    ("heldout108", 0.945, "5 ordinary minutes of central counties written to no emphasis, the session's very last "
                          "measure: 0.955 first"),
    ("heldout109", 0.99, "5 ordinary minutes of Västra Götaland written to no emphasis (measure): 0.966 first, "
                         "1.000 after rounds"),
    ("heldout110", 0.99, "5 kommunfullmäktige minutes full of names that are not attendance (val, avsägelser, "
                         "interpellationer, debaters): 0.949 first, 1.000 after rounds"),
    ("heldout111", 0.985, "5 minutes of less common bodies (valnämnd, joint överförmyndarnämnd, krisledningsnämnd, "
                          "revisorerna, a funktionsrättsråd): 0.953 first, 0.993 after rounds"),
    ("heldout112", 0.99, "5 minutes as case-management systems export them (Ciceron, W3D3, Meetings Plus, Platina, "
                          "Public 360): 0.991 first, 0.998 after rounds"),
    ("heldout113", 0.99, "5 ordinary minutes of Skåne, Blekinge and Norrland written to no emphasis (measure): "
                          "0.924 first, 0.998 after rounds"),
    ("heldout114", 0.99, "5 minutes published as web pages (Sitevision, Optimizely, Ciceron Portal, Word's HTML, "
                          "an accessible WordPress version): 0.983 first, 0.999 after rounds"),
    ("heldout115", 0.99, "5 minutes numbered and headed in unusual ways ('§24' in a margin, 'Paragraf 78', '58 §', "
                          "'Ärende 4 (§ 33)', a title above its number line): 0.966 first, 0.999 after rounds"),
    ("heldout116", 0.985, "5 ordinary Svealand minutes written to no emphasis (measure): 0.993 first, 0.997 after "
                          "rounds"),
    ("heldout117", 0.985, "5 PDFs as different producers make them (Word export, case system, text out of reading "
                          "order, a scan with an OCR layer, letter-spaced headings and a landscape page): 0.976 first, "
                          "0.994 after rounds"),
    ("heldout118", 0.99, "5 Word documents from municipal templates (numbering from styles, tracked changes, "
                          "content controls, frames): 0.965 first, 1.000 after rounds"),
    ("heldout119", 0.99, "5 ordinary Norrland and Götaland minutes written to no emphasis (measure): 0.958 first, "
                         "1.000 after rounds"),
    ("heldout120", 0.985, "5 bygg- and miljönämnder with many short case paragraphs (fastighetsbeteckningar, "
                          "permit systems' case numbers, applicants): 0.976 first, 0.993 after rounds"),
    ("heldout121", 0.985, "5 older minutes of 2008-2017 (typewriter-like exports, an OCR'd scan, a <font> web page, "
                         "Word 2003 templates): 0.962 first, 0.993 after rounds"),
    ("heldout122", 0.985, "5 ordinary Skåne, Kronoberg and Blekinge minutes written to no emphasis (measure): "
                         "0.981 first, 0.995 after rounds"),
    ("heldout123", 0.99, "5 regions' minutes (regionfullmäktige with a 71-row vote list, nämnder, an utskott): "
                         "0.987 first, 0.999 after rounds"),
    ("heldout124", 0.985, "5 minutes with votes of every kind (återremiss and kontraproposition before the main vote, "
                         "casting vote, lottning, slutna sedlar, acklamation): 0.969 first, 0.996 after rounds"),
    ("heldout125", 0.995, "5 ordinary Värmland, Dalarna and Halland minutes written to no emphasis (measure): "
                          "0.990 first, 1.000 after rounds"),
    ("heldout126", 0.985, "5 kommunalförbund, a samordningsförbund and a municipal company answering remisser and "
                         "approving agreements: 0.934 first, 0.991 after rounds"),
    ("heldout127", 0.99, "5 kommunalförbund's utskott, presidium, beredning and förbundsfullmäktige: 0.931 first, "
                          "0.994 after rounds"),
    ("heldout128", 0.99, "5 joint bodies' minutes as tools extract them (pdftotext without -layout, a browser's "
                         "copy, a case system's HTML, two-column attendance, a Word table): 0.916 first, 0.994 after "
                         "rounds"),
    ("heldout129", 0.99, "5 kommunalförbund meetings full of votes, reservations and statements: 0.954 first, 0.996 "
                         "after rounds"),
    ("heldout130", 0.995, "5 kommunalförbund directions with attendance that changes during the meeting (distance, "
                          "jäv, arrivals, two days): 0.946 first, 1.000 after rounds"),
    ("heldout131", 0.99, "5 ordinary Norrbotten, Västerbotten, Kronoberg and Gotland minutes written to no emphasis "
                          "(measure): 0.970 first, 0.997 after rounds"),
    ("heldout132", 0.99, "5 ordinary Skåne, Stockholm and Västra Götaland minutes written to no emphasis (measure): "
                         "0.997 first"),
    ("heldout133", 0.995, "5 ordinary minutes of 2015-2020 from Jönköping, Östergötland and Kalmar counties, three of "
                         "them PDFs of different layouts (measure): 0.995 first, 1.000 after rounds"),
    ("heldout134", 0.99, "5 ordinary Västmanland, Södermanland, Uppsala and Gävleborg minutes written to no emphasis "
                          "(measure): 0.991 first, 0.998 after rounds"),
    ("heldout135", 0.995, "5 minutes with unusual structure around the paragraphs (a table of contents, one extract a "
                         "page, 'Ärende N' items with the § in the margin, appendices after the signatures, the "
                         "justering page first): 0.973 first, 0.999 after rounds"),
    ("heldout136", 0.99, "5 minutes, three as today's web pages (pdf2htmlEX lines, a <dl> roll, '§ 45 Title' "
                          "headings, <details> per §, decisions in <blockquote>): 0.980 first, 0.998 after rounds"),
    ("heldout137", 0.99, "5 prose-heavy minutes of small municipalities (attendance, decisions, votes and statements "
                         "told in running text): 0.954 first, 0.995 after rounds"),
    ("heldout138", 0.99, "5 files with character-level quirks (Windows-1252, UTF-16, no-break and zero-width spaces, "
                         "soft hyphens, PDF ligatures, Word non-breaking hyphens): 0.932 first, 0.998 after rounds"),
    ("heldout139", 0.99, "5 minutes whose decisions are hard to count (proposals to KF and 'för egen del', a)/b) "
                         "sub-points, återremiss and bordläggning, delegation lists, quoted earlier stages): 0.985 "
                         "first, 0.998 after rounds"),
    ("heldout140", 0.985, "5 minutes full of statements and reservations (written ones in appendices, joint and group "
                         "statements, ersättare joining them): 0.965 first, 0.991 after rounds"),
    ("heldout141", 0.99, "5 minutes that show how a case travels (KF citing KS and nämnd stages, remisser sent to "
                         "several bodies, answers, several case numbers): 0.988 first, 0.995 after rounds"),
    ("heldout142", 0.99, "5 ordinary facknämnder's minutes written to no emphasis, a last measure after the day's "
                         "rounds: 0.984 first, 0.996 after a round"),
    ("heldout143", 0.995, "5 ordinary fullmäktige and kommunstyrelse protocols written to no emphasis, a last "
                          "measure after the day's rounds: 0.998 first, 1.000 after a round"),
    ("heldout144", 0.995, "5 ordinary minutes of Örebro, Östergötland and Jämtland bodies written to no emphasis "
                         "(a measure): 0.973 first, 1.000 after a round"),
    ("heldout145", 0.995, "5 minutes as conversion tools write them (pandoc Markdown, markitdown, Apache Tika text, "
                         "docx2txt, lynx -dump): 0.981 first, 1.000 after a round"),
    ("heldout146", 0.995, "5 long protocols (13-14 paragraphs over 9-13 pages: val, avsägelser, remitted motions, "
                         "delegation and information items): 0.992 first, 0.999 after rounds"),
    ("heldout147", 0.995, "5 minutes about agreements and the organisations they bind (parties in tables, lists and "
                         "later sentences; extended and terminated agreements): 0.985 first, 1.000 after a round"),
    ("heldout148", 0.995, "5 ordinary minutes of Skåne, Halland, Kalmar, Västernorrland and Dalarna bodies written to "
                         "no emphasis (a measure): 0.992 first, 0.998 after a round"),
    ("heldout149", 0.995, "5 regions' own minutes (regionstyrelse, regionfullmäktige, hälso- och sjukvård, "
                          "regional utveckling): 0.978 first, 1.000 after rounds"),
    ("heldout150", 0.99, "5 ordinary minutes of Södermanland, Västmanland and Gävleborg bodies written to no emphasis "
                         "(a measure): 0.966 first, 0.995 after rounds"),
    ("heldout151", 0.995, "5 ordinary minutes of Norrbotten, Västra Götaland, Kronoberg, Jönköping and Värmland "
                          "bodies written to no emphasis (a measure): 0.991 first, 1.000 after rounds"),
    ("heldout153", 0.995, "5 minutes of less common organs (a personalutskott, fullmäktige's presidium, a "
                          "demokratiberedning, a råd för funktionshinderfrågor, a ledningsutskott): 0.954 first, "
                          "0.998 after a round"),
    ("heldout152", 0.995, "5 minutes as meeting systems publish them (Netpublicator, iBabs, EDP Vision, Formpipe Lex, "
                          "a system's PDF with a cover sheet): 0.981 first, 1.000 after a round"),
    ("heldout154", 0.99, "5 minutes of the largest cities' nämnder (stadsdelsnämnd, programnämnd, party-list "
                         "reservations, 'Ordföranden m.fl.'): 0.984 first, 0.997 after a round"),
    ("heldout155", 0.995, "5 ordinary minutes of Norrland and Svealand bodies written to no emphasis, the session's "
                         "last measure: 0.992 first, 1.000 after a round"),
    ("heldout156", 0.995, "5 ordinary minutes of Blekinge, Kalmar, Östergötland, Skåne and Halland bodies written to "
                          "no emphasis, a measure after all the session's rounds: 0.978 first, 0.998 after rounds"),
    ("heldout157", 0.99, "5 protokollsutdrag as the receiving body filed them (receipt stamps with the receiver's "
                         "number, forwarding e-mails, an OCR'd scan): 0.971 first, 0.997 after a round"),
    ("heldout158", 0.99, "5 ordinary minutes of Västmanland, Uppsala, Stockholm, Örebro bodies written to no "
                          "emphasis, the session's final measure: 0.951 first, 0.993 after a short round"),
    ("heldout159", 0.99, "5 ordinary minutes of Halland, Västra Götaland, Norrbotten and Västerbotten bodies written "
                          "to no emphasis, the session's final measure: 0.983 first, 0.994 after a short round"),
    ("heldout160", 0.99, "5 ordinary minutes of Kronoberg, Kalmar, Skåne and Blekinge bodies written to no emphasis "
                         "(a measure): 0.986 first, 1.000 after rounds"),
    ("heldout161", 0.99, "5 ordinary minutes of Stockholm, Uppsala, Dalarna, Värmland and Örebro bodies written to "
                         "no emphasis (a measure): 0.996 first, 1.000 after rounds"),
    ("heldout162", 0.99, "5 municipal companies' and foundations' own board minutes and their owners' kommunstyrelse "
                         "(ägardirektiv, borgen): 0.923 first, 0.994 after rounds"),
    ("heldout163", 0.99, "5 older minutes of 2008-2014: (fp), lower-case parties, 'Utses att justera', typewriter "
                         "layouts, kommunallagen (1991:900): 0.967 first, 0.996 after rounds"),
    ("heldout164", 0.99, "5 minutes whose attendance changes during the meeting: arrivals, departures, jäv, "
                         "substitutes for some §§, a column per §, a two-day meeting: 0.977 first, 0.998 after rounds"),
    ("heldout165", 0.99, "5 minutes of individual cases: confidential §§ with 'Person A', ordförandebeslut, "
                         "delegation lists, överförmyndarnämnd, permits and sanctions: 0.973 first, 0.996 "
                         "after rounds"),
    ("heldout166", 0.99, "5 ordinary minutes of Västra Götaland, Halland and Jönköping bodies written to no "
                         "emphasis (a measure): 0.979 first, 0.998 after rounds"),
    ("heldout167", 0.99, "5 ordinary minutes of Norrbotten, Västerbotten, Jämtland, Gävleborg and Västernorrland "
                         "bodies written to no emphasis (a measure): 0.966 first, 0.996 after rounds"),
    ("heldout168", 0.99, "5 minutes of 2020-2022 as the pandemic made them: members at a distance, a reduced "
                         "fullmäktige, per capsulam, a krisledningsnämnd, digital justering: 0.930 first, 1.000 "
                         "after rounds"),
    ("heldout169", 0.99, "5 minutes of the Finnish, Meänkieli and Sami administrative areas: bilingual and "
                         "trilingual headings, translated titles and summaries: 0.923 first, 0.995 after rounds"),
    ("heldout170", 0.99, "5 ordinary minutes of Skåne, Stockholm and Västra Götaland bodies written to no emphasis "
                         "(a measure): 0.980 first, 0.999 after rounds"),
    ("heldout171", 0.99, "5 ordinary minutes of Örebro, Västmanland, Dalarna, Värmland and Södermanland bodies "
                         "written to no emphasis (a measure): 0.997 first, 0.997 after rounds"),
    ("heldout172", 0.99, "5 budget meetings: a yrkande from every party, votes between counter-proposals, votes per "
                         "decision point, group reservations, decisions a)-n): 0.971 first, 0.996 after rounds"),
    ("heldout173", 0.99, "5 minutes as OCR gives them: 'l' for '1', 'rn' for 'm', lost diacritics, slid table "
                         "columns, stamps read as junk: 0.981 first, 0.996 after rounds"),
    ("heldout174", 0.99, "5 case-management exports and templates: Evolution, a Beslutsförteckning, a table of "
                         "contents, Word content controls, 'Protokollet omfattar §§': 0.989 first, 0.998 "
                         "after rounds"),
    ("heldout175", 0.99, "5 kommunfullmäktige protocols of everyday items: avsägelser and fyllnadsval, "
                         "interpellations, motions, ansvarsfrihet with jäv, an appended roll: 0.942 first, 0.992 after "
                         "rounds"),
    ("heldout176", 0.99, "5 ordinary minutes of Jönköping, Kronoberg, Blekinge and Kalmar bodies written to no "
                         "emphasis, the session's final measure: 0.983 first, 0.998 after rounds"),
    ("heldout177", 0.99, "5 ordinary minutes of Uppsala, Gävleborg, Västernorrland, Jämtland and Västerbotten bodies "
                         "written to no emphasis, the session's final measure: 0.985 first, 0.997 after rounds"),
    ("heldout178", 0.99, "5 ordinary minutes of Skåne, Halland, Västra Götaland and Värmland bodies written to no "
                         "emphasis, a last measure: 0.978 first, 0.998 after a short round"),
    ("heldout179", 0.99, "5 ordinary minutes of Stockholm, Södermanland, Östergötland, Dalarna and Norrbotten "
                         "bodies written to no emphasis, a last measure: 0.982 first, 1.000 after a short round"),
    ("heldout180", 0.99, "5 ordinary minutes of Jönköping, Gävleborg, Kalmar, Gotland and Västra Götaland bodies "
                         "written to no emphasis, a last measure: 0.987 first, 0.994 after a short round"),
    ("heldout181", 0.99, "5 ordinary minutes of Skåne, Västmanland, Västernorrland, Uppsala and Västerbotten bodies "
                         "written to no emphasis, a last measure: 0.988 first, 0.993 after a short round"),
    ("heldout182", 0.99, "5 ordinary minutes of Västmanland, Östergötland, Jönköping, Gotland and Södermanland bodies "
                         "written to no emphasis, a measure: 0.987 first, 0.997 after a short round"),
    ("heldout183", 0.99, "5 ordinary minutes of Dalarna, Gävleborg, Värmland, Jämtland and Västra Götaland bodies "
                         "written to no emphasis, a measure: 1.000 first"),
    ("heldout184", 0.99, "5 minutes of committees below the big bodies: a personalutskott, a "
                         "samhällsbyggnadsutskott, a valberedning, a demokratiberedning, a krisledningsnämnd: 0.993 "
                         "first, 1.000 after a short round"),
    ("heldout185", 0.99, "5 ordinary minutes of Norrbotten, Dalarna, Västernorrland and Västerbotten bodies written to "
                         "no emphasis, a measure: 0.991 first, 1.000 after a short round"),
    ("heldout186", 0.99, "5 ordinary minutes of Skåne, Halland and Blekinge bodies written to no emphasis, a measure: "
                         "0.996 first, 1.000 after a short round"),
    ("heldout187", 0.99, "5 ordinary minutes of Uppsala, Stockholm and Södermanland bodies written to no emphasis, a "
                         "measure: 0.990 first, 0.997 after a short round"),
    ("heldout188", 0.99, "5 ordinary minutes of Västra Götaland, Kronoberg and Kalmar bodies written to no emphasis, a "
                         "measure: 0.993 first, 0.998 after a short round"),
    ("heldout189", 0.99, "5 ordinary minutes of Örebro, Västmanland and Östergötland bodies written to no emphasis, a "
                         "measure: 0.996 first"),
    ("heldout190", 0.99, "5 ordinary minutes of Jämtland, Gävleborg and Värmland bodies written to no emphasis, a "
                         "measure: 1.000 first"),
]


#: Company boards' minutes, whose gold names the company as the issuer; kommungraf mints the board under its company
#: but files the minutes (and so their people) under the municipality or region that owns it (docs/ontology.md), so
#: these differ from the gold by design.
COMPANY_MINUTES = {"jamtkraft-styrelse-2024-04-25-protokoll.pdf", "skelleftea-kraft-styrelse-2024-03-21-protokoll.pdf",
                   "stockholmshem-bolagsstamma-2024-06-20-protokoll.docx",
                   "uppsalavatten-styrelse-2024-08-27-per-capsulam.txt", "vasttrafik-styrelse-2024-04-18-protokoll.pdf",
                   "sandvikenhus-styrelse-2019-10-03-protokoll.docx",
                   "hallandstrafiken-styrelse-2024-05-23-protokoll.pdf", "kalmarhem-styrelse-2024-06-12-protokoll.txt",
                   "oresundskraft-styrelse-2024-10-17-protokollsutdrag.docx",
                   "tekniskaverken-styrelse-2026-02-12-protokollsutdrag.txt",
                   "vivab-arsstamma-2024-04-25-protokoll.html", "gavlegardarna-styrelse-2025-03-27-protokoll.txt",
                   "norrkopingshamn-styrelse-2025-10-23-protokoll.pdf",
                   "tierpsbyggen-styrelse-2024-12-12-protokollsutdrag.docx"}


def other_legal_entities(ev, gold: Path) -> dict[str, tuple[str | None, str | None]]:
    """Documents whose minutes were filed under another municipality (region, förbund) than the gold's issuer,
    read back from the graph: (found, gold)."""
    import json

    out = {}
    for name, facts in ev.facts.items():
        want = json.loads((gold / (Path(name).stem + ".json")).read_text(encoding="utf-8")).get("municipality")
        if name not in COMPANY_MINUTES and (facts.get("municipality") or "").casefold() != (want or "").casefold():
            out[name] = (facts.get("municipality"), want)
    return out


@pytest.mark.parametrize(("folder", "floor"), [(f, lo) for f, lo, _ in HELD_OUT])
def test_a_held_out_set_stays_above_its_floor(folder: str, floor: float):
    from conftest import ROOT

    ev = evaluate(ROOT / "tests" / folder / "docs", ROOT / "tests" / folder / "gold")
    overall, _ = ev.totals()
    assert not ev.errors and overall.f1 >= floor, overall.f1
    # Not scored by the corpus README, but every IRI of a document is minted under its municipality: a wrong one
    # files a nämnd, its people and its cases under a neighbour.
    assert not other_legal_entities(ev, ROOT / "tests" / folder / "gold")


def test_every_fact_type_is_produced_for_every_file_format_in_the_corpus(shared_eval):
    import json

    ev, corpus = shared_eval
    wanted: dict[str, set[str]] = defaultdict(set)
    produced: dict[str, set[str]] = defaultdict(set)
    for doc in (corpus / "docs").iterdir():
        fmt = doc.suffix
        gold = json.loads((corpus / "gold" / (doc.stem + ".json")).read_text())
        wanted[fmt] |= {t for t, facts in document_facts(gold).items() if facts}
        produced[fmt] |= {t for t, facts in document_facts(ev.facts[doc.name]).items() if facts}
    assert set(wanted) == {".txt", ".pdf", ".docx", ".html"}
    for fmt in wanted:
        assert wanted[fmt] <= produced[fmt], (fmt, wanted[fmt] - produced[fmt])
