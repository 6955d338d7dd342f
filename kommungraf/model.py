"""Stage 3 records: the facts extracted from one document of minutes, each with the span it was read from."""

from __future__ import annotations

from dataclasses import dataclass, field

from .source import SourceText

ROLES = ("ordförande", "vice ordförande", "ledamot", "ersättare", "tjänstgörande ersättare", "justerare",
         "sekreterare", "tjänsteman")

STATEMENT_KINDS = ("särskilt uttalande", "särskilt yttrande", "ersättaryttrande", "protokollsanteckning")


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into :attr:`SourceText.text`."""

    start: int
    end: int


@dataclass(frozen=True)
class PersonRef:
    """A person as named at one place: name, party abbreviation (canonical) and the m.fl. flag."""

    name: str
    party: str | None
    span: Span
    with_others: bool = False


@dataclass(frozen=True)
class Person:
    """A person of the document with the roles the document states for them."""

    name: str
    party: str | None
    roles: tuple[str, ...]
    span: Span
    replaces: str | None = None


@dataclass(frozen=True)
class Proposal:
    by: tuple[PersonRef, ...]
    span: Span
    text: str = ""


@dataclass(frozen=True)
class Vote:
    yes: int
    no: int
    abstain: int
    span: Span
    roll_call: tuple[tuple[str, str], ...] = ()  # (person name, "yes" | "no" | "abstain")


@dataclass(frozen=True)
class Statement:
    """A reservation (kind "reservation") or one of :data:`STATEMENT_KINDS`."""

    kind: str
    by: tuple[PersonRef, ...]
    span: Span
    parties: tuple[str, ...] = ()
    endorses: int | None = None  # index into the paragraph's statements
    text: str = ""


@dataclass(frozen=True)
class Agreement:
    title: str
    parties: tuple[str, ...]
    span: Span


@dataclass(frozen=True)
class Dated:
    value: str  # ISO date
    span: Span


@dataclass(frozen=True)
class Named:
    value: str
    span: Span


@dataclass(frozen=True)
class Paragraph:
    number: str
    title: str
    span: Span
    case_numbers: tuple[Named, ...] = ()
    referred_by: Named | None = None
    decision_points: tuple[Named, ...] = ()
    #: The paragraph records no decision (a formal item: the meeting opened or closed, a question time, a question
    #: answered), as against a decision that was not found (no points and this False).
    without_decision: bool = False
    immediate_adjustment: bool = False
    staff_report_date: Dated | None = None
    proposals: tuple[Proposal, ...] = ()
    vote: Vote | None = None
    statements: tuple[Statement, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    text: str = ""

    @property
    def reservations(self) -> tuple[Statement, ...]:
        return tuple(s for s in self.statements if s.kind == "reservation")


@dataclass(frozen=True)
class Minutes:
    """Everything extracted from one source document."""

    source: SourceText
    key: str
    municipality: str | None
    body: Named | None
    meeting_date: Dated | None
    #: Where the first page says the meeting was held, without its date and time ("Kommunhuset, Djurås").
    meeting_place: Named | None = None
    #: The company whose board or general meeting keeps these minutes ("Uppsala Vatten och Avfall AB"): its organ
    #: is the company's, not one of the municipality's ``municipality`` names (the owner, where the minutes say).
    company: str | None = None
    persons: tuple[Person, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    organisations: tuple[Named, ...] = ()
    warnings: tuple[str, ...] = field(default=())
