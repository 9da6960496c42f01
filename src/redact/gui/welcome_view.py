"""The page shown before a case is open: what the app does in four steps, new/open, recent cases."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 50, 60, 50)
        heading = QLabel("<h1>" + escape(self.tr("Overstregning til aktindsigt")) + "</h1>", self)
        steps = QLabel(
            "<ol>"
            + "".join(
                f"<li style='margin-bottom:6px'>{escape(s)}</li>"
                for s in (
                    self.tr("Opret en sag for anmodningen (titel og journalnummer)."),
                    self.tr("Læg sagens filer ind: træk dem ind i vinduet, eller vælg dem."),
                    self.tr("Gennemgå forslagene: A accepterer (overstreger), R afviser, N går videre."),
                    self.tr("Eksportér: du får kontrollerede, overstregede PDF'er til udlevering."),
                )
            )
            + "</ol><p>"
            + escape(self.tr("Alt foregår på denne computer; intet sendes nogen steder hen."))
            + "</p>",
            self,
        )
        steps.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Ny sag…"), self)
        self.open_button = QPushButton(self.tr("Åbn sag…"), self)
        for b in (self.new_button, self.open_button):
            b.setMinimumHeight(36)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        self.recent_list = QListWidget(self)
        self.recent_list.setMaximumHeight(180)
        self.recent_list.setToolTip(self.tr("Dobbeltklik for at åbne sagen"))
        self.recent_title = QLabel("<b>" + escape(self.tr("Seneste sager")) + "</b>", self)
        self.keep_tip = QLabel(
            self.tr(
                "Tip: læg myndighedens medarbejderliste ind under Sag ▸ Indstillinger, "
                "så medarbejdernes navne og numre ikke bliver foreslået overstreget."
            ),
            self,
        )
        self.keep_tip.setWordWrap(True)
        self.keep_tip.setStyleSheet("color: #5a3b00; background: #fff4d6; padding: 6px;")
        layout.addWidget(heading)
        layout.addWidget(steps)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.keep_tip)
        layout.addSpacing(12)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent_list)
        layout.addStretch(1)

    def show_recent(self, folders: list[str], keep_list_set: bool) -> None:
        self.recent_list.clear()
        for folder in folders:
            self.recent_list.addItem(folder)
        self.recent_list.setVisible(bool(folders))
        self.recent_title.setVisible(bool(folders))
        self.keep_tip.setVisible(not keep_list_set)
