"""Translations: the app speaks Danish; English, Norwegian bokmål and Swedish come from
resources/i18n/redact_<lang>.qm via Qt (sources: the .ts next to them, made with pyside6-lupdate).

Texts that come from lower layers (detector reasons, what found a proposal, service errors, a
document's warnings) are Danish data; gui/lower_texts.py translates them where they are shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from redact.core.case import State
from redact.core.entity import Entity
from redact.paths import resources_dir

LANGUAGES = ("da", "en", "nb", "sv")
# Qt ships no qtbase_nb.qm (6.11): Norwegian bokmål takes Qt's own texts from nynorsk, the other
# written Norwegian, rather than from English.
QT_FALLBACK = {"nb": "nn"}
_SYSTEM = {
    QLocale.Language.Danish: "da",
    QLocale.Language.NorwegianBokmal: "nb",
    QLocale.Language.NorwegianNynorsk: "nb",
    QLocale.Language.Swedish: "sv",
}


def system_language(locale: QLocale | None = None) -> str:
    """The app's language for the system's: Norwegian (either written standard) -> nb, Swedish -> sv;
    anything else Danish, the app's own language (English only when chosen in the settings)."""
    return _SYSTEM.get((locale or QLocale.system()).language(), "da")


def translation_dirs() -> list[Path]:
    """Where redact_<lang>.qm is: resources/i18n of the source tree or of the installed bundle."""
    return [resources_dir() / "i18n"]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own translations for `language`; returns what was loaded.

    Qt's own texts (Cancel, Close, the file dialog) come from `qtbase_<lang>.qm`: the catch-all
    `qt_<lang>.qm` fails to load when the multimedia catalogue it names is not installed, as in
    PySide6-Essentials, and Qt then speaks English.
    """
    loaded: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for qt_language in (language, QT_FALLBACK.get(language)):
        qt = QTranslator(app)
        if qt_language and qt.load(QLocale(qt_language), "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            loaded.append(qt)
            break
    if language != "da":
        for folder in translation_dirs():
            own = QTranslator(app)
            if own.load(f"redact_{language}", str(folder)):
                app.installTranslator(own)
                loaded.append(own)
                break
    return loaded


_ENTITY_NAMES = {
    Entity.CPR: QT_TRANSLATE_NOOP("Texts", "CPR-nummer"),
    Entity.FNR: QT_TRANSLATE_NOOP("Texts", "Norsk fødselsnummer"),
    Entity.PNR: QT_TRANSLATE_NOOP("Texts", "Svensk personnummer"),
    Entity.PHONE: QT_TRANSLATE_NOOP("Texts", "Telefonnummer"),
    Entity.EMAIL: QT_TRANSLATE_NOOP("Texts", "E-mailadresse"),
    Entity.BANK: QT_TRANSLATE_NOOP("Texts", "Bankkonto"),
    Entity.IBAN: QT_TRANSLATE_NOOP("Texts", "IBAN"),
    Entity.PLATE: QT_TRANSLATE_NOOP("Texts", "Nummerplade"),
    Entity.PERSON: QT_TRANSLATE_NOOP("Texts", "Person"),
    Entity.ADDRESS: QT_TRANSLATE_NOOP("Texts", "Adresse"),
    Entity.IDNUM: QT_TRANSLATE_NOOP("Texts", "Andet id-nummer"),
    Entity.SENSITIVE: QT_TRANSLATE_NOOP("Texts", "Følsomme oplysninger"),
    Entity.MANUAL: QT_TRANSLATE_NOOP("Texts", "Manuelle overstregninger"),
}
_STATE_NAMES = {
    State.OPEN: QT_TRANSLATE_NOOP("Texts", "Åben"),
    State.ACCEPTED: QT_TRANSLATE_NOOP("Texts", "Accepteret"),
    State.REJECTED: QT_TRANSLATE_NOOP("Texts", "Afvist"),
}


def entity_name(entity: Entity) -> str:
    name = _ENTITY_NAMES.get(entity)
    return QCoreApplication.translate("Texts", str(name)) if name else entity.value


def state_name(state: State) -> str:
    return QCoreApplication.translate("Texts", str(_STATE_NAMES[state]))


def arg(template: str, *values: object) -> str:
    """Fill %1, %2, … as QString.arg does, so translations may reorder them."""
    for k in range(len(values), 0, -1):
        template = template.replace(f"%{k}", str(values[k - 1]))
    return template


def counted(n: int, one: str, many: str) -> str:
    """ "1 dokument", "2 dokumenter": the caller passes both forms, each translated."""
    return f"{n} {one if n == 1 else many}"
