<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="da">
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="135"/>
        <source>Undtag fra aktindsigt</source>
        <translation>Unnta fra innsyn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="135"/>
        <source>Hjemmel</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="137"/>
        <source>Hjemmel for at undtage %1 fra aktindsigt. Undtagelsen står i aktlisten.</source>
        <translation>Hjemmel for å unnta %1 fra innsyn. Unntaket står i dokumentlisten.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="139"/>
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
        <location filename="../../src/redact/gui/models.py" line="96"/>
        <location filename="../../src/redact/gui/models.py" line="180"/>
        <source>Fejl</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="98"/>
        <source>Undtaget</source>
        <translation>Unntatt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="102"/>
        <source>%1 s. undtaget</source>
        <translation>%1 s. unntatt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="111"/>
        <source>Til gennemsyn</source>
        <translation>Til gjennomgang</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="113"/>
        <source>Ingen forslag</source>
        <translation>Ingen forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="114"/>
        <source>Gennemset</source>
        <translation>Gjennomgått</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Åbne</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="177"/>
        <source>Venter</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="178"/>
        <source>Behandles…</source>
        <translation>Behandles…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="179"/>
        <source>Behandlet</source>
        <translation>Behandlet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="190"/>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="192"/>
        <source>Kunne ikke læses: %1</source>
        <translation>Kunne ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="194"/>
        <source>%1 sider, %2</source>
        <translation>%1 sider, %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="197"/>
        <source>Side %1: intet tekstlag, ikke kontrolleret – læs selv siden</source>
        <translation>Side %1: uten tekstlag, ikke kontrollert – les siden selv</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="203"/>
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
        <location filename="../../src/redact/gui/explanation_view.py" line="25"/>
        <source>dokument</source>
        <translation>dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="25"/>
        <source>dokumenter</source>
        <translation>dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="34"/>
        <source>forslag</source>
        <comment>ental</comment>
        <translation>forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="34"/>
        <source>forslag</source>
        <comment>flertal</comment>
        <translation>forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="37"/>
        <source>%1 i %2, %3 åbne.</source>
        <translation>%1 i %2, %3 åpne.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="39"/>
        <source>A accepterer alle, R afviser alle. H sætter hjemmel for dem alle.</source>
        <translation>A godtar alle, R avviser alle. H setter hjemmel for alle.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="48"/>
        <source>Vælg et forslag i listen eller på siden. N går til næste åbne forslag.</source>
        <translation>Velg et forslag i listen eller på siden. N går til neste åpne forslag.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="49"/>
        <source>%1, side %2</source>
        <translation>%1, side %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="52"/>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="52"/>
        <source>(et område uden tekst)</source>
        <translation>(et område uten tekst)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="53"/>
        <location filename="../../src/redact/gui/explanation_view.py" line="67"/>
        <source>Hjemmel</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="54"/>
        <source>Lavet af</source>
        <translation>Laget av</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="55"/>
        <location filename="../../src/redact/gui/explanation_view.py" line="68"/>
        <source>Dokument</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="59"/>
        <source>R fjerner den.</source>
        <translation>R fjerner den.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="64"/>
        <source>Fundet af</source>
        <translation>Funnet av</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="65"/>
        <source>Sikkerhed</source>
        <translation>Sikkerhet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="66"/>
        <source>Hvorfor</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="71"/>
        <source>forekomst</source>
        <translation>forekomst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="71"/>
        <source>forekomster</source>
        <translation>forekomster</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="72"/>
        <source>Gruppe</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="72"/>
        <source>%1 i %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="79"/>
        <source>Dokumentet kan ikke udleveres, som det står:

%1</source>
        <translation>Dokumentet kan ikke utleveres slik det står:

%1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="82"/>
        <source>Forhåndsvisningen laves…</source>
        <translation>Forhåndsvisningen lages…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="103"/>
        <source>Laver forhåndsvisning</source>
        <translation>Lager forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="111"/>
        <source>Sagen har endnu ingen titel eller intet journalnummer. De står i aktlisten, i stemplet på hver side og i afgørelsen: udfyld dem før eksporten.</source>
        <translation>Saken har ennå ingen tittel eller intet saksnummer. De står i dokumentlisten, i stempelet på hver side og i vedtaket: fyll dem ut før eksporten.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="127"/>
        <location filename="../../src/redact/gui/export_view.py" line="136"/>
        <source>Eksportér</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="130"/>
        <source>Pakken til aktindsigt (overstregede og kontrollerede PDF&apos;er, aktliste, udkast til afgørelse og revisionsspor) gemmes i:

%1

En tidligere pakke dér erstattes.</source>
        <translation>Innsynspakken (sladdede og kontrollerte PDF-er, dokumentliste, utkast til vedtak og revisjonsspor) lagres i:

%1

En tidligere pakke der erstattes.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="137"/>
        <source>Vælg en anden mappe…</source>
        <translation>Velg en annen mappe…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="142"/>
        <source>Vælg mappe til pakken</source>
        <translation>Velg mappe for pakken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="156"/>
        <source>Åbne forslag</source>
        <translation>Åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="157"/>
        <source>%1 forslag er stadig åbne. Åbne forslag bliver IKKE overstreget.</source>
        <translation>%1 forslag er fortsatt åpne. Åpne forslag blir IKKE sladdet.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="159"/>
        <source>Gå til næste åbne forslag</source>
        <translation>Gå til neste åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="160"/>
        <source>Eksportér alligevel</source>
        <translation>Eksporter likevel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="175"/>
        <source>Vælg en anden mappe</source>
        <translation>Velg en annen mappe</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="197"/>
        <source>Pakken er skrevet i %1 (%2 dokumenter udleveret)</source>
        <translation>Pakken er skrevet i %1 (%2 dokumenter utlevert)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="200"/>
        <source>Eksporten blev afbrudt.</source>
        <translation>Eksporten ble avbrutt.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="205"/>
        <source>Eksporten mislykkedes: %1</source>
        <translation>Eksporten mislyktes: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="210"/>
        <source>Eksporterer</source>
        <translation>Eksporterer</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="182"/>
        <source>Eksport med fejl</source>
        <translation>Eksport med feil</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="182"/>
        <source>Eksport færdig</source>
        <translation>Eksport ferdig</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="187"/>
        <source>Pakken er ikke skrevet i %1:</source>
        <translation>Pakken er ikke skrevet i %1:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="197"/>
        <source>Pakken til aktindsigt er skrevet og kontrolleret i %1</source>
        <translation>Innsynspakken er skrevet og kontrollert i %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="201"/>
        <source>%1 dokumenter, %2 udleveret, %3 sider i den samlede PDF.</source>
        <translation>%1 dokumenter, %2 utlevert, %3 sider i den samlede PDF-en.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="212"/>
        <source>Undtaget:</source>
        <translation>Unntatt:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="223"/>
        <source>%1 forslag var stadig åbne og er ikke overstreget.</source>
        <translation>%1 forslag var fortsatt åpne og er ikke sladdet.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="232"/>
        <source>Åbn mappen</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="238"/>
        <source>Skrevne filer:</source>
        <translation>Skrevne filer:</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="40"/>
        <source>Ingen sag</source>
        <translation>Ingen sak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="40"/>
        <source>Opret eller åbn en sag, før du lægger filer ind.</source>
        <translation>Opprett eller åpne en sak før du legger inn filer.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="45"/>
        <source>Filerne kan ikke lægges ind</source>
        <translation>Filene kan ikke legges inn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="55"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>Ansattlisten kan ikke leses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="56"/>
        <source>Filerne behandles uden listen.</source>
        <translation>Filene behandles uten listen.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="99"/>
        <source>Indlæsningen blev afbrudt; filerne er ikke lagt ind.</source>
        <translation>Innlesingen ble avbrutt; filene er ikke lagt inn.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="101"/>
        <source>Filerne kunne ikke behandles</source>
        <translation>Filene kunne ikke behandles</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="107"/>
        <source>Læser %1 filer</source>
        <translation>Leser %1 filer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="123"/>
        <source>%1 dokumenter lagt ind</source>
        <translation>%1 dokumenter lagt inn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="125"/>
        <source>; %1 filer kunne ikke læses</source>
        <translation>; %1 filer kunne ikke leses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="134"/>
        <source>Nogle filer kunne ikke læses</source>
        <translation>Noen filer kunne ikke leses</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="135"/>
        <source>Resten er lagt ind. Disse filer mangler:</source>
        <translation>Resten er lagt inn. Disse filene mangler:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="142"/>
        <source>Tilføj filer til sagen</source>
        <translation>Legg til filer i saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="144"/>
        <source>Dokumenter (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)</source>
        <translation>Dokumenter (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="151"/>
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
    <name>LowerTexts</name>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="26"/>
        <source>%1 (læst med OCR)</source>
        <translation>%1 (lest med OCR)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="27"/>
        <source>%1 (over linjeskift)</source>
        <translation>%1 (over linjeskift)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="28"/>
        <source>%1 (ejefald)</source>
        <translation>%1 (genitiv)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="29"/>
        <source>%1 (med mellemnavn)</source>
        <translation>%1 (med mellomnavn)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="30"/>
        <source>%1 (mønster %2)</source>
        <translation>%1 (mønster %2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="31"/>
        <source>kontekstord «%1»</source>
        <translation>kontekstord «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="32"/>
        <source>nævnt sammen med «%1»</source>
        <translation>nevnt sammen med «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="33"/>
        <source>flertydigt ord – kontrollér sammenhængen</source>
        <translation>flertydig ord – kontroller sammenhengen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="35"/>
        <source>Fornavn fra navneliste %1 efterfulgt af efternavn</source>
        <translation>Fornavn fra navneliste %1 etterfulgt av etternavn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="36"/>
        <source>Fornavn fra navneliste %1 efterfulgt af ord med stort begyndelsesbogstav</source>
        <translation>Fornavn fra navneliste %1 etterfulgt av ord med stor forbokstav</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="37"/>
        <source>Fornavn fra navneliste %1 med stort begyndelsesbogstav midt i sætningen</source>
        <translation>Fornavn fra navneliste %1 med stor forbokstav midt i setningen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="38"/>
        <source>%1 fra navneliste (DST)</source>
        <translation>%1 fra navneliste (DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="39"/>
        <source>%1 fra navneliste (minoritetsnavne)</source>
        <translation>%1 fra navneliste (minoritetsnavn)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="40"/>
        <source>(DST)</source>
        <translation>(DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="41"/>
        <source>(minoritetsnavne)</source>
        <translation>(minoritetsnavn)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="42"/>
        <source>Fornavn</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="43"/>
        <source>Efternavn</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="44"/>
        <source>Fornavn og efternavn fra navneliste (DST)</source>
        <translation>Fornavn og etternavn fra navneliste (DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="45"/>
        <source>Efternavn og fornavn fra navneliste</source>
        <translation>Etternavn og fornavn fra navneliste</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="46"/>
        <source>Efternavne fra navneliste</source>
        <translation>Etternavn fra navneliste</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="47"/>
        <source>Forbogstav efterfulgt af efternavn fra navneliste</source>
        <translation>Forbokstav etterfulgt av etternavn fra navneliste</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="48"/>
        <source>Navn efter «%1»</source>
        <translation>Navn etter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="49"/>
        <source>Navn efter titel «%1»</source>
        <translation>Navn etter tittelen «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="50"/>
        <source>Navn i e-mailhoved efter «%1»</source>
        <translation>Navn i e-posthode etter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="51"/>
        <source>Navn i e-mailhoved før e-mailadressen</source>
        <translation>Navn i e-posthode før e-postadressen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="52"/>
        <source>Navn i deltagerliste efter «%1»</source>
        <translation>Navn i deltakerliste etter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="53"/>
        <source>Navn i underskrift efter «%1»</source>
        <translation>Navn i underskrift etter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="54"/>
        <source>Navn genkendt af sprogmodellen (PER)</source>
        <translation>Navn gjenkjent av språkmodellen (PER)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="55"/>
        <source>Navn genkendt af navnegenkendelsen</source>
        <translation>Navn gjenkjent av navnegjenkjenningen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="56"/>
        <source>Initialer efter «%1»</source>
        <translation>Initialer etter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="57"/>
        <source>Initialer, der går igen i teksten som en person</source>
        <translation>Initialer som går igjen i teksten som en person</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="58"/>
        <source>Samme person som «%1», der er fundet andetsteds i sagen</source>
        <translation>Samme person som «%1», som er funnet andre steder i saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="59"/>
        <source>Samme oplysning er fundet andetsteds i sagen</source>
        <translation>Samme opplysning er funnet andre steder i saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="61"/>
        <source>%1, nævnt i embede</source>
        <translation>%1, nevnt i embets medfør</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="62"/>
        <source>Politiker (parti %1), nævnt i embede</source>
        <translation>Politiker (parti %1), nevnt i embets medfør</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="63"/>
        <source>Medlem af et politisk organ («%1»), nævnt i embede</source>
        <translation>Medlem av et politisk organ («%1»), nevnt i embets medfør</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="64"/>
        <source>Underskrevet som %1</source>
        <translation>Undertegnet som %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="65"/>
        <source>Samme person som «%1», der er nævnt i embede andetsteds i sagen</source>
        <translation>Samme person som «%1», som er nevnt i embets medfør andre steder i saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="67"/>
        <source>Ligner et CPR-nummer med gyldig fødselsdato</source>
        <translation>Ligner et CPR-nummer med gyldig fødselsdato</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="68"/>
        <source>Ligner et dansk telefonnummer</source>
        <translation>Ligner et dansk telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="69"/>
        <source>Ligner et norsk telefonnummer</source>
        <translation>Ligner et norsk telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="70"/>
        <source>Ligner et svensk telefonnummer</source>
        <translation>Ligner et svensk telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="71"/>
        <source>Ligner et norsk eller svensk telefonnummer</source>
        <translation>Ligner et norsk eller svensk telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="72"/>
        <source>E-mailadresse</source>
        <translation>E-postadresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="73"/>
        <source>Ligner en e-mailadresse, hvor OCR har mistet «@»</source>
        <translation>Ligner en e-postadresse der OCR har mistet «@»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="74"/>
        <source>Ligner et bankkontonummer (reg.nr. og kontonr.)</source>
        <translation>Ligner et bankkontonummer (reg.nr. og kontonr.)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="75"/>
        <source>IBAN-nummer med gyldigt kontrolciffer</source>
        <translation>IBAN-nummer med gyldig kontrollsiffer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="76"/>
        <source>Ligner en nummerplade</source>
        <translation>Ligner et kjennemerke</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="77"/>
        <source>Ligner en norsk nummerplade</source>
        <translation>Ligner et norsk kjennemerke</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="78"/>
        <source>Ligner en svensk nummerplade</source>
        <translation>Ligner et svensk kjennemerke</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="79"/>
        <source>Norsk fødselsnummer med gyldige kontrolcifre</source>
        <translation>Norsk fødselsnummer med gyldige kontrollsifre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="80"/>
        <source>Norsk fødselsnummer (eller D-/H-nummer) med gyldige kontrolcifre</source>
        <translation>Norsk fødselsnummer (eller D-/H-nummer) med gyldige kontrollsifre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="81"/>
        <source>Svensk personnummer med gyldigt kontrolciffer</source>
        <translation>Svensk personnummer med gyldig kontrollsiffer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="82"/>
        <source>Svensk personnummer eller samordningsnummer med gyldigt kontrolciffer</source>
        <translation>Svensk personnummer eller samordningsnummer med gyldig kontrollsiffer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="83"/>
        <source>Norsk kontonummer med gyldigt kontrolciffer (mod 11)</source>
        <translation>Norsk kontonummer med gyldig kontrollsiffer (mod 11)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="84"/>
        <source>Ligner et svensk clearing- og kontonummer</source>
        <translation>Ligner et svensk clearing- og kontonummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="85"/>
        <source>Bankgiro- eller plusgironummer med gyldigt kontrolciffer</source>
        <translation>Bankgiro- eller plusgironummer med gyldig kontrollsiffer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="86"/>
        <source>%1 efter kontekstordet «%2»</source>
        <translation>%1 etter kontekstordet «%2»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="87"/>
        <source>%1 med et indlejret CPR-nummer (gyldig fødselsdato)</source>
        <translation>%1 med et innebygd CPR-nummer (gyldig fødselsdato)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="88"/>
        <source>kontrollér, at det ikke er myndighedens eget journalnummer</source>
        <translation>kontroller at det ikke er virksomhetens eget saksnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="89"/>
        <source>Patientnummer</source>
        <translation>Pasientnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="90"/>
        <source>Medarbejder- eller lønnummer</source>
        <translation>Ansatt- eller lønnsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="91"/>
        <source>Elev- eller studienummer</source>
        <translation>Elev- eller studentnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="92"/>
        <source>Pasnummer</source>
        <translation>Passnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="93"/>
        <source>Kørekortnummer</source>
        <translation>Førerkortnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="94"/>
        <source>Kundenummer</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="95"/>
        <source>Debitor-, klient- eller borgernummer</source>
        <translation>Debitor-, klient- eller innbyggernummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="96"/>
        <source>Lejer- eller lejemålsnummer</source>
        <translation>Leietaker- eller leieforholdsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="97"/>
        <source>Medlemsnummer</source>
        <translation>Medlemsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="98"/>
        <source>Police- eller skadenummer</source>
        <translation>Polise- eller skadenummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="99"/>
        <source>Journalnummer</source>
        <translation>Journalnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="100"/>
        <source>Sagsnummer</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="101"/>
        <source>Id-nummer</source>
        <translation>Id-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="103"/>
        <source>Vejnavn med husnummer og postnummer/by – ligner en privat adresse</source>
        <translation>Gatenavn med husnummer og postnummer/sted – ligner en privat adresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="104"/>
        <source>Vejnavn efterfulgt af husnummer – ligner en adresse</source>
        <translation>Gatenavn etterfulgt av husnummer – ligner en adresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="105"/>
        <source>Navn med husnummer efterfulgt af gyldigt postnummer og by – ligner en adresse</source>
        <translation>Navn med husnummer etterfulgt av gyldig postnummer og sted – ligner en adresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="106"/>
        <source>Postboks med nummer – del af en postadresse</source>
        <translation>Postboks med nummer – del av en postadresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="107"/>
        <source>c/o-angivelse – del af en postadresse</source>
        <translation>c/o-angivelse – del av en postadresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="108"/>
        <source>Navn med husnummer efter «bor på», «flyttet til» eller «Adresse:» – ligner en adresse</source>
        <translation>Navn med husnummer etter «bor i», «flyttet til» eller «Adresse:» – ligner en adresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="111"/>
        <source>byen er nævnt andetsteds og bevares</source>
        <translation>stedet er nevnt andre steder og beholdes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="112"/>
        <source>%1: ejendommens betegnelse i matriklen peger på ejeren og dennes bolig</source>
        <translation>%1: eiendommens betegnelse i matrikkelen peker på eieren og eierens bolig</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="113"/>
        <source>Matrikelnummer</source>
        <translation>Matrikkelnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="114"/>
        <source>Gårds- og bruksnummer</source>
        <translation>Gårds- og bruksnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="116"/>
        <source>%1 (%2): ordet «%3» fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» fra ordlisten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="117"/>
        <source>%1 (%2): ordet «%3» (af «%4») fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» (av «%4») fra ordlisten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="118"/>
        <source>%1 (%2): ordet «%3» ender på «%4» fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» ender på «%4» fra ordlisten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="119"/>
        <source>%1 (%2): ordet «%3» er sammensat med «%4» fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» er satt sammen med «%4» fra ordlisten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="120"/>
        <source>%1 (%2): ordet «%3» indeholder «%4» fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» inneholder «%4» fra ordlisten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="121"/>
        <source>%1 (%2): udtrykket «%3» fra ordlisten</source>
        <translation>%1 (%2): uttrykket «%3» fra ordlisten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="122"/>
        <source>Følsom oplysning</source>
        <translation>Sensitiv opplysning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="123"/>
        <source>Privat forhold</source>
        <translation>Privat forhold</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="124"/>
        <source>Oplysning om strafbare forhold</source>
        <translation>Opplysning om straffbare forhold</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="125"/>
        <source>Privat økonomi: beløb i sætning om %1</source>
        <translation>Privat økonomi: beløp i setning om %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="128"/>
        <source>helbred</source>
        <translation>helse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="129"/>
        <source>helbred – medicin</source>
        <translation>helse – medisiner</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="130"/>
        <source>helbred – handicap</source>
        <translation>helse – funksjonsnedsettelse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="131"/>
        <source>misbrug</source>
        <translation>rus</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="132"/>
        <source>kriminalitet</source>
        <translation>straffbare forhold</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="133"/>
        <source>sociale foranstaltninger</source>
        <translation>barnevern og sosiale tiltak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="134"/>
        <source>sociale ydelser</source>
        <translation>sosiale ytelser</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="135"/>
        <source>gæld og økonomi</source>
        <translation>gjeld og økonomi</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="136"/>
        <source>fagforeningsmedlemskab</source>
        <translation>fagforeningsmedlemskap</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="137"/>
        <source>religion</source>
        <translation>religion</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="138"/>
        <source>etnisk oprindelse</source>
        <translation>etnisk opprinnelse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="139"/>
        <source>seksuel orientering</source>
        <translation>seksuell orientering</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="140"/>
        <source>politisk overbevisning</source>
        <translation>politisk oppfatning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="142"/>
        <source>mønster for CPR-numre</source>
        <translation>mønster for CPR-numre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="143"/>
        <source>mønster for norske fødselsnumre</source>
        <translation>mønster for norske fødselsnumre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="144"/>
        <source>mønster for svenske personnumre</source>
        <translation>mønster for svenske personnumre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="145"/>
        <source>mønster for telefonnumre</source>
        <translation>mønster for telefonnumre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="146"/>
        <source>mønster for norske og svenske telefonnumre</source>
        <translation>mønster for norske og svenske telefonnumre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="147"/>
        <source>mønster for e-mailadresser</source>
        <translation>mønster for e-postadresser</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="148"/>
        <source>mønster for kontonumre</source>
        <translation>mønster for kontonumre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="149"/>
        <source>mønster for IBAN-numre</source>
        <translation>mønster for IBAN-numre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="150"/>
        <source>mønster for nummerplader</source>
        <translation>mønster for kjennemerker</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="151"/>
        <source>genkendelse af navne i teksten</source>
        <translation>gjenkjenning av navn i teksten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="152"/>
        <source>navnelister og regler for navne</source>
        <translation>navnelister og regler for navn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="153"/>
        <source>regler for adresser og postnumre</source>
        <translation>regler for adresser og postnumre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="154"/>
        <source>ordliste over følsomme oplysninger</source>
        <translation>ordliste over sensitive opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="155"/>
        <source>nummer efter et ledeord (fx patientnr.)</source>
        <translation>nummer etter et ledeord (f.eks. pasientnr.)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="156"/>
        <source>samme navn eller nummer er fundet andetsteds i sagen</source>
        <translation>samme navn eller nummer er funnet andre steder i saken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="157"/>
        <source>mønster for numre</source>
        <translation>mønster for numre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="158"/>
        <source>automatisk genkendelse</source>
        <translation>automatisk gjenkjenning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="160"/>
        <source>filen er tom</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="161"/>
        <source>tekstfilen er tom</source>
        <translation>tekstfilen er tom</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="162"/>
        <source>e-mailen er tom</source>
        <translation>e-posten er tom</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="163"/>
        <source>filtypen &apos;%1&apos; understøttes ikke</source>
        <translation>filtypen &apos;%1&apos; støttes ikke</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="164"/>
        <source>filen kan ikke læses: %1</source>
        <translation>filen kan ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="165"/>
        <source>ingen adgang til filen</source>
        <translation>ingen tilgang til filen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="166"/>
        <source>ingen adgang til filen (den må ikke læses af denne bruger)</source>
        <translation>ingen tilgang til filen (denne brukeren har ikke lov til å lese den)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="167"/>
        <source>filen ligner ikke en tekstfil (binært indhold)</source>
        <translation>filen ligner ikke en tekstfil (binært innhold)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="168"/>
        <source>filen ligner ikke en e-mail (ingen afsender, modtager eller emne)</source>
        <translation>filen ligner ikke en e-post (ingen avsender, mottaker eller emne)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="169"/>
        <source>filen er ikke et gyldigt Word-dokument (.docx)</source>
        <translation>filen er ikke et gyldig Word-dokument (.docx)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="170"/>
        <source>filen er ikke et gyldigt Word-dokument (.docx); den er måske beskadiget</source>
        <translation>filen er ikke et gyldig Word-dokument (.docx); den er kanskje skadet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="171"/>
        <source>Word-dokumentet er krypteret med adgangskode</source>
        <translation>Word-dokumentet er kryptert med passord</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="172"/>
        <source>Word-dokumentet kan ikke læses: %1</source>
        <translation>Word-dokumentet kan ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="173"/>
        <source>Word-dokumentet kan ikke læses (beskadiget?): %1</source>
        <translation>Word-dokumentet kan ikke leses (skadet?): %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="174"/>
        <source>LibreOffice kunne ikke konvertere dokumentet til PDF</source>
        <translation>LibreOffice kunne ikke konvertere dokumentet til PDF</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="175"/>
        <source>LibreOffice kunne ikke konvertere dokumentet i tide</source>
        <translation>LibreOffice kunne ikke konvertere dokumentet i tide</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="176"/>
        <source>Outlook-filen (.msg) kan ikke læses: %1</source>
        <translation>Outlook-filen (.msg) kan ikke leses: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="177"/>
        <source>filen kan ikke åbnes som PDF (den er beskadiget eller ikke en PDF)</source>
        <translation>filen kan ikke åpnes som PDF (den er skadet eller ikke en PDF)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="178"/>
        <source>PDF&apos;en er krypteret eller beskyttet med adgangskode; fjern beskyttelsen og prøv igen</source>
        <translation>PDF-en er kryptert eller beskyttet med passord; fjern beskyttelsen og prøv igjen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="181"/>
        <source>PDF&apos;en er beskadiget og kan ikke repareres</source>
        <translation>PDF-en er skadet og kan ikke repareres</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="182"/>
        <source>PDF&apos;en kan ikke kopieres (den er beskadiget)</source>
        <translation>PDF-en kan ikke kopieres (den er skadet)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="183"/>
        <source>teksten kan ikke læses fra PDF&apos;en (den er beskadiget)</source>
        <translation>teksten kan ikke leses fra PDF-en (den er skadet)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="184"/>
        <source>Vedhæftet fil %1 kunne ikke læses: %2</source>
        <translation>Vedlagt fil %1 kunne ikke leses: %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="185"/>
        <source>sagen har intet dokument %1</source>
        <translation>saken har ikke noe dokument %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="186"/>
        <source>dokument %1 kunne ikke læses og har intet sprog at rette</source>
        <translation>dokument %1 kunne ikke leses og har ikke noe språk å rette</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="187"/>
        <source>angiv hjemlen for undtagelsen (fx offl-23-1-1)</source>
        <translation>oppgi hjemmelen for unntaket (f.eks. offl-23-1-1)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="188"/>
        <source>ukendt hjemmel: %1 (se `redact bases`)</source>
        <translation>ukjent hjemmel: %1 (se `redact bases`)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="189"/>
        <source>%1 forslag er hverken accepteret eller afvist; de er ikke redigeret</source>
        <translation>%1 forslag er verken godtatt eller avvist; de er ikke sladdet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="190"/>
        <source>%1: kunne ikke læses og er ikke med i pakken (%2)</source>
        <translation>%1: kunne ikke leses og er ikke med i pakken (%2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="191"/>
        <source>%1: sider uden tekst er ikke kontrolleret</source>
        <translation>%1: sider uten tekst er ikke kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="192"/>
        <source>%1: side %2 har intet tekstlag og er ikke kontrolleret</source>
        <translation>%1: side %2 har ikke tekstlag og er ikke kontrollert</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="193"/>
        <source>ukendte hjemler i sagen (vises som koder): %1</source>
        <translation>ukjente hjemler i saken (vises som koder): %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="194"/>
        <source>uventet fejl ved behandling: %1</source>
        <translation>uventet feil under behandlingen: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="195"/>
        <source>filen har fejl i indholdet: PDF-læseren meldte %1 fejl undervejs. Det, der kunne læses, er med, men sider kan mangle indhold; sammenlign med originalen</source>
        <translation>filen har feil i innholdet: PDF-leseren meldte %1 feil underveis. Det som kunne leses, er med, men sider kan mangle innhold; sammenlign med originalen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="199"/>
        <source>Skjult tekst fundet; den fjernes ved eksport: %1</source>
        <translation>Skjult tekst funnet; den fjernes ved eksport: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="201"/>
        <source>%1 (side %2)</source>
        <translation>%1 (side %2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="202"/>
        <source>%1 og %2 andre</source>
        <translation>%1 og %2 andre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="203"/>
        <source>usynlig tekst</source>
        <translation>usynlig tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="204"/>
        <source>tekst i samme farve som baggrunden</source>
        <translation>tekst i samme farge som bakgrunnen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="205"/>
        <source>mikroskopisk tekst</source>
        <translation>mikroskopisk tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="206"/>
        <source>tekst uden for den synlige side</source>
        <translation>tekst utenfor den synlige siden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="207"/>
        <source>tekst dækket af billede eller grafik</source>
        <translation>tekst dekket av bilde eller grafikk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="208"/>
        <source>tekst i et skjult lag</source>
        <translation>tekst i et skjult lag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="209"/>
        <source>tekst skåret væk af en beskæringssti</source>
        <translation>tekst skåret bort av en beskjæringsbane</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="210"/>
        <source>gammelt OCR-tekstlag under en skanning</source>
        <translation>gammelt OCR-tekstlag under en skanning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="211"/>
        <source>PDF&apos;en har %1 indlejrede fil; de udleveres ikke</source>
        <translation>PDF-en har %1 innebygd fil; den utleveres ikke</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="212"/>
        <source>PDF&apos;en har %1 indlejrede filer; de udleveres ikke</source>
        <translation>PDF-en har %1 innebygde filer; de utleveres ikke</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="213"/>
        <source>PDF&apos;en kunne ikke undersøges for skjult indhold; eksporten undersøger den igen</source>
        <translation>PDF-en kunne ikke undersøkes for skjult innhold; eksporten undersøker den på nytt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="214"/>
        <source>PDF-filen var beskadiget (fx afkortet) og er repareret ved læsningen; sider eller indhold kan mangle, så sammenlign med originalen</source>
        <translation>PDF-filen var skadet (f.eks. avkortet) og ble reparert ved lesingen; sider eller innhold kan mangle, så sammenlign med originalen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="219"/>
        <source>Word-dokumentet har sporede ændringer; slettet tekst er vist i tillægget sidst i dokumentet</source>
        <translation>Word-dokumentet har sporede endringer; slettet tekst er vist i tillegget sist i dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="222"/>
        <source>Word-dokumentet har sporede ændringer; slettet tekst vises overstreget og indsat tekst understreget</source>
        <translation>Word-dokumentet har sporede endringer; slettet tekst vises gjennomstreket og innsatt tekst understreket</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="226"/>
        <source>Word-dokumentet har %1, som ikke ses i dokumentet; de er vist i et tillæg sidst i dokumentet</source>
        <translation>Word-dokumentet har %1 som ikke vises i dokumentet; de er vist i et tillegg sist i dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="229"/>
        <source>%1 kommentar</source>
        <translation>%1 kommentar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="230"/>
        <source>%1 kommentarer</source>
        <translation>%1 kommentarer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="231"/>
        <source>%1 stykke skjult tekst</source>
        <translation>%1 stykke skjult tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="232"/>
        <source>%1 stykker skjult tekst</source>
        <translation>%1 stykker skjult tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="233"/>
        <source>%1 og %2 stykke skjult tekst</source>
        <translation>%1 og %2 stykke skjult tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="234"/>
        <source>%1 og %2 stykker skjult tekst</source>
        <translation>%1 og %2 stykker skjult tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="236"/>
        <source>E-mailens HTML har %1 skjult afsnit (fx display:none), som en maillæser ikke viser; de er ikke medtaget</source>
        <translation>E-postens HTML har %1 skjult avsnitt (f.eks. display:none) som et e-postprogram ikke viser; det er ikke tatt med</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="240"/>
        <source>E-mailens HTML har %1 skjulte afsnit (fx display:none), som en maillæser ikke viser; de er ikke medtaget</source>
        <translation>E-postens HTML har %1 skjulte avsnitt (f.eks. display:none) som et e-postprogram ikke viser; de er ikke tatt med</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="244"/>
        <source>Skjulte lag med billeder eller grafik fundet; de fjernes ved eksport</source>
        <translation>Skjulte lag med bilder eller grafikk funnet; de fjernes ved eksport</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="245"/>
        <source>E-mailens HTML-udgave har tekst, som ikke står i tekstudgaven; den er vist sidst i dokumentet</source>
        <translation>E-postens HTML-versjon har tekst som ikke står i tekstversjonen; den er vist sist i dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="248"/>
        <source>Vedhæftet fil ikke medtaget: %1</source>
        <translation>Vedlegg ikke tatt med: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="249"/>
        <source>PDF&apos;ens annoteringer og formularfelter kunne ikke gøres til en del af siden; de fjernes ved eksport</source>
        <translation>PDF-ens merknader og skjemafelt kunne ikke gjøres til en del av siden; de fjernes ved eksport</translation>
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
        <location filename="../../src/redact/gui/main_window.py" line="243"/>
        <source>Værktøjer</source>
        <translation>Verktøy</translation>
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
        <translation>Saken har ingen dokumenter ennå.

Dra filer eller mapper hit, eller klikk Legg til filer…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="356"/>
        <source>✓ Gemmes automatisk</source>
        <translation>✓ Lagres automatisk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="399"/>
        <source>Dokumentet kunne ikke læses:

%1</source>
        <translation>Dokumentet kunne ikke leses:

%1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="436"/>
        <source>Forhåndsvisning: sådan bliver dokumentet udleveret (overstreget og kontrolleret).</source>
        <translation>Forhåndsvisning: slik blir dokumentet utlevert (sladdet og kontrollert).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="439"/>
        <source>Side %1 har intet tekstlag og er ikke kontrolleret: læs siden selv.</source>
        <translation>Side %1 har ikke tekstlag og er ikke kontrollert: les siden selv.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="443"/>
        <source>Denne tekst findes også i 1 andet dokument</source>
        <translation>Denne teksten finnes også i 1 annet dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="445"/>
        <source>Denne tekst findes også i %1 andre dokumenter</source>
        <translation>Denne teksten finnes også i %1 andre dokumenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="447"/>
        <source>: afgør du et forslag her, gælder det også i kopierne, hvor det er åbent.</source>
        <translation>: avgjør du et forslag her, gjelder det også i kopiene der det er åpent.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="516"/>
        <source>Klik på et forslag for at vælge det; træk for at rulle.</source>
        <translation>Klikk på et forslag for å velge det; dra for å rulle.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="518"/>
        <source>Træk et felt over det, der skal overstreges (underskrift, foto, stempel). Esc: tilbage.</source>
        <translation>Dra et felt over det som skal sladdes (underskrift, foto, stempel). Esc: tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="520"/>
        <source>Markér teksten med musen; vælg så Overstreg. Esc: tilbage.</source>
        <translation>Marker teksten med musen; velg så Sladd. Esc: tilbake.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="550"/>
        <source>Området bliver overstreget. Ctrl+Z fortryder; R på det fjerner det.</source>
        <translation>Området blir sladdet. Ctrl+Z angrer; R på det fjerner det.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="611"/>
        <source>Dokumentet</source>
        <translation>Dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="611"/>
        <source>Side %1</source>
        <translation>Side %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="612"/>
        <source>%1 er undtaget fra aktindsigt efter %2</source>
        <translation>%1 er unntatt fra innsyn etter %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="614"/>
        <source>Manuel overstregning (%1)</source>
        <translation>Manuell sladding (%1)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="49"/>
        <source>Ny sag</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="54"/>
        <source>En sag er én anmodning om aktindsigt. Giv den en titel og sagens journalnummer; bagefter lægger du filerne ind.</source>
        <translation>En sak er ett innsynskrav. Gi den en tittel og sakens saksnummer; deretter legger du inn filene.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="61"/>
        <source>fx Aktindsigt i byggesag, Skovvej 12</source>
        <translation>f.eks. Innsyn i byggesak, Skogveien 12</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="63"/>
        <source>fx 24/01234</source>
        <translation>f.eks. 24/01234</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="66"/>
        <source>Skift mappe…</source>
        <translation>Bytt mappe…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="69"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="70"/>
        <source>&amp;Journalnummer:</source>
        <translation>&amp;Saksnummer:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="74"/>
        <source>Gemmes i:</source>
        <translation>Lagres i:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="76"/>
        <source>Opret sag</source>
        <translation>Opprett sak</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="104"/>
        <source>Vælg mappe til sagen</source>
        <translation>Velg mappe for saken</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/redact/gui/page_view.py" line="107"/>
        <source>Intet dokument valgt</source>
        <translation>Intet dokument valgt</translation>
    </message>
</context>
<context>
    <name>ProposalTreeModel</name>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Forslag</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Hjemmel</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="468"/>
        <source>%1, s. %2</source>
        <translation>%1, s. %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="479"/>
        <source>%1  (%2 i %3 dok.)</source>
        <translation>%1  (%2 i %3 dok.)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="487"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="493"/>
        <source>Overstreges</source>
        <translation>Sladdes</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="495"/>
        <source>%1 åbne</source>
        <translation>%1 åpne</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="500"/>
        <source>Afgjort</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="507"/>
        <source>flere</source>
        <translation>flere</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="517"/>
        <source>%1: %2 forekomster i %3 dokumenter. Acceptér eller afvis dem alle på én gang.</source>
        <translation>%1: %2 forekomster i %3 dokumenter. Godta eller avvis alle på én gang.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="523"/>
        <source>Acceptér eller afvis hele kategorien på én gang</source>
        <translation>Godta eller avvis hele kategorien på én gang</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="524"/>
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
        <location filename="../../src/redact/gui/dialogs.py" line="248"/>
        <source>Næste åbne forslag</source>
        <translation>Neste åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="249"/>
        <source>Forrige åbne forslag</source>
        <translation>Forrige åpne forslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="250"/>
        <source>Acceptér (overstreg) det valgte, og gå videre</source>
        <translation>Godta (sladd) det valgte, og gå videre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="251"/>
        <source>Afvis det valgte, og gå videre</source>
        <translation>Avvis det valgte, og gå videre</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="252"/>
        <source>Hjemmel for det valgte</source>
        <translation>Hjemmel for det valgte</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="253"/>
        <source>Værktøj: vælg, tegn område, markér tekst</source>
        <translation>Verktøy: velg, tegn område, marker tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="254"/>
        <source>Overstreg alle forekomster af en tekst</source>
        <translation>Sladd alle forekomster av en tekst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="255"/>
        <source>Fortryd / annullér fortryd</source>
        <translation>Angre / gjør om</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="256"/>
        <source>Eksportér</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="257"/>
        <source>Zoom ind / ud / tilpas bredden</source>
        <translation>Zoom inn / ut / tilpass bredden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="264"/>
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
        <location filename="../../src/redact/gui/i18n.py" line="67"/>
        <source>CPR-nummer</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="68"/>
        <source>Norsk fødselsnummer</source>
        <translation>Norsk fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="69"/>
        <source>Svensk personnummer</source>
        <translation>Svensk personnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="70"/>
        <source>Telefonnummer</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="71"/>
        <source>E-mailadresse</source>
        <translation>E-postadresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="72"/>
        <source>Bankkonto</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="73"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="74"/>
        <source>Nummerplade</source>
        <translation>Registreringsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="75"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="76"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="77"/>
        <source>Andet id-nummer</source>
        <translation>Annet ID-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="78"/>
        <source>Følsomme oplysninger</source>
        <translation>Sensitive opplysninger</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="79"/>
        <source>Manuelle overstregninger</source>
        <translation>Manuelle sladdinger</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="82"/>
        <source>Åben</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="83"/>
        <source>Accepteret</source>
        <translation>Godtatt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="84"/>
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
        <location filename="../../src/redact/gui/thumbnails_view.py" line="90"/>
        <source>%1 (%2 åbne)</source>
        <translation>%1 (%2 åpne)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="93"/>
        <source>Side %1: undtaget</source>
        <translation>Side %1: unntatt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="94"/>
        <source>Side %1: %2 åbne forslag</source>
        <translation>Side %1: %2 åpne forslag</translation>
    </message>
</context>
<context>
    <name>ThumbnailsView</name>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="142"/>
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
