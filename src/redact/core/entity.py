"""The kinds of information the tool proposes to redact, and their Danish names."""

from __future__ import annotations

from enum import StrEnum


class Entity(StrEnum):
    CPR = "CPR"
    FNR = "FNR"  # Norwegian fødselsnummer
    PNR = "PNR"  # Swedish personnummer
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    BANK = "BANK"
    IBAN = "IBAN"
    PLATE = "PLATE"
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    IDNUM = "IDNUM"
    SENSITIVE = "SENSITIVE"
    MANUAL = "MANUAL"


DANISH_NAMES: dict[Entity, str] = {
    Entity.CPR: "CPR-nummer",
    Entity.FNR: "Norsk fødselsnummer",
    Entity.PNR: "Svensk personnummer",
    Entity.PHONE: "Telefonnummer",
    Entity.EMAIL: "E-mailadresse",
    Entity.BANK: "Bankkonto",
    Entity.IBAN: "IBAN",
    Entity.PLATE: "Nummerplade",
    Entity.PERSON: "Person",
    Entity.ADDRESS: "Adresse",
    Entity.IDNUM: "Andet id-nummer",
    Entity.SENSITIVE: "Følsomme oplysninger",
    Entity.MANUAL: "Manuel",
}
