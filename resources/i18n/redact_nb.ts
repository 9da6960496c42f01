<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="da">
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="134"/>
        <source>Undtag fra aktindsigt</source>
        <translation>Unnta fra innsyn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="134"/>
        <source>Hjemmel</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="136"/>
        <source>Hjemmel for at undtage %1 fra aktindsigt. Undtagelsen står i aktlisten.</source>
        <translation>Hjemmel for å unnta %1 fra innsyn. Unntaket står i dokumentlisten.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="138"/>
        <source>Hjemmel for %1. Forslag, der får en hjemmel, bliver accepteret.</source>
        <translation>Hjemmel for %1. Forslag som får en hjemmel, blir godtatt.</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="51"/>
        <source>Sagen kan ikke åbnes</source>
        <translation>Saken kan ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="55"/>
        <source>Loggen er repareret</source>
        <translation>Loggen er reparert</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="65"/>
        <source>Journalnummeret passer ikke</source>
        <translation>Saksnummeret passer ikke</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="66"/>
        <source>«%1» har ikke myndighedens format for journalnumre (%2).</source>
        <translation>«%1» har ikke virksomhetens format for saksnumre (%2).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="81"/>
        <source>Sagen kan ikke oprettes</source>
        <translation>Saken kan ikke opprettes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="84"/>
        <source>Sagen er oprettet. Læg nu filerne ind: træk dem hertil, eller klik Tilføj filer.</source>
        <translation>Saken er opprettet. Legg nå inn filene: dra dem hit, eller klikk Legg til filer.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="95"/>
        <source>Åbn sag</source>
        <translation>Åpne sak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="95"/>
        <source>Sager (sag.redact);;Alle filer (*)</source>
        <translation>Saker (sag.redact);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="116"/>
        <source>Sagsoplysninger</source>
        <translation>Saksopplysninger</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="121"/>
        <source>Gem</source>
        <translation>Lagre</translation>
    </message>
</context>
<context>
    <name>DecisionController</name>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="48"/>
        <source>Den manuelle overstregning er fjernet (Ctrl+Z fortryder).</source>
        <translation>Den manuelle sladdingen er fjernet (Ctrl+Z angrer).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="54"/>
        <source>Allerede afgjort.</source>
        <translation>Allerede avgjort.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="56"/>
        <source>Accepteret: %1 bliver overstreget. Ctrl+Z fortryder.</source>
        <translation>Godtatt: %1 blir sladdet. Ctrl+Z angrer.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="58"/>
        <source>Afvist: %1 bliver stående. Ctrl+Z fortryder.</source>
        <translation>Avvist: %1 blir stående. Ctrl+Z angrer.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="60"/>
        <source>Ingen åbne forslag tilbage. Sagen er klar til eksport (Ctrl+E).</source>
        <translation>Ingen åpne forslag igjen. Saken er klar for eksport (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="67"/>
        <source>Videre til «%2», side %3 (%4 åbne forslag tilbage i «%1»).</source>
        <translation>Videre til «%2», side %3 (%4 åpne forslag igjen i «%1»).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="69"/>
        <source>Ingen åbne forslag tilbage i «%1»: videre til «%2», side %3.</source>
        <translation>Ingen åpne forslag igjen i «%1»: videre til «%2», side %3.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="87"/>
        <source>Ingen åbne forslag tilbage.</source>
        <translation>Ingen åpne forslag igjen.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="97"/>
        <source>Ingen åbne forslag.</source>
        <translation>Ingen åpne forslag.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="101"/>
        <source>Acceptér alle</source>
        <translation>Godta alle</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="102"/>
        <source>Acceptér alle %1 åbne forslag i sagen? (Ctrl+Z fortryder)</source>
        <translation>Godta alle %1 åpne forslag i saken? (Ctrl+Z angrer)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="125"/>
        <source>Hjemmel sat til %1.</source>
        <translation>Hjemmel satt til %1.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="132"/>
        <source>Der er intet at fortryde.</source>
        <translation>Det er ingenting å angre.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="134"/>
        <source>Fortrudt: %1</source>
        <translation>Angret: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="141"/>
        <source>Der er intet at gentage.</source>
        <translation>Det er ingenting å gjøre om.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="143"/>
        <source>Gentaget: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="148"/>
        <source>accept</source>
        <translation>godtaking</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="149"/>
        <source>afvisning</source>
        <translation>avvisning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="150"/>
        <source>manuel overstregning</source>
        <translation>manuell sladding</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="151"/>
        <source>fortrydelse</source>
        <translation>angring</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="152"/>
        <source>undtagelse af dokumentet</source>
        <translation>unntak av dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="153"/>
        <source>undtagelse af siden</source>
        <translation>unntak av siden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="154"/>
        <source>skift af sprog</source>
        <translation>bytte av språk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="159"/>
        <source>%1 af %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="167"/>
        <source>side %1</source>
        <translation>side %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="175"/>
        <source>hele dokumentet</source>
        <translation>hele dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="193"/>
        <source>Kan ikke undtage</source>
        <translation>Kan ikke unnta</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="197"/>
        <source>Side %1 er undtaget efter %2. Ctrl+Z fortryder.</source>
        <translation>Side %1 er unntatt etter %2. Ctrl+Z angrer.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="199"/>
        <source>Dokumentet er undtaget efter %1. Ctrl+Z fortryder.</source>
        <translation>Dokumentet er unntatt etter %1. Ctrl+Z angrer.</translation>
    </message>
</context>
<context>
    <name>DocumentChanges</name>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="47"/>
        <source>Sagen har ingen dokumenter.</source>
        <translation>Saken har ingen dokumenter.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="57"/>
        <source>Fjern dokumenter</source>
        <translation>Fjern dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="58"/>
        <source>Fjern disse dokumenter fra sagen?

%1

Originalerne bliver ikke rørt.</source>
        <translation>Fjerne disse dokumentene fra saken?

%1

Originalene blir ikke rørt.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="83"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>Ansattlisten kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="102"/>
        <source>%1 er nu på %2: %3 åbne forslag fjernet, %4 nye; %5 nye i andre dokumenter.</source>
        <translation>%1 er nå på %2: %3 åpne forslag fjernet, %4 nye; %5 nye i andre dokumenter.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="111"/>
        <source>Sprogskiftet blev afbrudt; dokumentet er uændret.</source>
        <translation>Språkbyttet ble avbrutt; dokumentet er uendret.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="113"/>
        <source>Sproget kunne ikke skiftes</source>
        <translation>Språket kunne ikke byttes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="116"/>
        <source>Læser dokumentet igen</source>
        <translation>Leser dokumentet på nytt</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../src/redact/gui/models.py" line="95"/>
        <location filename="../../src/redact/gui/models.py" line="179"/>
        <source>Fejl</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="97"/>
        <source>Undtaget</source>
        <translation>Unntatt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="101"/>
        <source>%1 s. undtaget</source>
        <translation>%1 s. unntatt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="110"/>
        <source>Til gennemsyn</source>
        <translation>Til gjennomgang</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="112"/>
        <source>Ingen forslag</source>
        <translation>Ingen forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="113"/>
        <source>Gennemset</source>
        <translation>Gjennomgått</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="126"/>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="126"/>
        <source>Åbne</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="176"/>
        <source>Venter</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="177"/>
        <source>Behandles…</source>
        <translation>Behandles…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="178"/>
        <source>Behandlet</source>
        <translation>Behandlet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="189"/>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="191"/>
        <source>Kunne ikke læses: %1</source>
        <translation>Kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="193"/>
        <source>%1 sider, %2</source>
        <translation>%1 sider, %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="196"/>
        <source>Side %1: intet tekstlag, ikke kontrolleret – læs selv siden</source>
        <translation>Side %1: uten tekstlag, ikke kontrollert – les siden selv</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="202"/>
        <source>%1 forslag: %2 åbne, %3 accepteret, %4 afvist; %5 manuelle</source>
        <translation>%1 forslag: %2 åpne, %3 godtatt, %4 avvist; %5 manuelle</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="27"/>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="28"/>
        <source>Norsk (bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="29"/>
        <source>Norsk (nynorsk)</source>
        <translation>Norsk (nynorsk)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="30"/>
        <source>Svensk</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="31"/>
        <source>Engelsk</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="53"/>
        <source>Tilføj filer…</source>
        <translation>Legg til filer…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="54"/>
        <source>Tilføj mappe…</source>
        <translation>Legg til mappe…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="55"/>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="56"/>
        <source>Fjern de valgte dokumenter fra sagen</source>
        <translation>Fjern de valgte dokumentene fra saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="57"/>
        <source>Træk filer og mapper hertil (PDF, Word, e-mail, tekst, billeder)</source>
        <translation>Dra filer og mapper hit (PDF, Word, e-post, tekst, bilder)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="62"/>
        <source>Dokumenter</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="71"/>
        <source>Dokumentets sprog. Vælg et andet, og dokumentet gennemgås igen på det sprog; afgjorte forslag bliver.</source>
        <translation>Dokumentets språk. Velg et annet, og dokumentet gjennomgås på nytt på det språket; avgjorte forslag blir stående.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="76"/>
        <source>Spr&amp;og:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="100"/>
        <source>sat af sagsbehandleren</source>
        <translation>satt av saksbehandleren</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="102"/>
        <source>fundet automatisk</source>
        <translation>funnet automatisk</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="24"/>
        <source>dokument</source>
        <translation>dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="24"/>
        <source>dokumenter</source>
        <translation>dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="33"/>
        <source>forslag</source>
        <comment>ental</comment>
        <translation>forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="33"/>
        <source>forslag</source>
        <comment>flertal</comment>
        <translation>forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="36"/>
        <source>%1 i %2, %3 åbne.</source>
        <translation>%1 i %2, %3 åpne.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="38"/>
        <source>A accepterer alle, R afviser alle. H sætter hjemmel for dem alle.</source>
        <translation>A godtar alle, R avviser alle. H setter hjemmel for alle.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="47"/>
        <source>Vælg et forslag i listen eller på siden. N går til næste åbne forslag.</source>
        <translation>Velg et forslag i listen eller på siden. N går til neste åpne forslag.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="48"/>
        <source>%1, side %2</source>
        <translation>%1, side %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="51"/>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="51"/>
        <source>(et område uden tekst)</source>
        <translation>(et område uten tekst)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="52"/>
        <location filename="../../src/redact/gui/explanation_view.py" line="66"/>
        <source>Hjemmel</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="53"/>
        <source>Lavet af</source>
        <translation>Laget av</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="54"/>
        <location filename="../../src/redact/gui/explanation_view.py" line="67"/>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="58"/>
        <source>R fjerner den.</source>
        <translation>R fjerner den.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="63"/>
        <source>Fundet af</source>
        <translation>Funnet av</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="64"/>
        <source>Sikkerhed</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="65"/>
        <source>Hvorfor</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="70"/>
        <source>forekomst</source>
        <translation>forekomst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="70"/>
        <source>forekomster</source>
        <translation>forekomster</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="71"/>
        <source>Gruppe</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="71"/>
        <source>%1 i %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="78"/>
        <source>Dokumentet kan ikke udleveres, som det står:

%1</source>
        <translation>Dokumentet kan ikke utleveres slik det står:

%1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="80"/>
        <source>Forhåndsvisningen laves…</source>
        <translation>Forhåndsvisningen lages…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="101"/>
        <source>Laver forhåndsvisning</source>
        <translation>Lager forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="109"/>
        <source>Sagen har endnu ingen titel eller intet journalnummer. De står i aktlisten, i stemplet på hver side og i afgørelsen: udfyld dem før eksporten.</source>
        <translation>Saken har ennå ingen tittel eller intet saksnummer. De står i dokumentlisten, i stempelet på hver side og i vedtaket: fyll dem ut før eksporten.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="125"/>
        <location filename="../../src/redact/gui/export_view.py" line="134"/>
        <source>Eksportér</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="128"/>
        <source>Pakken til aktindsigt (overstregede og kontrollerede PDF&apos;er, aktliste, udkast til afgørelse og revisionsspor) gemmes i:

%1

En tidligere pakke dér erstattes.</source>
        <translation>Innsynspakken (sladdede og kontrollerte PDF-er, dokumentliste, utkast til vedtak og revisjonsspor) lagres i:

%1

En tidligere pakke der erstattes.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="135"/>
        <source>Vælg en anden mappe…</source>
        <translation>Velg en annen mappe…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="140"/>
        <source>Vælg mappe til pakken</source>
        <translation>Velg mappe for pakken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="154"/>
        <source>Åbne forslag</source>
        <translation>Åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="155"/>
        <source>%1 forslag er stadig åbne. Åbne forslag bliver IKKE overstreget.</source>
        <translation>%1 forslag er fortsatt åpne. Åpne forslag blir IKKE sladdet.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="157"/>
        <source>Gå til næste åbne forslag</source>
        <translation>Gå til neste åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="158"/>
        <source>Eksportér alligevel</source>
        <translation>Eksporter likevel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="173"/>
        <source>Vælg en anden mappe</source>
        <translation>Velg en annen mappe</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="195"/>
        <source>Pakken er skrevet i %1 (%2 dokumenter udleveret)</source>
        <translation>Pakken er skrevet i %1 (%2 dokumenter utlevert)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="198"/>
        <source>Eksporten blev afbrudt.</source>
        <translation>Eksporten ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="202"/>
        <source>Eksporten mislykkedes: %1</source>
        <translation>Eksporten mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="207"/>
        <source>Eksporterer</source>
        <translation>Eksporterer</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="181"/>
        <source>Eksport med fejl</source>
        <translation>Eksport med feil</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="181"/>
        <source>Eksport færdig</source>
        <translation>Eksport ferdig</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="186"/>
        <source>Pakken er ikke skrevet i %1:</source>
        <translation>Pakken er ikke skrevet i %1:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="196"/>
        <source>Pakken til aktindsigt er skrevet og kontrolleret i %1</source>
        <translation>Innsynspakken er skrevet og kontrollert i %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="200"/>
        <source>%1 dokumenter, %2 udleveret, %3 sider i den samlede PDF.</source>
        <translation>%1 dokumenter, %2 utlevert, %3 sider i den samlede PDF-en.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="211"/>
        <source>Undtaget:</source>
        <translation>Unntatt:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="221"/>
        <source>%1 forslag var stadig åbne og er ikke overstreget.</source>
        <translation>%1 forslag var fortsatt åpne og er ikke sladdet.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="230"/>
        <source>Åbn mappen</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="236"/>
        <source>Skrevne filer:</source>
        <translation>Skrevne filer:</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="39"/>
        <source>Ingen sag</source>
        <translation>Ingen sak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="39"/>
        <source>Opret eller åbn en sag, før du lægger filer ind.</source>
        <translation>Opprett eller åpne en sak før du legger inn filer.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="44"/>
        <source>Filerne kan ikke lægges ind</source>
        <translation>Filene kan ikke legges inn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="54"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>Ansattlisten kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="55"/>
        <source>Filerne behandles uden listen.</source>
        <translation>Filene behandles uten listen.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="98"/>
        <source>Indlæsningen blev afbrudt; filerne er ikke lagt ind.</source>
        <translation>Innlesingen ble avbrutt; filene er ikke lagt inn.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="100"/>
        <source>Filerne kunne ikke behandles</source>
        <translation>Filene kunne ikke behandles</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="106"/>
        <source>Læser %1 filer</source>
        <translation>Leser %1 filer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="122"/>
        <source>%1 dokumenter lagt ind</source>
        <translation>%1 dokumenter lagt inn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="124"/>
        <source>; %1 filer kunne ikke læses</source>
        <translation>; %1 filer kunne ikke leses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="133"/>
        <source>Nogle filer kunne ikke læses</source>
        <translation>Noen filer kunne ikke leses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="134"/>
        <source>Resten er lagt ind. Disse filer mangler:</source>
        <translation>Resten er lagt inn. Disse filene mangler:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="141"/>
        <source>Tilføj filer til sagen</source>
        <translation>Legg til filer i saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="143"/>
        <source>Dokumenter (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)</source>
        <translation>Dokumenter (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="150"/>
        <source>Tilføj en mappe med filer til sagen</source>
        <translation>Legg til en mappe med filer i saken</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="39"/>
        <source>Søg og overstreg</source>
        <translation>Søk og sladd</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="44"/>
        <source>tekst eller mønster, fx et navn</source>
        <translation>tekst eller mønster, f.eks. et navn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="46"/>
        <source>Mønstre…</source>
        <translation>Mønstre…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="49"/>
        <source>Søg efter de almindelige danske numre og adresser</source>
        <translation>Søk etter de vanlige danske numrene og adressene</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="50"/>
        <source>&amp;Mønster (regulært udtryk)</source>
        <translation>&amp;Mønster (regulært uttrykk)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="51"/>
        <source>Forskel på &amp;store og små bogstaver</source>
        <translation>Skill mellom &amp;store og små bokstaver</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="52"/>
        <source>Kun &amp;hele ord</source>
        <translation>Bare &amp;hele ord</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="54"/>
        <source>&amp;Søg i sagen</source>
        <translation>&amp;Søk i saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="57"/>
        <location filename="../../src/redact/gui/find_dialog.py" line="111"/>
        <source>Skriv teksten, og tryk Søg i sagen.</source>
        <translation>Skriv teksten, og trykk Søk i saken.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="60"/>
        <source>Klik for at se forekomsten på siden; fjern fluebenet for at lade den stå</source>
        <translation>Klikk for å se forekomsten på siden; fjern haken for å la den stå</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="63"/>
        <location filename="../../src/redact/gui/find_dialog.py" line="109"/>
        <source>Overstreg valgte</source>
        <translation>Sladd valgte</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="76"/>
        <source>Hjemmel:</source>
        <translation>Hjemmel:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="118"/>
        <source>Søger…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="141"/>
        <source>%1, s. %2</source>
        <translation>%1, s. %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="143"/>
        <source>  (allerede overstreget)</source>
        <translation>  (allerede sladdet)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="167"/>
        <source>Ingen forekomster i sagen.</source>
        <translation>Ingen forekomster i saken.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="170"/>
        <source>forekomst</source>
        <translation>forekomst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="170"/>
        <source>forekomster</source>
        <translation>forekomster</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="171"/>
        <source>dokument</source>
        <translation>dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="171"/>
        <source>dokumenter</source>
        <translation>dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="172"/>
        <source>%1 i %2; %3 valgt til overstregning.</source>
        <translation>%1 i %2; %3 valgt for sladding.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="173"/>
        <source>Overstreg valgte (%1)</source>
        <translation>Sladd valgte (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="50"/>
        <source>&amp;Ny sag…</source>
        <translation>&amp;Ny sak…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="51"/>
        <source>&amp;Åbn sag…</source>
        <translation>&amp;Åpne sak…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="52"/>
        <source>Sags&amp;oplysninger…</source>
        <translation>Saks&amp;opplysninger…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="55"/>
        <source>&amp;Tilføj filer…</source>
        <translation>&amp;Legg til filer…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="61"/>
        <source>Tilføj &amp;mappe…</source>
        <translation>Legg til &amp;mappe…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="65"/>
        <source>&amp;Fjern dokument…</source>
        <translation>&amp;Fjern dokument…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="69"/>
        <source>Flyt dokument &amp;op</source>
        <translation>Flytt dokument &amp;opp</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="71"/>
        <source>Flyt dokument &amp;ned</source>
        <translation>Flytt dokument &amp;ned</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="75"/>
        <source>&amp;Forhåndsvis udleveret version</source>
        <translation>&amp;Forhåndsvis utlevert versjon</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="78"/>
        <source>Vis dokumentet, som det bliver udleveret: overstreget og kontrolleret</source>
        <translation>Vis dokumentet slik det blir utlevert: sladdet og kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="84"/>
        <source>Vis accepterede som &amp;sorte felter</source>
        <translation>Vis godtatte som &amp;svarte felt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="87"/>
        <source>Accepterede overstregninger vises som omrids med hjemmel, så teksten kan læses; her vises de sorte</source>
        <translation>Godtatte sladdinger vises som omriss med hjemmel, så teksten kan leses; her vises de svarte</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="95"/>
        <source>&amp;Eksportér…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="97"/>
        <source>&amp;Indstillinger…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="98"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="99"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="102"/>
        <source>&amp;Annullér fortryd</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="109"/>
        <source>Overstreg alle &amp;forekomster…</source>
        <translation>Sladd alle &amp;forekomster…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="115"/>
        <source>&amp;Næste åbne forslag</source>
        <translation>&amp;Neste åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="119"/>
        <source>&amp;Forrige åbne forslag</source>
        <translation>&amp;Forrige åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="125"/>
        <source>&amp;Acceptér</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="128"/>
        <source>Af&amp;vis</source>
        <translation>A&amp;vvis</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="131"/>
        <source>&amp;Hjemmel…</source>
        <translation>&amp;Hjemmel…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="135"/>
        <source>Acceptér alle åbne &amp;forslag…</source>
        <translation>Godta alle åpne &amp;forslag…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="141"/>
        <source>Undtag hele &amp;siden</source>
        <translation>Unnta hele &amp;siden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="147"/>
        <source>Undtag hele &amp;dokumentet</source>
        <translation>Unnta hele &amp;dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="153"/>
        <source>Overstreg markeret &amp;tekst</source>
        <translation>Sladd markert &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="159"/>
        <source>&amp;Vælg og rul</source>
        <translation>&amp;Velg og rull</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="167"/>
        <source>Tegn &amp;område</source>
        <translation>Tegn &amp;område</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="170"/>
        <source>Træk et felt, der skal overstreges</source>
        <translation>Dra et felt som skal sladdes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="176"/>
        <source>Markér &amp;tekst</source>
        <translation>Marker &amp;tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="179"/>
        <source>Markér tekst, der skal overstreges</source>
        <translation>Marker tekst som skal sladdes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="185"/>
        <source>Zoom &amp;ind</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="191"/>
        <source>Zoom &amp;ud</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="193"/>
        <source>&amp;Tilpas bredden</source>
        <translation>&amp;Tilpass bredden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="196"/>
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="205"/>
        <source>&amp;Sag</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="209"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="211"/>
        <source>&amp;Gennemsyn</source>
        <translation>&amp;Gjennomgang</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="215"/>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="218"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="259"/>
        <source>&amp;Seneste sager</source>
        <translation>&amp;Siste saker</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="238"/>
        <source>Værktøjer</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="248"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="348"/>
        <source>Sagen har ingen dokumenter endnu.

Træk filer eller mapper hertil, eller klik Tilføj filer…</source>
        <translation>Saken har ingen dokumenter ennå.

Dra filer eller mapper hit, eller klikk Legg til filer…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="351"/>
        <source>✓ Gemmes automatisk</source>
        <translation>✓ Lagres automatisk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="394"/>
        <source>Dokumentet kunne ikke læses:

%1</source>
        <translation>Dokumentet kunne ikke leses:

%1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="425"/>
        <source>Forhåndsvisning: sådan bliver dokumentet udleveret (overstreget og kontrolleret).</source>
        <translation>Forhåndsvisning: slik blir dokumentet utlevert (sladdet og kontrollert).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="428"/>
        <source>Side %1 har intet tekstlag og er ikke kontrolleret: læs siden selv.</source>
        <translation>Side %1 har ikke tekstlag og er ikke kontrollert: les siden selv.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="432"/>
        <source>Denne tekst findes også i 1 andet dokument</source>
        <translation>Denne teksten finnes også i 1 annet dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="434"/>
        <source>Denne tekst findes også i %1 andre dokumenter</source>
        <translation>Denne teksten finnes også i %1 andre dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="436"/>
        <source>: afgør du et forslag her, gælder det også i kopierne, hvor det er åbent.</source>
        <translation>: avgjør du et forslag her, gjelder det også i kopiene der det er åpent.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="505"/>
        <source>Klik på et forslag for at vælge det; træk for at rulle.</source>
        <translation>Klikk på et forslag for å velge det; dra for å rulle.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="507"/>
        <source>Træk et felt over det, der skal overstreges (underskrift, foto, stempel). Esc: tilbage.</source>
        <translation>Dra et felt over det som skal sladdes (underskrift, foto, stempel). Esc: tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="509"/>
        <source>Markér teksten med musen; vælg så Overstreg. Esc: tilbage.</source>
        <translation>Marker teksten med musen; velg så Sladd. Esc: tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="539"/>
        <source>Området bliver overstreget. Ctrl+Z fortryder; R på det fjerner det.</source>
        <translation>Området blir sladdet. Ctrl+Z angrer; R på det fjerner det.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="598"/>
        <source>Dokumentet</source>
        <translation>Dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="598"/>
        <source>Side %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="599"/>
        <source>%1 er undtaget fra aktindsigt efter %2</source>
        <translation>%1 er unntatt fra innsyn etter %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="601"/>
        <source>Manuel overstregning (%1)</source>
        <translation>Manuell sladding (%1)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="48"/>
        <source>Ny sag</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="53"/>
        <source>En sag er én anmodning om aktindsigt. Giv den en titel og sagens journalnummer; bagefter lægger du filerne ind.</source>
        <translation>En sak er ett innsynskrav. Gi den en tittel og sakens saksnummer; deretter legger du inn filene.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="60"/>
        <source>fx Aktindsigt i byggesag, Skovvej 12</source>
        <translation>f.eks. Innsyn i byggesak, Skogveien 12</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="62"/>
        <source>fx 24/01234</source>
        <translation>f.eks. 24/01234</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="65"/>
        <source>Skift mappe…</source>
        <translation>Bytt mappe…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="68"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="69"/>
        <source>&amp;Journalnummer:</source>
        <translation>&amp;Saksnummer:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="73"/>
        <source>Gemmes i:</source>
        <translation>Lagres i:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="75"/>
        <source>Opret sag</source>
        <translation>Opprett sak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="103"/>
        <source>Vælg mappe til sagen</source>
        <translation>Velg mappe for saken</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/redact/gui/page_view.py" line="102"/>
        <source>Intet dokument valgt</source>
        <translation>Intet dokument valgt</translation>
    </message>
</context>
<context>
    <name>ProposalTreeModel</name>
    <message>
        <location filename="../../src/redact/gui/models.py" line="411"/>
        <source>Forslag</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="411"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="411"/>
        <source>Hjemmel</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="467"/>
        <source>%1, s. %2</source>
        <translation>%1, s. %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="478"/>
        <source>%1  (%2 i %3 dok.)</source>
        <translation>%1  (%2 i %3 dok.)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="486"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="492"/>
        <source>Overstreges</source>
        <translation>Sladdes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="494"/>
        <source>%1 åbne</source>
        <translation>%1 åpne</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="499"/>
        <source>Afgjort</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="506"/>
        <source>flere</source>
        <translation>flere</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="516"/>
        <source>%1: %2 forekomster i %3 dokumenter. Acceptér eller afvis dem alle på én gang.</source>
        <translation>%1: %2 forekomster i %3 dokumenter. Godta eller avvis alle på én gang.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="522"/>
        <source>Acceptér eller afvis hele kategorien på én gang</source>
        <translation>Godta eller avvis hele kategorien på én gang</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="523"/>
        <source>Manuel overstregning</source>
        <translation>Manuell sladding</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="48"/>
        <source>Kun det viste dokument</source>
        <translation>Bare det viste dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="49"/>
        <location filename="../../src/redact/gui/proposals_view.py" line="166"/>
        <source>Acceptér (A)</source>
        <translation>Godta (A)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="50"/>
        <source>Acceptér forslaget: teksten bliver overstreget</source>
        <translation>Godta forslaget: teksten blir sladdet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="51"/>
        <location filename="../../src/redact/gui/proposals_view.py" line="167"/>
        <source>Afvis (R)</source>
        <translation>Avvis (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="52"/>
        <source>Afvis forslaget: teksten bliver stående</source>
        <translation>Avvis forslaget: teksten blir stående</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="53"/>
        <source>Hjemmel… (H)</source>
        <translation>Hjemmel… (H)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="57"/>
        <source>Forslag til overstregning</source>
        <translation>Forslag til sladding</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="65"/>
        <source>Hvorfor?</source>
        <translation>Hvorfor?</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="148"/>
        <source>hele kategorien %1 (%2 forslag)</source>
        <translation>hele kategorien %1 (%2 forslag)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="151"/>
        <source>gruppen «%1» (%2 forslag)</source>
        <translation>gruppen «%1» (%2 forslag)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="153"/>
        <source>forslaget</source>
        <translation>forslaget</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="154"/>
        <source>%1 forslag</source>
        <translation>%1 forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="163"/>
        <source>Acceptér %1 (A)</source>
        <translation>Godta %1 (A)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="164"/>
        <source>Afvis %1 (R)</source>
        <translation>Avvis %1 (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="167"/>
        <source>Fjern (R)</source>
        <translation>Fjern (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="168"/>
        <source>Acceptér %1: teksten bliver overstreget</source>
        <translation>Godta %1: teksten blir sladdet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="169"/>
        <source>Afvis %1: teksten bliver stående</source>
        <translation>Avvis %1: teksten blir stående</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="43"/>
        <source>Overstreg «%1»</source>
        <translation>Sladd «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="45"/>
        <source>Overstreg alle forekomster af «%1» i sagen…</source>
        <translation>Sladd alle forekomster av «%1» i saken…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="48"/>
        <source>Annullér</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="49"/>
        <source>Tryk Enter for at overstrege markeringen, eller vælg i menuen.</source>
        <translation>Trykk Enter for å sladde markeringen, eller velg i menyen.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="73"/>
        <source>%1 forekomster bliver overstreget. Ctrl+Z fortryder dem alle.</source>
        <translation>%1 forekomster blir sladdet. Ctrl+Z angrer alle.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="112"/>
        <source>Søgningen blev afbrudt.</source>
        <translation>Søket ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="114"/>
        <source>Søger i sagen</source>
        <translation>Søker i saken</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="55"/>
        <source>Myndighedens hjemler kan ikke bruges</source>
        <translation>Myndighetens hjemler kan ikke brukes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="81"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>Ansattlisten kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="85"/>
        <source>Medarbejderlisten bruges på filer, der lægges ind fremover.</source>
        <translation>Ansattlisten brukes på filer som legges inn heretter.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="91"/>
        <source>Medarbejderliste</source>
        <translation>Ansattliste</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="94"/>
        <source>Medarbejderlisten omfatter %1 af sagens åbne forslag:

%2

Afvis dem nu? (Ctrl+Z fortryder)</source>
        <translation>Ansattlisten omfatter %1 av sakens åpne forslag:

%2

Avvise dem nå? (Ctrl+Z angrer)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="100"/>
        <source>Afvis dem</source>
        <translation>Avvis dem</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="101"/>
        <source>Lad dem stå</source>
        <translation>La dem stå</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="107"/>
        <source>%1 forslag på medarbejderlisten er afvist. Ctrl+Z fortryder.</source>
        <translation>%1 forslag på ansattlisten er avvist. Ctrl+Z angrer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="116"/>
        <source>Indstillinger</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="120"/>
        <source>fx Eksempel Kommune, Borgerservice</source>
        <translation>f.eks. Eksempel kommune, Servicetorget</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="121"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="124"/>
        <source>tekstfil med én medarbejder pr. linje</source>
        <translation>tekstfil med én ansatt per linje</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="184"/>
        <source>Vælg…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="127"/>
        <source>&amp;Medarbejderliste:</source>
        <translation>&amp;Ansattliste:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="130"/>
        <source>Navne, telefonnumre og e-mailadresser på listen foreslås aldrig overstreget. Skifter du listen, kan den også bruges på sagens åbne forslag.</source>
        <translation>Navn, telefonnumre og e-postadresser på listen foreslås aldri sladdet. Bytter du liste, kan den også brukes på sakens åpne forslag.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="137"/>
        <source>myndighedens egen liste over hjemler (YAML)</source>
        <translation>myndighetens egen liste over hjemler (YAML)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="140"/>
        <source>&amp;Egne hjemler:</source>
        <translation>&amp;Egne hjemler:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="142"/>
        <source>Lægges oven på de medfølgende hjemler, som «redact export --legal-bases» gør det.</source>
        <translation>Legges oppå de medfølgende hjemlene, slik «redact export --legal-bases» gjør.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="147"/>
        <source>Standard&amp;hjemmel:</source>
        <translation>Standard&amp;hjemmel:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="148"/>
        <source>Bruges til manuelle overstregninger og undtagne sider.</source>
        <translation>Brukes for manuelle sladdinger og unntatte sider.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="153"/>
        <source>Som systemet</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="158"/>
        <source>&amp;Sprog:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="159"/>
        <source>Sproget skifter, næste gang programmet startes.</source>
        <translation>Språket byttes neste gang programmet startes.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="172"/>
        <source>Låst af myndighedens IT (maskinens politik)</source>
        <translation>Låst av virksomhetens IT (maskinens policy)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="199"/>
        <source>Vælg medarbejderliste</source>
        <translation>Velg ansattliste</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="199"/>
        <source>Tekstfiler (*.txt);;Alle filer (*)</source>
        <translation>Tekstfiler (*.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="206"/>
        <source>Vælg liste over hjemler</source>
        <translation>Velg liste over hjemler</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="206"/>
        <source>YAML-filer (*.yaml *.yml)</source>
        <translation>YAML-filer (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="246"/>
        <source>Næste åbne forslag</source>
        <translation>Neste åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="247"/>
        <source>Forrige åbne forslag</source>
        <translation>Forrige åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="248"/>
        <source>Acceptér (overstreg) det valgte, og gå videre</source>
        <translation>Godta (sladd) det valgte, og gå videre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="249"/>
        <source>Afvis det valgte, og gå videre</source>
        <translation>Avvis det valgte, og gå videre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="250"/>
        <source>Hjemmel for det valgte</source>
        <translation>Hjemmel for det valgte</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="251"/>
        <source>Værktøj: vælg, tegn område, markér tekst</source>
        <translation>Verktøy: velg, tegn område, marker tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="252"/>
        <source>Overstreg alle forekomster af en tekst</source>
        <translation>Sladd alle forekomster av en tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="253"/>
        <source>Fortryd / annullér fortryd</source>
        <translation>Angre / gjør om</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="254"/>
        <source>Eksportér</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="255"/>
        <source>Zoom ind / ud / tilpas bredden</source>
        <translation>Zoom inn / ut / tilpass bredden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="262"/>
        <source>Tastaturgenveje</source>
        <translation>Hurtigtaster</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="22"/>
        <source>Hver beslutning gemmes med det samme; der er intet at gemme</source>
        <translation>Hver beslutning lagres med en gang; det er ingenting å lagre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="25"/>
        <source>Annullér</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="45"/>
        <source>Side %1 af %2 · </source>
        <translation>Side %1 av %2 · </translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="47"/>
        <source>dokument</source>
        <translation>dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="47"/>
        <source>dokumenter</source>
        <translation>dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="48"/>
        <source>%1 åbne forslag i %2</source>
        <translation>%1 åpne forslag i %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="50"/>
        <source>Ingen åbne forslag</source>
        <translation>Ingen åpne forslag</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="66"/>
        <source>CPR-nummer</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="67"/>
        <source>Norsk fødselsnummer</source>
        <translation>Norsk fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="68"/>
        <source>Svensk personnummer</source>
        <translation>Svensk personnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="69"/>
        <source>Telefonnummer</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="70"/>
        <source>E-mailadresse</source>
        <translation>E-postadresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="71"/>
        <source>Bankkonto</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="72"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="73"/>
        <source>Nummerplade</source>
        <translation>Registreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="74"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="75"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="76"/>
        <source>Andet id-nummer</source>
        <translation>Annet ID-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="77"/>
        <source>Følsomme oplysninger</source>
        <translation>Sensitive opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="78"/>
        <source>Manuelle overstregninger</source>
        <translation>Manuelle sladdinger</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="81"/>
        <source>Åben</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="82"/>
        <source>Accepteret</source>
        <translation>Godtatt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="83"/>
        <source>Afvist</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="93"/>
        <source>  – foreslået for det valgte</source>
        <translation>  – foreslått for det valgte</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="58"/>
        <source>%1 (%2 åbne)</source>
        <translation>%1 (%2 åpne)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="61"/>
        <source>Side %1: undtaget</source>
        <translation>Side %1: unntatt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="62"/>
        <source>Side %1: %2 åbne forslag</source>
        <translation>Side %1: %2 åpne forslag</translation>
    </message>
</context>
<context>
    <name>ThumbnailsView</name>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="107"/>
        <source>Siderne: klik for at gå til en side</source>
        <translation>Sidene: klikk for å gå til en side</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="15"/>
        <source>Overstregning til aktindsigt</source>
        <translation>Sladding ved innsyn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="21"/>
        <source>Opret en sag for anmodningen (titel og journalnummer).</source>
        <translation>Opprett en sak for innsynskravet (tittel og saksnummer).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="22"/>
        <source>Læg sagens filer ind: træk dem ind i vinduet, eller vælg dem.</source>
        <translation>Legg inn sakens filer: dra dem inn i vinduet, eller velg dem.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="23"/>
        <source>Gennemgå forslagene: A accepterer (overstreger), R afviser, N går videre.</source>
        <translation>Gå gjennom forslagene: A godtar (sladder), R avviser, N går videre.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="24"/>
        <source>Eksportér: du får kontrollerede, overstregede PDF&apos;er til udlevering.</source>
        <translation>Eksporter: du får kontrollerte, sladdede PDF-er til utlevering.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="28"/>
        <source>Alt foregår på denne computer; intet sendes nogen steder hen.</source>
        <translation>Alt skjer på denne datamaskinen; ingenting sendes noe sted.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="33"/>
        <source>Ny sag…</source>
        <translation>Ny sak…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="34"/>
        <source>Åbn sag…</source>
        <translation>Åpne sak…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="43"/>
        <source>Dobbeltklik for at åbne sagen</source>
        <translation>Dobbeltklikk for å åpne saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="44"/>
        <source>Seneste sager</source>
        <translation>Siste saker</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="47"/>
        <source>Tip: læg myndighedens medarbejderliste ind under Sag ▸ Indstillinger, så medarbejdernes navne og numre ikke bliver foreslået overstreget.</source>
        <translation>Tips: legg inn virksomhetens ansattliste under Sak ▸ Innstillinger, så de ansattes navn og numre ikke blir foreslått sladdet.</translation>
    </message>
</context>
</TS>
