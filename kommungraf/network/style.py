"""Colours and group names shared by the pictures and the interactive page."""

from __future__ import annotations

#: Party abbreviation → colour.  Close to each party's own colour, adjusted so neighbours on the political map
#: stay apart (MP light green against C dark green, L light blue against M blue, KD navy).
PARTY_COLOURS: dict[str, str] = {
    "S": "#e8112d",
    "M": "#1f5fd6",
    "V": "#8b1a1a",
    "MP": "#5fbf3f",
    "C": "#00653a",
    "KD": "#1c2a6b",
    "L": "#6ab0e6",
    "FP": "#6ab0e6",  # Folkpartiet became Liberalerna (2015): one colour across the years
    "SD": "#e6c200",
    "Fi": "#e4007c",
}
UNKNOWN_PARTY = "okänt parti"
UNKNOWN_COLOUR = "#9e9e9e"

#: Node kinds that are not people or parties, and their colours.
KIND_COLOURS: dict[str, str] = {
    "organ": "#4a6572",
    "kommun": "#7b5ea7",
    "region": "#5e3c99",
    "kommunalförbund": "#9c7fc4",
    "extern organisation": "#d2691e",
    "person": UNKNOWN_COLOUR,
}


def party_colour(abbreviation: str | None) -> str:
    """The colour of a party by abbreviation; grey for unknown or local parties."""
    return PARTY_COLOURS.get(abbreviation or "", UNKNOWN_COLOUR)


def kind_colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, UNKNOWN_COLOUR)


def hex_to_rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
