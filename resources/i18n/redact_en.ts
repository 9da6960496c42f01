<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="135"/>
        <source>Hjemmel</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="135"/>
        <source>Undtag fra aktindsigt</source>
        <translation>Withhold from access</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="137"/>
        <source>Hjemmel for at undtage %1 fra aktindsigt. Undtagelsen står i aktlisten.</source>
        <translation>Legal basis for withholding %1 from access. The withholding is listed in the document list.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="139"/>
        <source>Hjemmel for %1. Forslag, der får en hjemmel, bliver accepteret.</source>
        <translation>Legal basis for %1. Proposals given a basis are accepted.</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="51"/>
        <source>Sagen kan ikke åbnes</source>
        <translation>The case cannot be opened</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="55"/>
        <source>Loggen er repareret</source>
        <translation>The log was repaired</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="65"/>
        <source>Journalnummeret passer ikke</source>
        <translation>The journal number does not fit</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="66"/>
        <source>«%1» har ikke myndighedens format for journalnumre (%2).</source>
        <translation>«%1» does not have the authority&apos;s format for journal numbers (%2).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="81"/>
        <source>Sagen kan ikke oprettes</source>
        <translation>The case cannot be created</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="84"/>
        <source>Sagen er oprettet. Læg nu filerne ind: træk dem hertil, eller klik Tilføj filer.</source>
        <translation>The case is created. Now add the files: drag them here, or click Add files.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="95"/>
        <source>Åbn sag</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="95"/>
        <source>Sager (sag.redact);;Alle filer (*)</source>
        <translation>Cases (sag.redact);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="116"/>
        <source>Sagsoplysninger</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="121"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>DecisionController</name>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="48"/>
        <source>Den manuelle overstregning er fjernet (Ctrl+Z fortryder).</source>
        <translation>The manual redaction was removed (Ctrl+Z undoes).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="54"/>
        <source>Allerede afgjort.</source>
        <translation>Already decided.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="56"/>
        <source>Accepteret: %1 bliver overstreget. Ctrl+Z fortryder.</source>
        <translation>Accepted: %1 will be redacted. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="58"/>
        <source>Afvist: %1 bliver stående. Ctrl+Z fortryder.</source>
        <translation>Rejected: %1 stays. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="60"/>
        <source>Ingen åbne forslag tilbage. Sagen er klar til eksport (Ctrl+E).</source>
        <translation>No open proposals left. The case is ready for export (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="67"/>
        <source>Videre til «%2», side %3 (%4 åbne forslag tilbage i «%1»).</source>
        <translation>On to «%2», page %3 (%4 open proposals left in «%1»).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="69"/>
        <source>Ingen åbne forslag tilbage i «%1»: videre til «%2», side %3.</source>
        <translation>No open proposals left in «%1»: on to «%2», page %3.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="87"/>
        <source>Ingen åbne forslag tilbage.</source>
        <translation>No open proposals left.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="97"/>
        <source>Ingen åbne forslag.</source>
        <translation>No open proposals.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="101"/>
        <source>Acceptér alle</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="102"/>
        <source>Acceptér alle %1 åbne forslag i sagen? (Ctrl+Z fortryder)</source>
        <translation>Accept all %1 open proposals of the case? (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="125"/>
        <source>Hjemmel sat til %1.</source>
        <translation>Legal basis set to %1.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="132"/>
        <source>Der er intet at fortryde.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="134"/>
        <source>Fortrudt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="141"/>
        <source>Der er intet at gentage.</source>
        <translation>There is nothing to redo.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="143"/>
        <source>Gentaget: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="148"/>
        <source>accept</source>
        <translation>acceptance</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="149"/>
        <source>afvisning</source>
        <translation>rejection</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="150"/>
        <source>manuel overstregning</source>
        <translation>manual redaction</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="151"/>
        <source>fortrydelse</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="152"/>
        <source>undtagelse af dokumentet</source>
        <translation>withholding of the document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="153"/>
        <source>undtagelse af siden</source>
        <translation>withholding of the page</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="154"/>
        <source>skift af sprog</source>
        <translation>language change</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="159"/>
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="167"/>
        <source>side %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="175"/>
        <source>hele dokumentet</source>
        <translation>the whole document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="193"/>
        <source>Kan ikke undtage</source>
        <translation>Cannot withhold</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="197"/>
        <source>Side %1 er undtaget efter %2. Ctrl+Z fortryder.</source>
        <translation>Page %1 is withheld under %2. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="199"/>
        <source>Dokumentet er undtaget efter %1. Ctrl+Z fortryder.</source>
        <translation>The document is withheld under %1. Ctrl+Z undoes.</translation>
    </message>
</context>
<context>
    <name>DocumentChanges</name>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="47"/>
        <source>Sagen har ingen dokumenter.</source>
        <translation>The case has no documents.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="57"/>
        <source>Fjern dokumenter</source>
        <translation>Remove documents</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="58"/>
        <source>Fjern disse dokumenter fra sagen?

%1

Originalerne bliver ikke rørt.</source>
        <translation>Remove these documents from the case?

%1

The originals are not touched.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="83"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>The staff list cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="102"/>
        <source>%1 er nu på %2: %3 åbne forslag fjernet, %4 nye; %5 nye i andre dokumenter.</source>
        <translation>%1 is now in %2: %3 open proposals removed, %4 new; %5 new in other documents.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="111"/>
        <source>Sprogskiftet blev afbrudt; dokumentet er uændret.</source>
        <translation>The change of language was cancelled; the document is unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="113"/>
        <source>Sproget kunne ikke skiftes</source>
        <translation>The language could not be changed</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="116"/>
        <source>Læser dokumentet igen</source>
        <translation>Reading the document again</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../src/redact/gui/models.py" line="96"/>
        <location filename="../../src/redact/gui/models.py" line="180"/>
        <source>Fejl</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="98"/>
        <source>Undtaget</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="102"/>
        <source>%1 s. undtaget</source>
        <translation>%1 p. withheld</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="111"/>
        <source>Til gennemsyn</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="113"/>
        <source>Ingen forslag</source>
        <translation>No proposals</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="114"/>
        <source>Gennemset</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Åbne</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="177"/>
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="178"/>
        <source>Behandles…</source>
        <translation>Processing…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="179"/>
        <source>Behandlet</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="190"/>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="192"/>
        <source>Kunne ikke læses: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="194"/>
        <source>%1 sider, %2</source>
        <translation>%1 pages, %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="197"/>
        <source>Side %1: intet tekstlag, ikke kontrolleret – læs selv siden</source>
        <translation>Page %1: no text layer, not checked – read the page yourself</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="203"/>
        <source>%1 forslag: %2 åbne, %3 accepteret, %4 afvist; %5 manuelle</source>
        <translation>%1 proposals: %2 open, %3 accepted, %4 rejected; %5 manual</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="27"/>
        <source>Dansk</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="28"/>
        <source>Norsk (bokmål)</source>
        <translation>Norwegian (Bokmål)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="29"/>
        <source>Norsk (nynorsk)</source>
        <translation>Norwegian (Nynorsk)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="30"/>
        <source>Svensk</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="31"/>
        <source>Engelsk</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="53"/>
        <source>Tilføj filer…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="54"/>
        <source>Tilføj mappe…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="55"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="56"/>
        <source>Fjern de valgte dokumenter fra sagen</source>
        <translation>Remove the selected documents from the case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="57"/>
        <source>Træk filer og mapper hertil (PDF, Word, e-mail, tekst, billeder)</source>
        <translation>Drag files and folders here (PDF, Word, e-mail, text, images)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="62"/>
        <source>Dokumenter</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="71"/>
        <source>Dokumentets sprog. Vælg et andet, og dokumentet gennemgås igen på det sprog; afgjorte forslag bliver.</source>
        <translation>The document&apos;s language. Choose another and the document is gone through again in that language; decided proposals stay.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="76"/>
        <source>Spr&amp;og:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="100"/>
        <source>sat af sagsbehandleren</source>
        <translation>set by the case handler</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="102"/>
        <source>fundet automatisk</source>
        <translation>detected automatically</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="25"/>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="25"/>
        <source>dokumenter</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="34"/>
        <source>forslag</source>
        <comment>ental</comment>
        <translation>proposal</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="34"/>
        <source>forslag</source>
        <comment>flertal</comment>
        <translation>proposals</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="37"/>
        <source>%1 i %2, %3 åbne.</source>
        <translation>%1 in %2, %3 open.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="39"/>
        <source>A accepterer alle, R afviser alle. H sætter hjemmel for dem alle.</source>
        <translation>A accepts all, R rejects all. H sets the legal basis for all of them.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="48"/>
        <source>Vælg et forslag i listen eller på siden. N går til næste åbne forslag.</source>
        <translation>Select a proposal in the list or on the page. N goes to the next open proposal.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="49"/>
        <source>%1, side %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="52"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="52"/>
        <source>(et område uden tekst)</source>
        <translation>(an area without text)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="53"/>
        <location filename="../../src/redact/gui/explanation_view.py" line="67"/>
        <source>Hjemmel</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="54"/>
        <source>Lavet af</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="55"/>
        <location filename="../../src/redact/gui/explanation_view.py" line="68"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="59"/>
        <source>R fjerner den.</source>
        <translation>R removes it.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="64"/>
        <source>Fundet af</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="65"/>
        <source>Sikkerhed</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="66"/>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="71"/>
        <source>forekomst</source>
        <translation>occurrence</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="71"/>
        <source>forekomster</source>
        <translation>occurrences</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="72"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="72"/>
        <source>%1 i %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="79"/>
        <source>Dokumentet kan ikke udleveres, som det står:

%1</source>
        <translation>The document cannot be released as it stands:

%1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="82"/>
        <source>Forhåndsvisningen laves…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="103"/>
        <source>Laver forhåndsvisning</source>
        <translation>Making the preview</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="111"/>
        <source>Sagen har endnu ingen titel eller intet journalnummer. De står i aktlisten, i stemplet på hver side og i afgørelsen: udfyld dem før eksporten.</source>
        <translation>The case has no title or no journal number yet. They appear in the document list, in the stamp on every page and in the decision: fill them in before the export.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="127"/>
        <location filename="../../src/redact/gui/export_view.py" line="136"/>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="130"/>
        <source>Pakken til aktindsigt (overstregede og kontrollerede PDF&apos;er, aktliste, udkast til afgørelse og revisionsspor) gemmes i:

%1

En tidligere pakke dér erstattes.</source>
        <translation>The access package (redacted and checked PDFs, document list, draft decision and audit trail) is saved in:

%1

An earlier package there is replaced.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="137"/>
        <source>Vælg en anden mappe…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="142"/>
        <source>Vælg mappe til pakken</source>
        <translation>Choose a folder for the package</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="156"/>
        <source>Åbne forslag</source>
        <translation>Open proposals</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="157"/>
        <source>%1 forslag er stadig åbne. Åbne forslag bliver IKKE overstreget.</source>
        <translation>%1 proposals are still open. Open proposals are NOT redacted.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="159"/>
        <source>Gå til næste åbne forslag</source>
        <translation>Go to the next open proposal</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="160"/>
        <source>Eksportér alligevel</source>
        <translation>Export anyway</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="175"/>
        <source>Vælg en anden mappe</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="197"/>
        <source>Pakken er skrevet i %1 (%2 dokumenter udleveret)</source>
        <translation>The package is written in %1 (%2 documents released)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="200"/>
        <source>Eksporten blev afbrudt.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="205"/>
        <source>Eksporten mislykkedes: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="210"/>
        <source>Eksporterer</source>
        <translation>Exporting</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="182"/>
        <source>Eksport med fejl</source>
        <translation>Export with errors</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="182"/>
        <source>Eksport færdig</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="187"/>
        <source>Pakken er ikke skrevet i %1:</source>
        <translation>The package was not written in %1:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="197"/>
        <source>Pakken til aktindsigt er skrevet og kontrolleret i %1</source>
        <translation>The access package is written and checked in %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="201"/>
        <source>%1 dokumenter, %2 udleveret, %3 sider i den samlede PDF.</source>
        <translation>%1 documents, %2 released, %3 pages in the combined PDF.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="212"/>
        <source>Undtaget:</source>
        <translation>Withheld:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="223"/>
        <source>%1 forslag var stadig åbne og er ikke overstreget.</source>
        <translation>%1 proposals were still open and are not redacted.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="232"/>
        <source>Åbn mappen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="238"/>
        <source>Skrevne filer:</source>
        <translation>Files written:</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="40"/>
        <source>Ingen sag</source>
        <translation>No case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="40"/>
        <source>Opret eller åbn en sag, før du lægger filer ind.</source>
        <translation>Create or open a case before adding files.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="45"/>
        <source>Filerne kan ikke lægges ind</source>
        <translation>The files cannot be added</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="55"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>The staff list cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="56"/>
        <source>Filerne behandles uden listen.</source>
        <translation>The files are processed without the list.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="99"/>
        <source>Indlæsningen blev afbrudt; filerne er ikke lagt ind.</source>
        <translation>Adding was cancelled; the files were not added.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="101"/>
        <source>Filerne kunne ikke behandles</source>
        <translation>The files could not be processed</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="107"/>
        <source>Læser %1 filer</source>
        <translation>Reading %1 files</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="123"/>
        <source>%1 dokumenter lagt ind</source>
        <translation>%1 documents added</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="125"/>
        <source>; %1 filer kunne ikke læses</source>
        <translation>; %1 files could not be read</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="134"/>
        <source>Nogle filer kunne ikke læses</source>
        <translation>Some files could not be read</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="135"/>
        <source>Resten er lagt ind. Disse filer mangler:</source>
        <translation>The rest were added. These files are missing:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="142"/>
        <source>Tilføj filer til sagen</source>
        <translation>Add files to the case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="144"/>
        <source>Dokumenter (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)</source>
        <translation>Documents (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="151"/>
        <source>Tilføj en mappe med filer til sagen</source>
        <translation>Add a folder of files to the case</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="39"/>
        <source>Søg og overstreg</source>
        <translation>Search and redact</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="44"/>
        <source>tekst eller mønster, fx et navn</source>
        <translation>text or pattern, e.g. a name</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="46"/>
        <source>Mønstre…</source>
        <translation>Patterns…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="49"/>
        <source>Søg efter de almindelige danske numre og adresser</source>
        <translation>Search for the usual Danish numbers and addresses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="50"/>
        <source>&amp;Mønster (regulært udtryk)</source>
        <translation>&amp;Pattern (regular expression)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="51"/>
        <source>Forskel på &amp;store og små bogstaver</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="52"/>
        <source>Kun &amp;hele ord</source>
        <translation>&amp;Whole words only</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="54"/>
        <source>&amp;Søg i sagen</source>
        <translation>&amp;Search the case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="57"/>
        <location filename="../../src/redact/gui/find_dialog.py" line="111"/>
        <source>Skriv teksten, og tryk Søg i sagen.</source>
        <translation>Type the text and press Search the case.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="60"/>
        <source>Klik for at se forekomsten på siden; fjern fluebenet for at lade den stå</source>
        <translation>Click to see the occurrence on its page; untick it to leave it</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="63"/>
        <location filename="../../src/redact/gui/find_dialog.py" line="109"/>
        <source>Overstreg valgte</source>
        <translation>Redact selected</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="141"/>
        <source>%1, s. %2</source>
        <translation>%1, p. %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="170"/>
        <source>forekomst</source>
        <translation>occurrence</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="170"/>
        <source>forekomster</source>
        <translation>occurrences</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="171"/>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="171"/>
        <source>dokumenter</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="172"/>
        <source>%1 i %2; %3 valgt til overstregning.</source>
        <translation>%1 in %2; %3 selected for redaction.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="173"/>
        <source>Overstreg valgte (%1)</source>
        <translation>Redact selected (%1)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="76"/>
        <source>Hjemmel:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="118"/>
        <source>Søger…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="143"/>
        <source>  (allerede overstreget)</source>
        <translation>  (already redacted)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="167"/>
        <source>Ingen forekomster i sagen.</source>
        <translation>No occurrences in the case.</translation>
    </message>
</context>
<context>
    <name>LowerTexts</name>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="26"/>
        <source>%1 (læst med OCR)</source>
        <translation>%1 (read by OCR)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="27"/>
        <source>%1 (over linjeskift)</source>
        <translation>%1 (across a line break)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="28"/>
        <source>%1 (ejefald)</source>
        <translation>%1 (genitive)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="29"/>
        <source>%1 (med mellemnavn)</source>
        <translation>%1 (with middle name)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="30"/>
        <source>%1 (mønster %2)</source>
        <translation>%1 (pattern %2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="31"/>
        <source>kontekstord «%1»</source>
        <translation>context word «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="32"/>
        <source>nævnt sammen med «%1»</source>
        <translation>mentioned together with «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="33"/>
        <source>flertydigt ord – kontrollér sammenhængen</source>
        <translation>ambiguous word – check the context</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="35"/>
        <source>Fornavn fra navneliste %1 efterfulgt af efternavn</source>
        <translation>First name from a name list %1 followed by a surname</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="36"/>
        <source>Fornavn fra navneliste %1 efterfulgt af ord med stort begyndelsesbogstav</source>
        <translation>First name from a name list %1 followed by a capitalised word</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="37"/>
        <source>Fornavn fra navneliste %1 med stort begyndelsesbogstav midt i sætningen</source>
        <translation>First name from a name list %1, capitalised in mid-sentence</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="38"/>
        <source>%1 fra navneliste (DST)</source>
        <translation>%1 from a name list (DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="39"/>
        <source>%1 fra navneliste (minoritetsnavne)</source>
        <translation>%1 from a name list (minority names)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="40"/>
        <source>(DST)</source>
        <translation>(DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="41"/>
        <source>(minoritetsnavne)</source>
        <translation>(minority names)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="42"/>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="43"/>
        <source>Efternavn</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="44"/>
        <source>Fornavn og efternavn fra navneliste (DST)</source>
        <translation>First name and surname from a name list (DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="45"/>
        <source>Efternavn og fornavn fra navneliste</source>
        <translation>Surname and first name from a name list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="46"/>
        <source>Efternavne fra navneliste</source>
        <translation>Surnames from a name list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="47"/>
        <source>Forbogstav efterfulgt af efternavn fra navneliste</source>
        <translation>Initial followed by a surname from a name list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="48"/>
        <source>Navn efter «%1»</source>
        <translation>Name after «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="49"/>
        <source>Navn efter titel «%1»</source>
        <translation>Name after the title «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="50"/>
        <source>Navn i e-mailhoved efter «%1»</source>
        <translation>Name in an e-mail header after «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="51"/>
        <source>Navn i e-mailhoved før e-mailadressen</source>
        <translation>Name in an e-mail header before the address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="52"/>
        <source>Navn i deltagerliste efter «%1»</source>
        <translation>Name in a list of participants after «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="53"/>
        <source>Navn i underskrift efter «%1»</source>
        <translation>Name in a signature after «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="54"/>
        <source>Navn genkendt af sprogmodellen (PER)</source>
        <translation>Name recognised by the language model (PER)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="55"/>
        <source>Navn genkendt af navnegenkendelsen</source>
        <translation>Name recognised by the name recogniser</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="56"/>
        <source>Initialer efter «%1»</source>
        <translation>Initials after «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="57"/>
        <source>Initialer, der går igen i teksten som en person</source>
        <translation>Initials that recur in the text as a person</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="58"/>
        <source>Samme person som «%1», der er fundet andetsteds i sagen</source>
        <translation>The same person as «%1», found elsewhere in the case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="59"/>
        <source>Samme oplysning er fundet andetsteds i sagen</source>
        <translation>The same information was found elsewhere in the case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="61"/>
        <source>%1, nævnt i embede</source>
        <translation>%1, mentioned in office</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="62"/>
        <source>Politiker (parti %1), nævnt i embede</source>
        <translation>Politician (party %1), mentioned in office</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="63"/>
        <source>Medlem af et politisk organ («%1»), nævnt i embede</source>
        <translation>Member of a political body («%1»), mentioned in office</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="64"/>
        <source>Underskrevet som %1</source>
        <translation>Signed as %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="65"/>
        <source>Samme person som «%1», der er nævnt i embede andetsteds i sagen</source>
        <translation>The same person as «%1», mentioned in office elsewhere in the case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="67"/>
        <source>Ligner et CPR-nummer med gyldig fødselsdato</source>
        <translation>Looks like a CPR number with a valid date of birth</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="68"/>
        <source>Ligner et dansk telefonnummer</source>
        <translation>Looks like a Danish phone number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="69"/>
        <source>Ligner et norsk telefonnummer</source>
        <translation>Looks like a Norwegian phone number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="70"/>
        <source>Ligner et svensk telefonnummer</source>
        <translation>Looks like a Swedish phone number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="71"/>
        <source>Ligner et norsk eller svensk telefonnummer</source>
        <translation>Looks like a Norwegian or Swedish phone number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="72"/>
        <source>E-mailadresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="73"/>
        <source>Ligner en e-mailadresse, hvor OCR har mistet «@»</source>
        <translation>Looks like an e-mail address whose «@» OCR lost</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="74"/>
        <source>Ligner et bankkontonummer (reg.nr. og kontonr.)</source>
        <translation>Looks like a bank account number (sort code and account)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="75"/>
        <source>IBAN-nummer med gyldigt kontrolciffer</source>
        <translation>IBAN with a valid check digit</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="76"/>
        <source>Ligner en nummerplade</source>
        <translation>Looks like a number plate</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="77"/>
        <source>Ligner en norsk nummerplade</source>
        <translation>Looks like a Norwegian number plate</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="78"/>
        <source>Ligner en svensk nummerplade</source>
        <translation>Looks like a Swedish number plate</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="79"/>
        <source>Norsk fødselsnummer med gyldige kontrolcifre</source>
        <translation>Norwegian national identity number with valid check digits</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="80"/>
        <source>Norsk fødselsnummer (eller D-/H-nummer) med gyldige kontrolcifre</source>
        <translation>Norwegian national identity number (or D/H number) with valid check digits</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="81"/>
        <source>Svensk personnummer med gyldigt kontrolciffer</source>
        <translation>Swedish personal identity number with a valid check digit</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="82"/>
        <source>Svensk personnummer eller samordningsnummer med gyldigt kontrolciffer</source>
        <translation>Swedish personal identity or coordination number with a valid check digit</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="83"/>
        <source>Norsk kontonummer med gyldigt kontrolciffer (mod 11)</source>
        <translation>Norwegian account number with a valid check digit (mod 11)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="84"/>
        <source>Ligner et svensk clearing- og kontonummer</source>
        <translation>Looks like a Swedish clearing and account number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="85"/>
        <source>Bankgiro- eller plusgironummer med gyldigt kontrolciffer</source>
        <translation>Bankgiro or plusgiro number with a valid check digit</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="86"/>
        <source>%1 efter kontekstordet «%2»</source>
        <translation>%1 after the context word «%2»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="87"/>
        <source>%1 med et indlejret CPR-nummer (gyldig fødselsdato)</source>
        <translation>%1 with an embedded CPR number (valid date of birth)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="88"/>
        <source>kontrollér, at det ikke er myndighedens eget journalnummer</source>
        <translation>check that it is not the authority&apos;s own case number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="89"/>
        <source>Patientnummer</source>
        <translation>Patient number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="90"/>
        <source>Medarbejder- eller lønnummer</source>
        <translation>Employee or payroll number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="91"/>
        <source>Elev- eller studienummer</source>
        <translation>Pupil or student number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="92"/>
        <source>Pasnummer</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="93"/>
        <source>Kørekortnummer</source>
        <translation>Driving licence number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="94"/>
        <source>Kundenummer</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="95"/>
        <source>Debitor-, klient- eller borgernummer</source>
        <translation>Debtor, client or citizen number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="96"/>
        <source>Lejer- eller lejemålsnummer</source>
        <translation>Tenant or tenancy number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="97"/>
        <source>Medlemsnummer</source>
        <translation>Membership number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="98"/>
        <source>Police- eller skadenummer</source>
        <translation>Policy or claim number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="99"/>
        <source>Journalnummer</source>
        <translation>Record number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="100"/>
        <source>Sagsnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="101"/>
        <source>Id-nummer</source>
        <translation>Id number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="103"/>
        <source>Vejnavn med husnummer og postnummer/by – ligner en privat adresse</source>
        <translation>Street name with house number and postcode/town – looks like a private address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="104"/>
        <source>Vejnavn efterfulgt af husnummer – ligner en adresse</source>
        <translation>Street name followed by a house number – looks like an address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="105"/>
        <source>Navn med husnummer efterfulgt af gyldigt postnummer og by – ligner en adresse</source>
        <translation>Name with a house number followed by a valid postcode and town – looks like an address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="106"/>
        <source>Postboks med nummer – del af en postadresse</source>
        <translation>PO box with a number – part of a postal address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="107"/>
        <source>c/o-angivelse – del af en postadresse</source>
        <translation>c/o – part of a postal address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="108"/>
        <source>Navn med husnummer efter «bor på», «flyttet til» eller «Adresse:» – ligner en adresse</source>
        <translation>Name with house number after «bor på» (lives at), «flyttet til» (moved to) or «Adresse:» – looks like an address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="111"/>
        <source>byen er nævnt andetsteds og bevares</source>
        <translation>the town is named elsewhere and stays</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="112"/>
        <source>%1: ejendommens betegnelse i matriklen peger på ejeren og dennes bolig</source>
        <translation>%1: the property&apos;s cadastral designation points to the owner and their home</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="113"/>
        <source>Matrikelnummer</source>
        <translation>Cadastral number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="114"/>
        <source>Gårds- og bruksnummer</source>
        <translation>Farm and holding number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="116"/>
        <source>%1 (%2): ordet «%3» fra ordlisten</source>
        <translation>%1 (%2): the word «%3» from the word list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="117"/>
        <source>%1 (%2): ordet «%3» (af «%4») fra ordlisten</source>
        <translation>%1 (%2): the word «%3» (of «%4») from the word list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="118"/>
        <source>%1 (%2): ordet «%3» ender på «%4» fra ordlisten</source>
        <translation>%1 (%2): the word «%3» ends in «%4» from the word list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="119"/>
        <source>%1 (%2): ordet «%3» er sammensat med «%4» fra ordlisten</source>
        <translation>%1 (%2): the word «%3» is compounded with «%4» from the word list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="120"/>
        <source>%1 (%2): ordet «%3» indeholder «%4» fra ordlisten</source>
        <translation>%1 (%2): the word «%3» contains «%4» from the word list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="121"/>
        <source>%1 (%2): udtrykket «%3» fra ordlisten</source>
        <translation>%1 (%2): the phrase «%3» from the word list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="122"/>
        <source>Følsom oplysning</source>
        <translation>Sensitive information</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="123"/>
        <source>Privat forhold</source>
        <translation>Private matter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="124"/>
        <source>Oplysning om strafbare forhold</source>
        <translation>Information about criminal offences</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="125"/>
        <source>Privat økonomi: beløb i sætning om %1</source>
        <translation>Private economy: amount in a sentence about %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="128"/>
        <source>helbred</source>
        <translation>health</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="129"/>
        <source>helbred – medicin</source>
        <translation>health – medication</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="130"/>
        <source>helbred – handicap</source>
        <translation>health – disability</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="131"/>
        <source>misbrug</source>
        <translation>substance abuse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="132"/>
        <source>kriminalitet</source>
        <translation>crime</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="133"/>
        <source>sociale foranstaltninger</source>
        <translation>social measures</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="134"/>
        <source>sociale ydelser</source>
        <translation>social benefits</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="135"/>
        <source>gæld og økonomi</source>
        <translation>debt and finances</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="136"/>
        <source>fagforeningsmedlemskab</source>
        <translation>trade union membership</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="137"/>
        <source>religion</source>
        <translation>religion</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="138"/>
        <source>etnisk oprindelse</source>
        <translation>ethnic origin</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="139"/>
        <source>seksuel orientering</source>
        <translation>sexual orientation</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="140"/>
        <source>politisk overbevisning</source>
        <translation>political opinion</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="142"/>
        <source>mønster for CPR-numre</source>
        <translation>pattern for CPR numbers</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="143"/>
        <source>mønster for norske fødselsnumre</source>
        <translation>pattern for Norwegian identity numbers</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="144"/>
        <source>mønster for svenske personnumre</source>
        <translation>pattern for Swedish personal identity numbers</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="145"/>
        <source>mønster for telefonnumre</source>
        <translation>pattern for phone numbers</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="146"/>
        <source>mønster for norske og svenske telefonnumre</source>
        <translation>pattern for Norwegian and Swedish phone numbers</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="147"/>
        <source>mønster for e-mailadresser</source>
        <translation>pattern for e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="148"/>
        <source>mønster for kontonumre</source>
        <translation>pattern for account numbers</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="149"/>
        <source>mønster for IBAN-numre</source>
        <translation>pattern for IBAN numbers</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="150"/>
        <source>mønster for nummerplader</source>
        <translation>pattern for number plates</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="151"/>
        <source>genkendelse af navne i teksten</source>
        <translation>recognition of names in the text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="152"/>
        <source>navnelister og regler for navne</source>
        <translation>name lists and rules for names</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="153"/>
        <source>regler for adresser og postnumre</source>
        <translation>rules for addresses and postcodes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="154"/>
        <source>ordliste over følsomme oplysninger</source>
        <translation>word list of sensitive information</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="155"/>
        <source>nummer efter et ledeord (fx patientnr.)</source>
        <translation>number after a label word (e.g. patient no.)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="156"/>
        <source>samme navn eller nummer er fundet andetsteds i sagen</source>
        <translation>the same name or number was found elsewhere in the case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="157"/>
        <source>mønster for numre</source>
        <translation>pattern for numbers</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="158"/>
        <source>automatisk genkendelse</source>
        <translation>automatic recognition</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="160"/>
        <source>filen er tom</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="161"/>
        <source>tekstfilen er tom</source>
        <translation>the text file is empty</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="162"/>
        <source>e-mailen er tom</source>
        <translation>the e-mail is empty</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="163"/>
        <source>filtypen &apos;%1&apos; understøttes ikke</source>
        <translation>the file type &apos;%1&apos; is not supported</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="164"/>
        <source>filen kan ikke læses: %1</source>
        <translation>the file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="165"/>
        <source>ingen adgang til filen</source>
        <translation>no access to the file</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="166"/>
        <source>ingen adgang til filen (den må ikke læses af denne bruger)</source>
        <translation>no access to the file (this user may not read it)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="167"/>
        <source>filen ligner ikke en tekstfil (binært indhold)</source>
        <translation>the file does not look like a text file (binary content)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="168"/>
        <source>filen ligner ikke en e-mail (ingen afsender, modtager eller emne)</source>
        <translation>the file does not look like an e-mail (no sender, recipient or subject)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="169"/>
        <source>filen er ikke et gyldigt Word-dokument (.docx)</source>
        <translation>the file is not a valid Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="170"/>
        <source>filen er ikke et gyldigt Word-dokument (.docx); den er måske beskadiget</source>
        <translation>the file is not a valid Word document (.docx); it may be damaged</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="171"/>
        <source>Word-dokumentet er krypteret med adgangskode</source>
        <translation>the Word document is encrypted with a password</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="172"/>
        <source>Word-dokumentet kan ikke læses: %1</source>
        <translation>the Word document cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="173"/>
        <source>Word-dokumentet kan ikke læses (beskadiget?): %1</source>
        <translation>the Word document cannot be read (damaged?): %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="174"/>
        <source>LibreOffice kunne ikke konvertere dokumentet til PDF</source>
        <translation>LibreOffice could not convert the document to PDF</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="175"/>
        <source>LibreOffice kunne ikke konvertere dokumentet i tide</source>
        <translation>LibreOffice could not convert the document in time</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="176"/>
        <source>Outlook-filen (.msg) kan ikke læses: %1</source>
        <translation>the Outlook file (.msg) cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="177"/>
        <source>filen kan ikke åbnes som PDF (den er beskadiget eller ikke en PDF)</source>
        <translation>the file cannot be opened as a PDF (it is damaged or not a PDF)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="178"/>
        <source>PDF&apos;en er krypteret eller beskyttet med adgangskode; fjern beskyttelsen og prøv igen</source>
        <translation>the PDF is encrypted or password-protected; remove the protection and try again</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="181"/>
        <source>PDF&apos;en er beskadiget og kan ikke repareres</source>
        <translation>the PDF is damaged and cannot be repaired</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="182"/>
        <source>PDF&apos;en kan ikke kopieres (den er beskadiget)</source>
        <translation>the PDF cannot be copied (it is damaged)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="183"/>
        <source>teksten kan ikke læses fra PDF&apos;en (den er beskadiget)</source>
        <translation>the text cannot be read from the PDF (it is damaged)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="184"/>
        <source>Vedhæftet fil %1 kunne ikke læses: %2</source>
        <translation>Attached file %1 could not be read: %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="185"/>
        <source>sagen har intet dokument %1</source>
        <translation>the case has no document %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="186"/>
        <source>dokument %1 kunne ikke læses og har intet sprog at rette</source>
        <translation>document %1 could not be read and has no language to correct</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="187"/>
        <source>angiv hjemlen for undtagelsen (fx offl-23-1-1)</source>
        <translation>give the legal basis for the withholding (e.g. offl-23-1-1)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="188"/>
        <source>ukendt hjemmel: %1 (se `redact bases`)</source>
        <translation>unknown legal basis: %1 (see `redact bases`)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="189"/>
        <source>%1 forslag er hverken accepteret eller afvist; de er ikke redigeret</source>
        <translation>%1 proposals are neither accepted nor rejected; they are not redacted</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="190"/>
        <source>%1: kunne ikke læses og er ikke med i pakken (%2)</source>
        <translation>%1: could not be read and is not in the package (%2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="191"/>
        <source>%1: sider uden tekst er ikke kontrolleret</source>
        <translation>%1: pages without text are not checked</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="192"/>
        <source>%1: side %2 har intet tekstlag og er ikke kontrolleret</source>
        <translation>%1: page %2 has no text layer and is not checked</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="193"/>
        <source>ukendte hjemler i sagen (vises som koder): %1</source>
        <translation>unknown legal bases in the case (shown as codes): %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="194"/>
        <source>uventet fejl ved behandling: %1</source>
        <translation>unexpected error while processing: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="195"/>
        <source>filen har fejl i indholdet: PDF-læseren meldte %1 fejl undervejs. Det, der kunne læses, er med, men sider kan mangle indhold; sammenlign med originalen</source>
        <translation>the file has errors in its content: the PDF reader reported %1 errors. What could be read is included, but pages may lack content; compare with the original</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="199"/>
        <source>Skjult tekst fundet; den fjernes ved eksport: %1</source>
        <translation>Hidden text found; it is removed on export: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="201"/>
        <source>%1 (side %2)</source>
        <translation>%1 (page %2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="202"/>
        <source>%1 og %2 andre</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="203"/>
        <source>usynlig tekst</source>
        <translation>invisible text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="204"/>
        <source>tekst i samme farve som baggrunden</source>
        <translation>text in the colour of its background</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="205"/>
        <source>mikroskopisk tekst</source>
        <translation>microscopic text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="206"/>
        <source>tekst uden for den synlige side</source>
        <translation>text outside the visible page</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="207"/>
        <source>tekst dækket af billede eller grafik</source>
        <translation>text covered by an image or graphics</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="208"/>
        <source>tekst i et skjult lag</source>
        <translation>text in a hidden layer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="209"/>
        <source>tekst skåret væk af en beskæringssti</source>
        <translation>text cut away by a clipping path</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="210"/>
        <source>gammelt OCR-tekstlag under en skanning</source>
        <translation>an old OCR text layer under a scan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="211"/>
        <source>PDF&apos;en har %1 indlejrede fil; de udleveres ikke</source>
        <translation>The PDF has %1 embedded file; it is not released</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="212"/>
        <source>PDF&apos;en har %1 indlejrede filer; de udleveres ikke</source>
        <translation>The PDF has %1 embedded files; they are not released</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="213"/>
        <source>PDF&apos;en kunne ikke undersøges for skjult indhold; eksporten undersøger den igen</source>
        <translation>The PDF could not be examined for hidden content; the export examines it again</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="214"/>
        <source>PDF-filen var beskadiget (fx afkortet) og er repareret ved læsningen; sider eller indhold kan mangle, så sammenlign med originalen</source>
        <translation>The PDF file was damaged (e.g. truncated) and was repaired when read; pages or content may be missing, so compare with the original</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="219"/>
        <source>Word-dokumentet har sporede ændringer; slettet tekst er vist i tillægget sidst i dokumentet</source>
        <translation>The Word document has tracked changes; deleted text is shown in the appendix at the end of the document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="222"/>
        <source>Word-dokumentet har sporede ændringer; slettet tekst vises overstreget og indsat tekst understreget</source>
        <translation>The Word document has tracked changes; deleted text is shown struck through and inserted text underlined</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="226"/>
        <source>Word-dokumentet har %1, som ikke ses i dokumentet; de er vist i et tillæg sidst i dokumentet</source>
        <translation>The Word document has %1 that cannot be seen in the document; they are shown in an appendix at the end of the document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="229"/>
        <source>%1 kommentar</source>
        <translation>%1 comment</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="230"/>
        <source>%1 kommentarer</source>
        <translation>%1 comments</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="231"/>
        <source>%1 stykke skjult tekst</source>
        <translation>%1 piece of hidden text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="232"/>
        <source>%1 stykker skjult tekst</source>
        <translation>%1 pieces of hidden text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="233"/>
        <source>%1 og %2 stykke skjult tekst</source>
        <translation>%1 and %2 piece of hidden text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="234"/>
        <source>%1 og %2 stykker skjult tekst</source>
        <translation>%1 and %2 pieces of hidden text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="236"/>
        <source>E-mailens HTML har %1 skjult afsnit (fx display:none), som en maillæser ikke viser; de er ikke medtaget</source>
        <translation>The e-mail&apos;s HTML has %1 hidden section (e.g. display:none) that a mail reader does not show; it is not included</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="240"/>
        <source>E-mailens HTML har %1 skjulte afsnit (fx display:none), som en maillæser ikke viser; de er ikke medtaget</source>
        <translation>The e-mail&apos;s HTML has %1 hidden sections (e.g. display:none) that a mail reader does not show; they are not included</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="244"/>
        <source>Skjulte lag med billeder eller grafik fundet; de fjernes ved eksport</source>
        <translation>Hidden layers with pictures or graphics found; they are removed on export</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="245"/>
        <source>E-mailens HTML-udgave har tekst, som ikke står i tekstudgaven; den er vist sidst i dokumentet</source>
        <translation>The e-mail&apos;s HTML version has text that is not in the text version; it is shown at the end of the document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="248"/>
        <source>Vedhæftet fil ikke medtaget: %1</source>
        <translation>Attachment not included: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="249"/>
        <source>PDF&apos;ens annoteringer og formularfelter kunne ikke gøres til en del af siden; de fjernes ved eksport</source>
        <translation>The PDF&apos;s annotations and form fields could not be made part of the page; they are removed on export</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="50"/>
        <source>&amp;Ny sag…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="51"/>
        <source>&amp;Åbn sag…</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="52"/>
        <source>Sags&amp;oplysninger…</source>
        <translation>Case &amp;details…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="55"/>
        <source>&amp;Tilføj filer…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="61"/>
        <source>Tilføj &amp;mappe…</source>
        <translation>Add &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="65"/>
        <source>&amp;Fjern dokument…</source>
        <translation>&amp;Remove document…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="69"/>
        <source>Flyt dokument &amp;op</source>
        <translation>Move document &amp;up</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="71"/>
        <source>Flyt dokument &amp;ned</source>
        <translation>Move document &amp;down</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="75"/>
        <source>&amp;Forhåndsvis udleveret version</source>
        <translation>&amp;Preview released version</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="78"/>
        <source>Vis dokumentet, som det bliver udleveret: overstreget og kontrolleret</source>
        <translation>Show the document as it will be released: redacted and verified</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="84"/>
        <source>Vis accepterede som &amp;sorte felter</source>
        <translation>Show accepted as &amp;black boxes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="87"/>
        <source>Accepterede overstregninger vises som omrids med hjemmel, så teksten kan læses; her vises de sorte</source>
        <translation>Accepted redactions are shown as outlines with their legal basis, so the text can be read; this shows them black</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="95"/>
        <source>&amp;Eksportér…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="97"/>
        <source>&amp;Indstillinger…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="98"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="99"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="102"/>
        <source>&amp;Annullér fortryd</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="109"/>
        <source>Overstreg alle &amp;forekomster…</source>
        <translation>Redact every &amp;occurrence…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="115"/>
        <source>&amp;Næste åbne forslag</source>
        <translation>&amp;Next open proposal</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="119"/>
        <source>&amp;Forrige åbne forslag</source>
        <translation>&amp;Previous open proposal</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="125"/>
        <source>&amp;Acceptér</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="128"/>
        <source>Af&amp;vis</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="131"/>
        <source>&amp;Hjemmel…</source>
        <translation>Legal &amp;basis…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="135"/>
        <source>Acceptér alle åbne &amp;forslag…</source>
        <translation>Accept all open &amp;proposals…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="141"/>
        <source>Undtag hele &amp;siden</source>
        <translation>Withhold the whole &amp;page</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="147"/>
        <source>Undtag hele &amp;dokumentet</source>
        <translation>Withhold the whole &amp;document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="153"/>
        <source>Overstreg markeret &amp;tekst</source>
        <translation>Redact selected &amp;text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="159"/>
        <source>&amp;Vælg og rul</source>
        <translation>&amp;Select and scroll</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="167"/>
        <source>Tegn &amp;område</source>
        <translation>Draw &amp;area</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="170"/>
        <source>Træk et felt, der skal overstreges</source>
        <translation>Drag a box that will be redacted</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="176"/>
        <source>Markér &amp;tekst</source>
        <translation>Select &amp;text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="179"/>
        <source>Markér tekst, der skal overstreges</source>
        <translation>Select text that will be redacted</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="185"/>
        <source>Zoom &amp;ind</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="191"/>
        <source>Zoom &amp;ud</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="193"/>
        <source>&amp;Tilpas bredden</source>
        <translation>&amp;Fit width</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="196"/>
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="205"/>
        <source>&amp;Sag</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="259"/>
        <source>&amp;Seneste sager</source>
        <translation>&amp;Recent cases</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="209"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="211"/>
        <source>&amp;Gennemsyn</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="215"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="218"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="243"/>
        <source>Værktøjer</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="253"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="353"/>
        <source>Sagen har ingen dokumenter endnu.

Træk filer eller mapper hertil, eller klik Tilføj filer…</source>
        <translation>The case has no documents yet.

Drag files or folders here, or click Add files…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="356"/>
        <source>✓ Gemmes automatisk</source>
        <translation>✓ Saved automatically</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="399"/>
        <source>Dokumentet kunne ikke læses:

%1</source>
        <translation>The document could not be read:

%1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="436"/>
        <source>Forhåndsvisning: sådan bliver dokumentet udleveret (overstreget og kontrolleret).</source>
        <translation>Preview: this is how the document will be released (redacted and verified).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="439"/>
        <source>Side %1 har intet tekstlag og er ikke kontrolleret: læs siden selv.</source>
        <translation>Page %1 has no text layer and was not checked: read the page yourself.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="443"/>
        <source>Denne tekst findes også i 1 andet dokument</source>
        <translation>This text is also in 1 other document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="445"/>
        <source>Denne tekst findes også i %1 andre dokumenter</source>
        <translation>This text is also in %1 other documents</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="447"/>
        <source>: afgør du et forslag her, gælder det også i kopierne, hvor det er åbent.</source>
        <translation>: a proposal you decide here is decided in the copies too, where it is open.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="516"/>
        <source>Klik på et forslag for at vælge det; træk for at rulle.</source>
        <translation>Click a proposal to select it; drag to scroll.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="518"/>
        <source>Træk et felt over det, der skal overstreges (underskrift, foto, stempel). Esc: tilbage.</source>
        <translation>Drag a box over what must be redacted (signature, photo, stamp). Esc: back.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="520"/>
        <source>Markér teksten med musen; vælg så Overstreg. Esc: tilbage.</source>
        <translation>Select the text with the mouse, then choose Redact. Esc: back.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="550"/>
        <source>Området bliver overstreget. Ctrl+Z fortryder; R på det fjerner det.</source>
        <translation>The area will be redacted. Ctrl+Z undoes; R on it removes it.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="614"/>
        <source>Manuel overstregning (%1)</source>
        <translation>Manual redaction (%1)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="611"/>
        <source>Dokumentet</source>
        <translation>The document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="611"/>
        <source>Side %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="612"/>
        <source>%1 er undtaget fra aktindsigt efter %2</source>
        <translation>%1 is withheld from access under %2</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="49"/>
        <source>Ny sag</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="54"/>
        <source>En sag er én anmodning om aktindsigt. Giv den en titel og sagens journalnummer; bagefter lægger du filerne ind.</source>
        <translation>A case is one request for access to documents. Give it a title and the journal number; then add the files.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="61"/>
        <source>fx Aktindsigt i byggesag, Skovvej 12</source>
        <translation>e.g. Access to building case, Skovvej 12</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="63"/>
        <source>fx 24/01234</source>
        <translation>e.g. 24/01234</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="66"/>
        <source>Skift mappe…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="69"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="70"/>
        <source>&amp;Journalnummer:</source>
        <translation>&amp;Journal number:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="74"/>
        <source>Gemmes i:</source>
        <translation>Saved in:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="76"/>
        <source>Opret sag</source>
        <translation>Create case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="104"/>
        <source>Vælg mappe til sagen</source>
        <translation>Choose a folder for the case</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/redact/gui/page_view.py" line="107"/>
        <source>Intet dokument valgt</source>
        <translation>No document selected</translation>
    </message>
</context>
<context>
    <name>ProposalTreeModel</name>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Forslag</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Hjemmel</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="468"/>
        <source>%1, s. %2</source>
        <translation>%1, p. %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="479"/>
        <source>%1  (%2 i %3 dok.)</source>
        <translation>%1  (%2 in %3 docs)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="487"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="493"/>
        <source>Overstreges</source>
        <translation>Redacted</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="495"/>
        <source>%1 åbne</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="500"/>
        <source>Afgjort</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="507"/>
        <source>flere</source>
        <translation>several</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="517"/>
        <source>%1: %2 forekomster i %3 dokumenter. Acceptér eller afvis dem alle på én gang.</source>
        <translation>%1: %2 occurrences in %3 documents. Accept or reject them all at once.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="523"/>
        <source>Acceptér eller afvis hele kategorien på én gang</source>
        <translation>Accept or reject the whole category at once</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="524"/>
        <source>Manuel overstregning</source>
        <translation>Manual redaction</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="48"/>
        <source>Kun det viste dokument</source>
        <translation>Only the document shown</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="49"/>
        <location filename="../../src/redact/gui/proposals_view.py" line="166"/>
        <source>Acceptér (A)</source>
        <translation>Accept (A)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="50"/>
        <source>Acceptér forslaget: teksten bliver overstreget</source>
        <translation>Accept the proposal: the text will be redacted</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="51"/>
        <location filename="../../src/redact/gui/proposals_view.py" line="167"/>
        <source>Afvis (R)</source>
        <translation>Reject (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="52"/>
        <source>Afvis forslaget: teksten bliver stående</source>
        <translation>Reject the proposal: the text stays</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="53"/>
        <source>Hjemmel… (H)</source>
        <translation>Legal basis… (H)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="57"/>
        <source>Forslag til overstregning</source>
        <translation>Proposed redactions</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="65"/>
        <source>Hvorfor?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="148"/>
        <source>hele kategorien %1 (%2 forslag)</source>
        <translation>the whole category %1 (%2 proposals)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="151"/>
        <source>gruppen «%1» (%2 forslag)</source>
        <translation>the group “%1” (%2 proposals)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="153"/>
        <source>forslaget</source>
        <translation>the proposal</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="154"/>
        <source>%1 forslag</source>
        <translation>%1 proposals</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="163"/>
        <source>Acceptér %1 (A)</source>
        <translation>Accept %1 (A)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="164"/>
        <source>Afvis %1 (R)</source>
        <translation>Reject %1 (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="167"/>
        <source>Fjern (R)</source>
        <translation>Remove (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="168"/>
        <source>Acceptér %1: teksten bliver overstreget</source>
        <translation>Accept %1: the text will be redacted</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="169"/>
        <source>Afvis %1: teksten bliver stående</source>
        <translation>Reject %1: the text stays</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="43"/>
        <source>Overstreg «%1»</source>
        <translation>Redact “%1”</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="45"/>
        <source>Overstreg alle forekomster af «%1» i sagen…</source>
        <translation>Redact every occurrence of “%1” in the case…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="48"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="49"/>
        <source>Tryk Enter for at overstrege markeringen, eller vælg i menuen.</source>
        <translation>Press Enter to redact the selection, or choose from the menu.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="73"/>
        <source>%1 forekomster bliver overstreget. Ctrl+Z fortryder dem alle.</source>
        <translation>%1 occurrences will be redacted. Ctrl+Z undoes them all.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="112"/>
        <source>Søgningen blev afbrudt.</source>
        <translation>The search was cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="114"/>
        <source>Søger i sagen</source>
        <translation>Searching the case</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="55"/>
        <source>Myndighedens hjemler kan ikke bruges</source>
        <translation>The authority&apos;s legal bases cannot be used</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="81"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>The staff list cannot be read</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="85"/>
        <source>Medarbejderlisten bruges på filer, der lægges ind fremover.</source>
        <translation>The staff list is used for files added from now on.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="91"/>
        <source>Medarbejderliste</source>
        <translation>Staff list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="94"/>
        <source>Medarbejderlisten omfatter %1 af sagens åbne forslag:

%2

Afvis dem nu? (Ctrl+Z fortryder)</source>
        <translation>The staff list covers %1 of the case&apos;s open proposals:

%2

Reject them now? (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="100"/>
        <source>Afvis dem</source>
        <translation>Reject them</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="101"/>
        <source>Lad dem stå</source>
        <translation>Leave them</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="107"/>
        <source>%1 forslag på medarbejderlisten er afvist. Ctrl+Z fortryder.</source>
        <translation>%1 proposals on the staff list rejected. Ctrl+Z undoes.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="116"/>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="120"/>
        <source>fx Eksempel Kommune, Borgerservice</source>
        <translation>e.g. Example Municipality, Citizen Services</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="121"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="124"/>
        <source>tekstfil med én medarbejder pr. linje</source>
        <translation>text file with one staff member per line</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="184"/>
        <source>Vælg…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="127"/>
        <source>&amp;Medarbejderliste:</source>
        <translation>&amp;Staff list:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="130"/>
        <source>Navne, telefonnumre og e-mailadresser på listen foreslås aldrig overstreget. Skifter du listen, kan den også bruges på sagens åbne forslag.</source>
        <translation>Names, phone numbers and e-mail addresses on the list are never proposed for redaction. When you change the list, it can also be applied to the case&apos;s open proposals.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="137"/>
        <source>myndighedens egen liste over hjemler (YAML)</source>
        <translation>the authority&apos;s own list of legal bases (YAML)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="140"/>
        <source>&amp;Egne hjemler:</source>
        <translation>&amp;Own legal bases:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="142"/>
        <source>Lægges oven på de medfølgende hjemler, som «redact export --legal-bases» gør det.</source>
        <translation>Merged over the bundled legal bases, as «redact export --legal-bases» does.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="147"/>
        <source>Standard&amp;hjemmel:</source>
        <translation>Default legal &amp;basis:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="148"/>
        <source>Bruges til manuelle overstregninger og undtagne sider.</source>
        <translation>Used for manual redactions and withheld pages.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="153"/>
        <source>Som systemet</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="158"/>
        <source>&amp;Sprog:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="159"/>
        <source>Sproget skifter, næste gang programmet startes.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="172"/>
        <source>Låst af myndighedens IT (maskinens politik)</source>
        <translation>Locked by the authority&apos;s IT (the machine policy)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="199"/>
        <source>Vælg medarbejderliste</source>
        <translation>Choose the staff list</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="199"/>
        <source>Tekstfiler (*.txt);;Alle filer (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="206"/>
        <source>Vælg liste over hjemler</source>
        <translation>Choose list of legal bases</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="206"/>
        <source>YAML-filer (*.yaml *.yml)</source>
        <translation>YAML files (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="248"/>
        <source>Næste åbne forslag</source>
        <translation>Next open proposal</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="249"/>
        <source>Forrige åbne forslag</source>
        <translation>Previous open proposal</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="250"/>
        <source>Acceptér (overstreg) det valgte, og gå videre</source>
        <translation>Accept (redact) the selection and move on</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="251"/>
        <source>Afvis det valgte, og gå videre</source>
        <translation>Reject the selection and move on</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="252"/>
        <source>Hjemmel for det valgte</source>
        <translation>Legal basis for the selection</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="253"/>
        <source>Værktøj: vælg, tegn område, markér tekst</source>
        <translation>Tool: select, draw area, select text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="254"/>
        <source>Overstreg alle forekomster af en tekst</source>
        <translation>Redact every occurrence of a text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="255"/>
        <source>Fortryd / annullér fortryd</source>
        <translation>Undo / redo</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="256"/>
        <source>Eksportér</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="257"/>
        <source>Zoom ind / ud / tilpas bredden</source>
        <translation>Zoom in / out / fit width</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="264"/>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="22"/>
        <source>Hver beslutning gemmes med det samme; der er intet at gemme</source>
        <translation>Every decision is saved at once; there is nothing to save</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="25"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="45"/>
        <source>Side %1 af %2 · </source>
        <translation>Page %1 of %2 · </translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="47"/>
        <source>dokument</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="47"/>
        <source>dokumenter</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="48"/>
        <source>%1 åbne forslag i %2</source>
        <translation>%1 open proposals in %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="50"/>
        <source>Ingen åbne forslag</source>
        <translation>No open proposals</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="67"/>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="68"/>
        <source>Norsk fødselsnummer</source>
        <translation>Norwegian national ID number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="69"/>
        <source>Svensk personnummer</source>
        <translation>Swedish personal ID number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="70"/>
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="71"/>
        <source>E-mailadresse</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="72"/>
        <source>Bankkonto</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="73"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="74"/>
        <source>Nummerplade</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="75"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="76"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="77"/>
        <source>Andet id-nummer</source>
        <translation>Other ID number</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="78"/>
        <source>Følsomme oplysninger</source>
        <translation>Sensitive information</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="79"/>
        <source>Manuelle overstregninger</source>
        <translation>Manual redactions</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="82"/>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="83"/>
        <source>Accepteret</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="84"/>
        <source>Afvist</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="93"/>
        <source>  – foreslået for det valgte</source>
        <translation>  – suggested for the selection</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="90"/>
        <source>%1 (%2 åbne)</source>
        <translation>%1 (%2 open)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="93"/>
        <source>Side %1: undtaget</source>
        <translation>Page %1: withheld</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="94"/>
        <source>Side %1: %2 åbne forslag</source>
        <translation>Page %1: %2 open proposals</translation>
    </message>
</context>
<context>
    <name>ThumbnailsView</name>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="142"/>
        <source>Siderne: klik for at gå til en side</source>
        <translation>The pages: click to go to a page</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="15"/>
        <source>Overstregning til aktindsigt</source>
        <translation>Redaction for access-to-documents requests</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="21"/>
        <source>Opret en sag for anmodningen (titel og journalnummer).</source>
        <translation>Create a case for the request (title and journal number).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="22"/>
        <source>Læg sagens filer ind: træk dem ind i vinduet, eller vælg dem.</source>
        <translation>Add the case&apos;s files: drag them into the window, or choose them.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="23"/>
        <source>Gennemgå forslagene: A accepterer (overstreger), R afviser, N går videre.</source>
        <translation>Review the proposals: A accepts (redacts), R rejects, N moves on.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="24"/>
        <source>Eksportér: du får kontrollerede, overstregede PDF&apos;er til udlevering.</source>
        <translation>Export: you get verified, redacted PDFs to release.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="28"/>
        <source>Alt foregår på denne computer; intet sendes nogen steder hen.</source>
        <translation>Everything happens on this computer; nothing is sent anywhere.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="33"/>
        <source>Ny sag…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="34"/>
        <source>Åbn sag…</source>
        <translation>Open case…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="43"/>
        <source>Dobbeltklik for at åbne sagen</source>
        <translation>Double-click to open the case</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="44"/>
        <source>Seneste sager</source>
        <translation>Recent cases</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="47"/>
        <source>Tip: læg myndighedens medarbejderliste ind under Sag ▸ Indstillinger, så medarbejdernes navne og numre ikke bliver foreslået overstreget.</source>
        <translation>Tip: add the authority&apos;s staff list under Case ▸ Settings, so staff names and numbers are not proposed for redaction.</translation>
    </message>
</context>
</TS>
