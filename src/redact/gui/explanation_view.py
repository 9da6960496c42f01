"""The "Hvorfor?" pane: why the selected proposal was made, what a manual redaction is, or what a
selected group holds. A view over the review session: the facts come from `ReviewSession`, this
widget only words them (translated, with singular and plural)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from redact.gui.i18n import arg, counted, entity_name, state_name
from redact.gui.lower_texts import lower
from redact.services.session import Explanation, GroupFacts, ReviewSession


class ExplanationView(QTextBrowser):
    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("explanation")
        self.setOpenLinks(False)
        self.setMinimumHeight(150)

    def documents(self, n: int) -> str:
        return counted(n, self.tr("dokument"), self.tr("dokumenter"))

    def show_item(self, why: Explanation | None) -> None:
        self.setHtml(self.item_html(why))

    def show_group(self, facts: GroupFacts) -> None:
        self.setHtml(self.group_html(facts))

    def group_html(self, facts: GroupFacts) -> str:
        proposals = counted(facts.proposals, self.tr("forslag", "ental"), self.tr("forslag", "flertal"))
        return (
            f"<p><b>{escape(facts.name)}</b></p><p>"
            + escape(arg(self.tr("%1 i %2, %3 åbne."), proposals, self.documents(facts.documents), facts.open))
            + "</p><p>"
            + escape(self.tr("A accepterer alle, R afviser alle. H sætter hjemmel for dem alle."))
            + "</p>"
        )

    def item_html(self, why: Explanation | None) -> str:
        e = escape
        if self.session.case is None:
            return ""
        if why is None:
            return "<p>" + e(self.tr("Vælg et forslag i listen eller på siden. N går til næste åbne forslag.")) + "</p>"
        where = arg(self.tr("%1, side %2"), why.document, why.page + 1)
        if why.manual:
            rows = [
                (self.tr("Tekst"), why.text or self.tr("(et område uden tekst)")),
                (self.tr("Hjemmel"), why.citation),
                (self.tr("Lavet af"), f"{why.who}, {why.when}"),
                (self.tr("Dokument"), where),
            ]
            return (
                f"<p><b>{e(self.tr('Manuel overstregning'))}</b></p>{_table(rows)}<p>"
                + e(self.tr("R fjerner den."))
                + "</p>"
            )
        rows = [
            (self.tr("Status"), state_name(why.state) if why.state is not None else ""),
            (self.tr("Fundet af"), lower(why.finder)),
            (self.tr("Sikkerhed"), f"{why.score} %"),
            (self.tr("Hvorfor"), lower(why.reason)),
            (self.tr("Hjemmel"), why.citation),
            (self.tr("Dokument"), where),
        ]
        if why.group_mentions > 1:
            mentions = counted(why.group_mentions, self.tr("forekomst"), self.tr("forekomster"))
            rows.append((self.tr("Gruppe"), arg(self.tr("%1 i %2"), mentions, self.documents(why.group_documents))))
        return f"<p><b>{e(entity_name(why.entity))}</b>: «{e(why.text)}»</p>{_table(rows)}"


def _table(rows: list[tuple[str, str]]) -> str:
    return (
        "<table>"
        + "".join(f"<tr><td><i>{escape(k)}</i>&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
        + "</table>"
    )
