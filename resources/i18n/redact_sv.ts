<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="da">
<context>
    <name>BasisDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="135"/>
        <source>Undtag fra aktindsigt</source>
        <translation>Undanta från utlämnande</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="135"/>
        <source>Hjemmel</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="137"/>
        <source>Hjemmel for at undtage %1 fra aktindsigt. Undtagelsen står i aktlisten.</source>
        <translation>Lagrum för att undanta %1 från utlämnande. Undantaget står i förteckningen.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="139"/>
        <source>Hjemmel for %1. Forslag, der får en hjemmel, bliver accepteret.</source>
        <translation>Lagrum för %1. Förslag som får ett lagrum godkänns.</translation>
    </message>
</context>
<context>
    <name>CaseController</name>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="51"/>
        <source>Sagen kan ikke åbnes</source>
        <translation>Ärendet kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="55"/>
        <source>Loggen er repareret</source>
        <translation>Loggen har reparerats</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="65"/>
        <source>Journalnummeret passer ikke</source>
        <translation>Diarienumret stämmer inte</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="66"/>
        <source>«%1» har ikke myndighedens format for journalnumre (%2).</source>
        <translation>”%1” har inte myndighetens format för diarienummer (%2).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="81"/>
        <source>Sagen kan ikke oprettes</source>
        <translation>Ärendet kan inte skapas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="84"/>
        <source>Sagen er oprettet. Læg nu filerne ind: træk dem hertil, eller klik Tilføj filer.</source>
        <translation>Ärendet är skapat. Lägg nu in filerna: dra dem hit eller klicka Lägg till filer.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="95"/>
        <source>Åbn sag</source>
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="95"/>
        <source>Sager (sag.redact);;Alle filer (*)</source>
        <translation>Ärenden (sag.redact);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="116"/>
        <source>Sagsoplysninger</source>
        <translation>Ärendeuppgifter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/cases_view.py" line="121"/>
        <source>Gem</source>
        <translation>Spara</translation>
    </message>
</context>
<context>
    <name>DecisionController</name>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="48"/>
        <source>Den manuelle overstregning er fjernet (Ctrl+Z fortryder).</source>
        <translation>Den manuella maskeringen är borttagen (Ctrl+Z ångrar).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="54"/>
        <source>Allerede afgjort.</source>
        <translation>Redan avgjort.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="56"/>
        <source>Accepteret: %1 bliver overstreget. Ctrl+Z fortryder.</source>
        <translation>Godkänt: %1 maskeras. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="58"/>
        <source>Afvist: %1 bliver stående. Ctrl+Z fortryder.</source>
        <translation>Avvisat: %1 står kvar. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="60"/>
        <source>Ingen åbne forslag tilbage. Sagen er klar til eksport (Ctrl+E).</source>
        <translation>Inga öppna förslag kvar. Ärendet är klart för export (Ctrl+E).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="67"/>
        <source>Videre til «%2», side %3 (%4 åbne forslag tilbage i «%1»).</source>
        <translation>Vidare till ”%2”, sida %3 (%4 öppna förslag kvar i ”%1”).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="69"/>
        <source>Ingen åbne forslag tilbage i «%1»: videre til «%2», side %3.</source>
        <translation>Inga öppna förslag kvar i ”%1”: vidare till ”%2”, sida %3.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="87"/>
        <source>Ingen åbne forslag tilbage.</source>
        <translation>Inga öppna förslag kvar.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="97"/>
        <source>Ingen åbne forslag.</source>
        <translation>Inga öppna förslag.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="101"/>
        <source>Acceptér alle</source>
        <translation>Godkänn alla</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="102"/>
        <source>Acceptér alle %1 åbne forslag i sagen? (Ctrl+Z fortryder)</source>
        <translation>Godkänna alla %1 öppna förslag i ärendet? (Ctrl+Z ångrar)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="125"/>
        <source>Hjemmel sat til %1.</source>
        <translation>Lagrum satt till %1.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="132"/>
        <source>Der er intet at fortryde.</source>
        <translation>Det finns inget att ångra.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="134"/>
        <source>Fortrudt: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="141"/>
        <source>Der er intet at gentage.</source>
        <translation>Det finns inget att göra om.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="143"/>
        <source>Gentaget: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="148"/>
        <source>accept</source>
        <translation>godkännande</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="149"/>
        <source>afvisning</source>
        <translation>avvisning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="150"/>
        <source>manuel overstregning</source>
        <translation>manuell maskering</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="151"/>
        <source>fortrydelse</source>
        <translation>ångring</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="152"/>
        <source>undtagelse af dokumentet</source>
        <translation>undantag av handlingen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="153"/>
        <source>undtagelse af siden</source>
        <translation>undantag av sidan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="154"/>
        <source>skift af sprog</source>
        <translation>byte av språk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="159"/>
        <source>%1 af %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="167"/>
        <source>side %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="175"/>
        <source>hele dokumentet</source>
        <translation>hela handlingen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="193"/>
        <source>Kan ikke undtage</source>
        <translation>Kan inte undanta</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="197"/>
        <source>Side %1 er undtaget efter %2. Ctrl+Z fortryder.</source>
        <translation>Sida %1 är undantagen enligt %2. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/deciding.py" line="199"/>
        <source>Dokumentet er undtaget efter %1. Ctrl+Z fortryder.</source>
        <translation>Handlingen är undantagen enligt %1. Ctrl+Z ångrar.</translation>
    </message>
</context>
<context>
    <name>DocumentChanges</name>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="47"/>
        <source>Sagen har ingen dokumenter.</source>
        <translation>Ärendet har inga handlingar.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="57"/>
        <source>Fjern dokumenter</source>
        <translation>Ta bort handlingar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="58"/>
        <source>Fjern disse dokumenter fra sagen?

%1

Originalerne bliver ikke rørt.</source>
        <translation>Ta bort dessa handlingar från ärendet?

%1

Originalen lämnas orörda.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="83"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>Personallistan kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="102"/>
        <source>%1 er nu på %2: %3 åbne forslag fjernet, %4 nye; %5 nye i andre dokumenter.</source>
        <translation>%1 är nu på %2: %3 öppna förslag borttagna, %4 nya; %5 nya i andra handlingar.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="111"/>
        <source>Sprogskiftet blev afbrudt; dokumentet er uændret.</source>
        <translation>Språkbytet avbröts; handlingen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="113"/>
        <source>Sproget kunne ikke skiftes</source>
        <translation>Språket kunde inte bytas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/document_changes.py" line="116"/>
        <source>Læser dokumentet igen</source>
        <translation>Läser handlingen på nytt</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../src/redact/gui/models.py" line="96"/>
        <location filename="../../src/redact/gui/models.py" line="180"/>
        <source>Fejl</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="98"/>
        <source>Undtaget</source>
        <translation>Undantagen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="102"/>
        <source>%1 s. undtaget</source>
        <translation>%1 s. undantagna</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="111"/>
        <source>Til gennemsyn</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="113"/>
        <source>Ingen forslag</source>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="114"/>
        <source>Gennemset</source>
        <translation>Granskad</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Dokument</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="127"/>
        <source>Åbne</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="177"/>
        <source>Venter</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="178"/>
        <source>Behandles…</source>
        <translation>Behandlas…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="179"/>
        <source>Behandlet</source>
        <translation>Behandlad</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="190"/>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="192"/>
        <source>Kunne ikke læses: %1</source>
        <translation>Kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="194"/>
        <source>%1 sider, %2</source>
        <translation>%1 sidor, %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="197"/>
        <source>Side %1: intet tekstlag, ikke kontrolleret – læs selv siden</source>
        <translation>Sida %1: inget textlager, inte kontrollerad – läs sidan själv</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="203"/>
        <source>%1 forslag: %2 åbne, %3 accepteret, %4 afvist; %5 manuelle</source>
        <translation>%1 förslag: %2 öppna, %3 godkända, %4 avvisade; %5 manuella</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="27"/>
        <source>Dansk</source>
        <translation>Danska</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="28"/>
        <source>Norsk (bokmål)</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="29"/>
        <source>Norsk (nynorsk)</source>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="30"/>
        <source>Svensk</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="31"/>
        <source>Engelsk</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="53"/>
        <source>Tilføj filer…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="54"/>
        <source>Tilføj mappe…</source>
        <translation>Lägg till mapp…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="55"/>
        <source>Fjern</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="56"/>
        <source>Fjern de valgte dokumenter fra sagen</source>
        <translation>Ta bort de valda handlingarna från ärendet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="57"/>
        <source>Træk filer og mapper hertil (PDF, Word, e-mail, tekst, billeder)</source>
        <translation>Dra filer och mappar hit (PDF, Word, e-post, text, bilder)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="62"/>
        <source>Dokumenter</source>
        <translation>Handlingar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="71"/>
        <source>Dokumentets sprog. Vælg et andet, og dokumentet gennemgås igen på det sprog; afgjorte forslag bliver.</source>
        <translation>Handlingens språk. Välj ett annat så granskas handlingen på nytt på det språket; avgjorda förslag står kvar.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="76"/>
        <source>Spr&amp;og:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="100"/>
        <source>sat af sagsbehandleren</source>
        <translation>angivet av handläggaren</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/documents_view.py" line="102"/>
        <source>fundet automatisk</source>
        <translation>identifierat automatiskt</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="25"/>
        <source>dokument</source>
        <translation>handling</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="25"/>
        <source>dokumenter</source>
        <translation>handlingar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="34"/>
        <source>forslag</source>
        <comment>ental</comment>
        <translation>förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="34"/>
        <source>forslag</source>
        <comment>flertal</comment>
        <translation>förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="37"/>
        <source>%1 i %2, %3 åbne.</source>
        <translation>%1 i %2, %3 öppna.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="39"/>
        <source>A accepterer alle, R afviser alle. H sætter hjemmel for dem alle.</source>
        <translation>A godkänner alla, R avvisar alla. H anger lagrum för alla.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="48"/>
        <source>Vælg et forslag i listen eller på siden. N går til næste åbne forslag.</source>
        <translation>Välj ett förslag i listan eller på sidan. N går till nästa öppna förslag.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="49"/>
        <source>%1, side %2</source>
        <translation>%1, sida %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="52"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="52"/>
        <source>(et område uden tekst)</source>
        <translation>(ett område utan text)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="53"/>
        <location filename="../../src/redact/gui/explanation_view.py" line="67"/>
        <source>Hjemmel</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="54"/>
        <source>Lavet af</source>
        <translation>Skapad av</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="55"/>
        <location filename="../../src/redact/gui/explanation_view.py" line="68"/>
        <source>Dokument</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="59"/>
        <source>R fjerner den.</source>
        <translation>R tar bort den.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="64"/>
        <source>Fundet af</source>
        <translation>Hittad av</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="65"/>
        <source>Sikkerhed</source>
        <translation>Säkerhet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="66"/>
        <source>Hvorfor</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="71"/>
        <source>forekomst</source>
        <translation>förekomst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="71"/>
        <source>forekomster</source>
        <translation>förekomster</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/explanation_view.py" line="72"/>
        <source>Gruppe</source>
        <translation>Grupp</translation>
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
        <translation>Handlingen kan inte lämnas ut i befintligt skick:

%1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="82"/>
        <source>Forhåndsvisningen laves…</source>
        <translation>Förhandsgranskningen skapas…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="103"/>
        <source>Laver forhåndsvisning</source>
        <translation>Skapar förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="111"/>
        <source>Sagen har endnu ingen titel eller intet journalnummer. De står i aktlisten, i stemplet på hver side og i afgørelsen: udfyld dem før eksporten.</source>
        <translation>Ärendet har ännu ingen rubrik eller inget diarienummer. De står i förteckningen, i stämpeln på varje sida och i beslutet: fyll i dem före exporten.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="127"/>
        <location filename="../../src/redact/gui/export_view.py" line="136"/>
        <source>Eksportér</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="130"/>
        <source>Pakken til aktindsigt (overstregede og kontrollerede PDF&apos;er, aktliste, udkast til afgørelse og revisionsspor) gemmes i:

%1

En tidligere pakke dér erstattes.</source>
        <translation>Utlämnandepaketet (maskerade och kontrollerade PDF:er, förteckning, utkast till beslut och granskningsspår) sparas i:

%1

Ett tidigare paket där ersätts.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="137"/>
        <source>Vælg en anden mappe…</source>
        <translation>Välj en annan mapp…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="142"/>
        <source>Vælg mappe til pakken</source>
        <translation>Välj mapp för paketet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="156"/>
        <source>Åbne forslag</source>
        <translation>Öppna förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="157"/>
        <source>%1 forslag er stadig åbne. Åbne forslag bliver IKKE overstreget.</source>
        <translation>%1 förslag är fortfarande öppna. Öppna förslag maskeras INTE.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="159"/>
        <source>Gå til næste åbne forslag</source>
        <translation>Gå till nästa öppna förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="160"/>
        <source>Eksportér alligevel</source>
        <translation>Exportera ändå</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="175"/>
        <source>Vælg en anden mappe</source>
        <translation>Välj en annan mapp</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="197"/>
        <source>Pakken er skrevet i %1 (%2 dokumenter udleveret)</source>
        <translation>Paketet är skrivet i %1 (%2 handlingar utlämnade)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="200"/>
        <source>Eksporten blev afbrudt.</source>
        <translation>Exporten avbröts.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="205"/>
        <source>Eksporten mislykkedes: %1</source>
        <translation>Exporten misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/export_view.py" line="210"/>
        <source>Eksporterer</source>
        <translation>Exporterar</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="182"/>
        <source>Eksport med fejl</source>
        <translation>Export med fel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="182"/>
        <source>Eksport færdig</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="187"/>
        <source>Pakken er ikke skrevet i %1:</source>
        <translation>Paketet har inte skrivits i %1:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="197"/>
        <source>Pakken til aktindsigt er skrevet og kontrolleret i %1</source>
        <translation>Utlämnandepaketet är skrivet och kontrollerat i %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="201"/>
        <source>%1 dokumenter, %2 udleveret, %3 sider i den samlede PDF.</source>
        <translation>%1 handlingar, %2 utlämnade, %3 sidor i den samlade PDF:en.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="212"/>
        <source>Undtaget:</source>
        <translation>Undantagna:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="223"/>
        <source>%1 forslag var stadig åbne og er ikke overstreget.</source>
        <translation>%1 förslag var fortfarande öppna och är inte maskerade.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="232"/>
        <source>Åbn mappen</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="238"/>
        <source>Skrevne filer:</source>
        <translation>Skrivna filer:</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="40"/>
        <source>Ingen sag</source>
        <translation>Inget ärende</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="40"/>
        <source>Opret eller åbn en sag, før du lægger filer ind.</source>
        <translation>Skapa eller öppna ett ärende innan du lägger in filer.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="45"/>
        <source>Filerne kan ikke lægges ind</source>
        <translation>Filerna kan inte läggas in</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="55"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>Personallistan kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="56"/>
        <source>Filerne behandles uden listen.</source>
        <translation>Filerna behandlas utan listan.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="99"/>
        <source>Indlæsningen blev afbrudt; filerne er ikke lagt ind.</source>
        <translation>Inläsningen avbröts; filerna har inte lagts in.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="101"/>
        <source>Filerne kunne ikke behandles</source>
        <translation>Filerna kunde inte behandlas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="107"/>
        <source>Læser %1 filer</source>
        <translation>Läser %1 filer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="123"/>
        <source>%1 dokumenter lagt ind</source>
        <translation>%1 handlingar inlagda</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="125"/>
        <source>; %1 filer kunne ikke læses</source>
        <translation>; %1 filer kunde inte läsas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="134"/>
        <source>Nogle filer kunne ikke læses</source>
        <translation>Några filer kunde inte läsas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="135"/>
        <source>Resten er lagt ind. Disse filer mangler:</source>
        <translation>Resten har lagts in. Dessa filer saknas:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="142"/>
        <source>Tilføj filer til sagen</source>
        <translation>Lägg till filer i ärendet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="144"/>
        <source>Dokumenter (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alle filer (*)</source>
        <translation>Handlingar (*.pdf *.docx *.eml *.msg *.txt *.png *.jpg *.jpeg *.tif *.tiff);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/adding_files.py" line="151"/>
        <source>Tilføj en mappe med filer til sagen</source>
        <translation>Lägg till en mapp med filer i ärendet</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="39"/>
        <source>Søg og overstreg</source>
        <translation>Sök och maskera</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="44"/>
        <source>tekst eller mønster, fx et navn</source>
        <translation>text eller mönster, t.ex. ett namn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="46"/>
        <source>Mønstre…</source>
        <translation>Mönster…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="49"/>
        <source>Søg efter de almindelige danske numre og adresser</source>
        <translation>Sök efter de vanliga danska numren och adresserna</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="50"/>
        <source>&amp;Mønster (regulært udtryk)</source>
        <translation>&amp;Mönster (reguljärt uttryck)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="51"/>
        <source>Forskel på &amp;store og små bogstaver</source>
        <translation>Skillnad på &amp;stora och små bokstäver</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="52"/>
        <source>Kun &amp;hele ord</source>
        <translation>Endast &amp;hela ord</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="54"/>
        <source>&amp;Søg i sagen</source>
        <translation>&amp;Sök i ärendet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="57"/>
        <location filename="../../src/redact/gui/find_dialog.py" line="111"/>
        <source>Skriv teksten, og tryk Søg i sagen.</source>
        <translation>Skriv texten och tryck Sök i ärendet.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="60"/>
        <source>Klik for at se forekomsten på siden; fjern fluebenet for at lade den stå</source>
        <translation>Klicka för att se förekomsten på sidan; avmarkera för att låta den stå kvar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="63"/>
        <location filename="../../src/redact/gui/find_dialog.py" line="109"/>
        <source>Overstreg valgte</source>
        <translation>Maskera valda</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="76"/>
        <source>Hjemmel:</source>
        <translation>Lagrum:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="118"/>
        <source>Søger…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="141"/>
        <source>%1, s. %2</source>
        <translation>%1, s. %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="143"/>
        <source>  (allerede overstreget)</source>
        <translation>  (redan maskerad)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="167"/>
        <source>Ingen forekomster i sagen.</source>
        <translation>Inga förekomster i ärendet.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="170"/>
        <source>forekomst</source>
        <translation>förekomst</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="170"/>
        <source>forekomster</source>
        <translation>förekomster</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="171"/>
        <source>dokument</source>
        <translation>handling</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="171"/>
        <source>dokumenter</source>
        <translation>handlingar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="172"/>
        <source>%1 i %2; %3 valgt til overstregning.</source>
        <translation>%1 i %2; %3 valda för maskering.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/find_dialog.py" line="173"/>
        <source>Overstreg valgte (%1)</source>
        <translation>Maskera valda (%1)</translation>
    </message>
</context>
<context>
    <name>LowerTexts</name>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="26"/>
        <source>%1 (læst med OCR)</source>
        <translation>%1 (läst med OCR)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="27"/>
        <source>%1 (over linjeskift)</source>
        <translation>%1 (över radbrytning)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="28"/>
        <source>%1 (ejefald)</source>
        <translation>%1 (genitiv)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="29"/>
        <source>%1 (med mellemnavn)</source>
        <translation>%1 (med mellannamn)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="30"/>
        <source>%1 (mønster %2)</source>
        <translation>%1 (mönster %2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="31"/>
        <source>kontekstord «%1»</source>
        <translation>kontextord «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="32"/>
        <source>nævnt sammen med «%1»</source>
        <translation>nämnt tillsammans med «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="33"/>
        <source>flertydigt ord – kontrollér sammenhængen</source>
        <translation>mångtydigt ord – kontrollera sammanhanget</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="35"/>
        <source>Fornavn fra navneliste %1 efterfulgt af efternavn</source>
        <translation>Förnamn från namnlista %1 följt av efternamn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="36"/>
        <source>Fornavn fra navneliste %1 efterfulgt af ord med stort begyndelsesbogstav</source>
        <translation>Förnamn från namnlista %1 följt av ord med stor begynnelsebokstav</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="37"/>
        <source>Fornavn fra navneliste %1 med stort begyndelsesbogstav midt i sætningen</source>
        <translation>Förnamn från namnlista %1 med stor begynnelsebokstav mitt i meningen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="38"/>
        <source>%1 fra navneliste (DST)</source>
        <translation>%1 från namnlista (DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="39"/>
        <source>%1 fra navneliste (minoritetsnavne)</source>
        <translation>%1 från namnlista (minoritetsnamn)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="40"/>
        <source>(DST)</source>
        <translation>(DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="41"/>
        <source>(minoritetsnavne)</source>
        <translation>(minoritetsnamn)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="42"/>
        <source>Fornavn</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="43"/>
        <source>Efternavn</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="44"/>
        <source>Fornavn og efternavn fra navneliste (DST)</source>
        <translation>Förnamn och efternamn från namnlista (DST)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="45"/>
        <source>Efternavn og fornavn fra navneliste</source>
        <translation>Efternamn och förnamn från namnlista</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="46"/>
        <source>Efternavne fra navneliste</source>
        <translation>Efternamn från namnlista</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="47"/>
        <source>Forbogstav efterfulgt af efternavn fra navneliste</source>
        <translation>Initial följd av efternamn från namnlista</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="48"/>
        <source>Navn efter «%1»</source>
        <translation>Namn efter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="49"/>
        <source>Navn efter titel «%1»</source>
        <translation>Namn efter titeln «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="50"/>
        <source>Navn i e-mailhoved efter «%1»</source>
        <translation>Namn i e-posthuvud efter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="51"/>
        <source>Navn i e-mailhoved før e-mailadressen</source>
        <translation>Namn i e-posthuvud före e-postadressen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="52"/>
        <source>Navn i deltagerliste efter «%1»</source>
        <translation>Namn i deltagarlista efter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="53"/>
        <source>Navn i underskrift efter «%1»</source>
        <translation>Namn i underskrift efter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="54"/>
        <source>Navn genkendt af sprogmodellen (PER)</source>
        <translation>Namn igenkänt av språkmodellen (PER)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="55"/>
        <source>Navn genkendt af navnegenkendelsen</source>
        <translation>Namn igenkänt av namnigenkänningen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="56"/>
        <source>Initialer efter «%1»</source>
        <translation>Initialer efter «%1»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="57"/>
        <source>Initialer, der går igen i teksten som en person</source>
        <translation>Initialer som återkommer i texten som en person</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="58"/>
        <source>Samme person som «%1», der er fundet andetsteds i sagen</source>
        <translation>Samma person som «%1», som har hittats på annat ställe i ärendet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="59"/>
        <source>Samme oplysning er fundet andetsteds i sagen</source>
        <translation>Samma uppgift har hittats på annat ställe i ärendet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="61"/>
        <source>%1, nævnt i embede</source>
        <translation>%1, nämnd i tjänsten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="62"/>
        <source>Politiker (parti %1), nævnt i embede</source>
        <translation>Politiker (parti %1), nämnd i tjänsten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="63"/>
        <source>Medlem af et politisk organ («%1»), nævnt i embede</source>
        <translation>Ledamot av ett politiskt organ («%1»), nämnd i tjänsten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="64"/>
        <source>Underskrevet som %1</source>
        <translation>Undertecknat som %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="65"/>
        <source>Samme person som «%1», der er nævnt i embede andetsteds i sagen</source>
        <translation>Samma person som «%1», som är nämnd i tjänsten på annat ställe i ärendet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="67"/>
        <source>Ligner et CPR-nummer med gyldig fødselsdato</source>
        <translation>Liknar ett CPR-nummer med giltigt födelsedatum</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="68"/>
        <source>Ligner et dansk telefonnummer</source>
        <translation>Liknar ett danskt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="69"/>
        <source>Ligner et norsk telefonnummer</source>
        <translation>Liknar ett norskt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="70"/>
        <source>Ligner et svensk telefonnummer</source>
        <translation>Liknar ett svenskt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="71"/>
        <source>Ligner et norsk eller svensk telefonnummer</source>
        <translation>Liknar ett norskt eller svenskt telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="72"/>
        <source>E-mailadresse</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="73"/>
        <source>Ligner en e-mailadresse, hvor OCR har mistet «@»</source>
        <translation>Liknar en e-postadress där OCR har tappat «@»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="74"/>
        <source>Ligner et bankkontonummer (reg.nr. og kontonr.)</source>
        <translation>Liknar ett bankkontonummer (reg.nr. och kontonr.)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="75"/>
        <source>IBAN-nummer med gyldigt kontrolciffer</source>
        <translation>IBAN-nummer med giltig kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="76"/>
        <source>Ligner en nummerplade</source>
        <translation>Liknar en registreringsskylt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="77"/>
        <source>Ligner en norsk nummerplade</source>
        <translation>Liknar en norsk registreringsskylt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="78"/>
        <source>Ligner en svensk nummerplade</source>
        <translation>Liknar en svensk registreringsskylt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="79"/>
        <source>Norsk fødselsnummer med gyldige kontrolcifre</source>
        <translation>Norskt fødselsnummer med giltiga kontrollsiffror</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="80"/>
        <source>Norsk fødselsnummer (eller D-/H-nummer) med gyldige kontrolcifre</source>
        <translation>Norskt fødselsnummer (eller D-/H-nummer) med giltiga kontrollsiffror</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="81"/>
        <source>Svensk personnummer med gyldigt kontrolciffer</source>
        <translation>Svenskt personnummer med giltig kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="82"/>
        <source>Svensk personnummer eller samordningsnummer med gyldigt kontrolciffer</source>
        <translation>Svenskt personnummer eller samordningsnummer med giltig kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="83"/>
        <source>Norsk kontonummer med gyldigt kontrolciffer (mod 11)</source>
        <translation>Norskt kontonummer med giltig kontrollsiffra (mod 11)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="84"/>
        <source>Ligner et svensk clearing- og kontonummer</source>
        <translation>Liknar ett svenskt clearing- och kontonummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="85"/>
        <source>Bankgiro- eller plusgironummer med gyldigt kontrolciffer</source>
        <translation>Bankgiro- eller plusgironummer med giltig kontrollsiffra</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="86"/>
        <source>%1 efter kontekstordet «%2»</source>
        <translation>%1 efter kontextordet «%2»</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="87"/>
        <source>%1 med et indlejret CPR-nummer (gyldig fødselsdato)</source>
        <translation>%1 med ett inbäddat CPR-nummer (giltigt födelsedatum)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="88"/>
        <source>kontrollér, at det ikke er myndighedens eget journalnummer</source>
        <translation>kontrollera att det inte är myndighetens eget diarienummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="89"/>
        <source>Patientnummer</source>
        <translation>Patientnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="90"/>
        <source>Medarbejder- eller lønnummer</source>
        <translation>Anställnings- eller lönenummer</translation>
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
        <translation>Körkortsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="94"/>
        <source>Kundenummer</source>
        <translation>Kundnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="95"/>
        <source>Debitor-, klient- eller borgernummer</source>
        <translation>Gäldenärs-, klient- eller medborgarnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="96"/>
        <source>Lejer- eller lejemålsnummer</source>
        <translation>Hyresgäst- eller hyresavtalsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="97"/>
        <source>Medlemsnummer</source>
        <translation>Medlemsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="98"/>
        <source>Police- eller skadenummer</source>
        <translation>Försäkrings- eller skadenummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="99"/>
        <source>Journalnummer</source>
        <translation>Journalnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="100"/>
        <source>Sagsnummer</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="101"/>
        <source>Id-nummer</source>
        <translation>Id-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="103"/>
        <source>Vejnavn med husnummer og postnummer/by – ligner en privat adresse</source>
        <translation>Gatunamn med husnummer och postnummer/ort – liknar en privat adress</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="104"/>
        <source>Vejnavn efterfulgt af husnummer – ligner en adresse</source>
        <translation>Gatunamn följt av husnummer – liknar en adress</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="105"/>
        <source>Navn med husnummer efterfulgt af gyldigt postnummer og by – ligner en adresse</source>
        <translation>Namn med husnummer följt av giltigt postnummer och ort – liknar en adress</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="106"/>
        <source>Postboks med nummer – del af en postadresse</source>
        <translation>Postbox med nummer – del av en postadress</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="107"/>
        <source>c/o-angivelse – del af en postadresse</source>
        <translation>c/o-angivelse – del av en postadress</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="108"/>
        <source>Navn med husnummer efter «bor på», «flyttet til» eller «Adresse:» – ligner en adresse</source>
        <translation>Namn med husnummer efter «bor på», «flyttat till» eller «Adress:» – liknar en adress</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="111"/>
        <source>byen er nævnt andetsteds og bevares</source>
        <translation>orten nämns på annat ställe och står kvar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="112"/>
        <source>%1: ejendommens betegnelse i matriklen peger på ejeren og dennes bolig</source>
        <translation>%1: fastighetens beteckning pekar på ägaren och dennes bostad</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="113"/>
        <source>Matrikelnummer</source>
        <translation>Fastighetsbeteckning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="114"/>
        <source>Gårds- og bruksnummer</source>
        <translation>Gårds- och bruksnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="116"/>
        <source>%1 (%2): ordet «%3» fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» från ordlistan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="117"/>
        <source>%1 (%2): ordet «%3» (af «%4») fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» (av «%4») från ordlistan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="118"/>
        <source>%1 (%2): ordet «%3» ender på «%4» fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» slutar på «%4» från ordlistan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="119"/>
        <source>%1 (%2): ordet «%3» er sammensat med «%4» fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» är sammansatt med «%4» från ordlistan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="120"/>
        <source>%1 (%2): ordet «%3» indeholder «%4» fra ordlisten</source>
        <translation>%1 (%2): ordet «%3» innehåller «%4» från ordlistan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="121"/>
        <source>%1 (%2): udtrykket «%3» fra ordlisten</source>
        <translation>%1 (%2): uttrycket «%3» från ordlistan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="122"/>
        <source>Følsom oplysning</source>
        <translation>Känslig uppgift</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="123"/>
        <source>Privat forhold</source>
        <translation>Privat förhållande</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="124"/>
        <source>Oplysning om strafbare forhold</source>
        <translation>Uppgift om brott</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="125"/>
        <source>Privat økonomi: beløb i sætning om %1</source>
        <translation>Privat ekonomi: belopp i mening om %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="128"/>
        <source>helbred</source>
        <translation>hälsa</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="129"/>
        <source>helbred – medicin</source>
        <translation>hälsa – läkemedel</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="130"/>
        <source>helbred – handicap</source>
        <translation>hälsa – funktionsnedsättning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="131"/>
        <source>misbrug</source>
        <translation>missbruk</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="132"/>
        <source>kriminalitet</source>
        <translation>brott</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="133"/>
        <source>sociale foranstaltninger</source>
        <translation>socialtjänstens insatser</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="134"/>
        <source>sociale ydelser</source>
        <translation>ekonomiskt bistånd och ersättningar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="135"/>
        <source>gæld og økonomi</source>
        <translation>skulder och ekonomi</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="136"/>
        <source>fagforeningsmedlemskab</source>
        <translation>fackmedlemskap</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="137"/>
        <source>religion</source>
        <translation>religion</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="138"/>
        <source>etnisk oprindelse</source>
        <translation>etniskt ursprung</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="139"/>
        <source>seksuel orientering</source>
        <translation>sexuell läggning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="140"/>
        <source>politisk overbevisning</source>
        <translation>politisk åsikt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="142"/>
        <source>mønster for CPR-numre</source>
        <translation>mönster för CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="143"/>
        <source>mønster for norske fødselsnumre</source>
        <translation>mönster för norska fødselsnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="144"/>
        <source>mønster for svenske personnumre</source>
        <translation>mönster för svenska personnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="145"/>
        <source>mønster for telefonnumre</source>
        <translation>mönster för telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="146"/>
        <source>mønster for norske og svenske telefonnumre</source>
        <translation>mönster för norska och svenska telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="147"/>
        <source>mønster for e-mailadresser</source>
        <translation>mönster för e-postadresser</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="148"/>
        <source>mønster for kontonumre</source>
        <translation>mönster för kontonummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="149"/>
        <source>mønster for IBAN-numre</source>
        <translation>mönster för IBAN-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="150"/>
        <source>mønster for nummerplader</source>
        <translation>mönster för registreringsskyltar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="151"/>
        <source>genkendelse af navne i teksten</source>
        <translation>igenkänning av namn i texten</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="152"/>
        <source>navnelister og regler for navne</source>
        <translation>namnlistor och regler för namn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="153"/>
        <source>regler for adresser og postnumre</source>
        <translation>regler för adresser och postnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="154"/>
        <source>ordliste over følsomme oplysninger</source>
        <translation>ordlista över känsliga uppgifter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="155"/>
        <source>nummer efter et ledeord (fx patientnr.)</source>
        <translation>nummer efter ett ledord (t.ex. patientnr)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="156"/>
        <source>samme navn eller nummer er fundet andetsteds i sagen</source>
        <translation>samma namn eller nummer har hittats på annat ställe i ärendet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="157"/>
        <source>mønster for numre</source>
        <translation>mönster för nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="158"/>
        <source>automatisk genkendelse</source>
        <translation>automatisk igenkänning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="160"/>
        <source>filen er tom</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="161"/>
        <source>tekstfilen er tom</source>
        <translation>textfilen är tom</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="162"/>
        <source>e-mailen er tom</source>
        <translation>e-postmeddelandet är tomt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="163"/>
        <source>filtypen &apos;%1&apos; understøttes ikke</source>
        <translation>filtypen &apos;%1&apos; stöds inte</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="164"/>
        <source>filen kan ikke læses: %1</source>
        <translation>filen kan inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="165"/>
        <source>ingen adgang til filen</source>
        <translation>ingen åtkomst till filen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="166"/>
        <source>ingen adgang til filen (den må ikke læses af denne bruger)</source>
        <translation>ingen åtkomst till filen (den här användaren får inte läsa den)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="167"/>
        <source>filen ligner ikke en tekstfil (binært indhold)</source>
        <translation>filen liknar inte en textfil (binärt innehåll)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="168"/>
        <source>filen ligner ikke en e-mail (ingen afsender, modtager eller emne)</source>
        <translation>filen liknar inte ett e-postmeddelande (ingen avsändare, mottagare eller ämne)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="169"/>
        <source>filen er ikke et gyldigt Word-dokument (.docx)</source>
        <translation>filen är inte ett giltigt Word-dokument (.docx)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="170"/>
        <source>filen er ikke et gyldigt Word-dokument (.docx); den er måske beskadiget</source>
        <translation>filen är inte ett giltigt Word-dokument (.docx); den är kanske skadad</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="171"/>
        <source>Word-dokumentet er krypteret med adgangskode</source>
        <translation>Word-dokumentet är krypterat med lösenord</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="172"/>
        <source>Word-dokumentet kan ikke læses: %1</source>
        <translation>Word-dokumentet kan inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="173"/>
        <source>Word-dokumentet kan ikke læses (beskadiget?): %1</source>
        <translation>Word-dokumentet kan inte läsas (skadat?): %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="174"/>
        <source>LibreOffice kunne ikke konvertere dokumentet til PDF</source>
        <translation>LibreOffice kunde inte konvertera dokumentet till PDF</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="175"/>
        <source>LibreOffice kunne ikke konvertere dokumentet i tide</source>
        <translation>LibreOffice kunde inte konvertera dokumentet i tid</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="176"/>
        <source>Outlook-filen (.msg) kan ikke læses: %1</source>
        <translation>Outlook-filen (.msg) kan inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="177"/>
        <source>filen kan ikke åbnes som PDF (den er beskadiget eller ikke en PDF)</source>
        <translation>filen kan inte öppnas som PDF (den är skadad eller inte en PDF)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="178"/>
        <source>PDF&apos;en er krypteret eller beskyttet med adgangskode; fjern beskyttelsen og prøv igen</source>
        <translation>PDF:en är krypterad eller lösenordsskyddad; ta bort skyddet och försök igen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="181"/>
        <source>PDF&apos;en er beskadiget og kan ikke repareres</source>
        <translation>PDF:en är skadad och kan inte repareras</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="182"/>
        <source>PDF&apos;en kan ikke kopieres (den er beskadiget)</source>
        <translation>PDF:en kan inte kopieras (den är skadad)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="183"/>
        <source>teksten kan ikke læses fra PDF&apos;en (den er beskadiget)</source>
        <translation>texten kan inte läsas från PDF:en (den är skadad)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="184"/>
        <source>Vedhæftet fil %1 kunne ikke læses: %2</source>
        <translation>Bifogad fil %1 kunde inte läsas: %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="185"/>
        <source>sagen har intet dokument %1</source>
        <translation>ärendet har ingen handling %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="186"/>
        <source>dokument %1 kunne ikke læses og har intet sprog at rette</source>
        <translation>handling %1 kunde inte läsas och har inget språk att rätta</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="187"/>
        <source>angiv hjemlen for undtagelsen (fx offl-23-1-1)</source>
        <translation>ange lagrummet för undantaget (t.ex. offl-23-1-1)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="188"/>
        <source>ukendt hjemmel: %1 (se `redact bases`)</source>
        <translation>okänt lagrum: %1 (se `redact bases`)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="189"/>
        <source>%1 forslag er hverken accepteret eller afvist; de er ikke redigeret</source>
        <translation>%1 förslag är varken godkända eller avvisade; de är inte maskerade</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="190"/>
        <source>%1: kunne ikke læses og er ikke med i pakken (%2)</source>
        <translation>%1: kunde inte läsas och är inte med i paketet (%2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="191"/>
        <source>%1: sider uden tekst er ikke kontrolleret</source>
        <translation>%1: sidor utan text är inte kontrollerade</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="192"/>
        <source>%1: side %2 har intet tekstlag og er ikke kontrolleret</source>
        <translation>%1: sida %2 har inget textlager och är inte kontrollerad</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="193"/>
        <source>ukendte hjemler i sagen (vises som koder): %1</source>
        <translation>okända lagrum i ärendet (visas som koder): %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="194"/>
        <source>uventet fejl ved behandling: %1</source>
        <translation>oväntat fel vid behandlingen: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="195"/>
        <source>filen har fejl i indholdet: PDF-læseren meldte %1 fejl undervejs. Det, der kunne læses, er med, men sider kan mangle indhold; sammenlign med originalen</source>
        <translation>filen har fel i innehållet: PDF-läsaren rapporterade %1 fel. Det som kunde läsas är med, men sidor kan sakna innehåll; jämför med originalet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="199"/>
        <source>Skjult tekst fundet; den fjernes ved eksport: %1</source>
        <translation>Dold text hittad; den tas bort vid export: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="201"/>
        <source>%1 (side %2)</source>
        <translation>%1 (sida %2)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="202"/>
        <source>%1 og %2 andre</source>
        <translation>%1 och %2 andra</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="203"/>
        <source>usynlig tekst</source>
        <translation>osynlig text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="204"/>
        <source>tekst i samme farve som baggrunden</source>
        <translation>text i samma färg som bakgrunden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="205"/>
        <source>mikroskopisk tekst</source>
        <translation>mikroskopisk text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="206"/>
        <source>tekst uden for den synlige side</source>
        <translation>text utanför den synliga sidan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="207"/>
        <source>tekst dækket af billede eller grafik</source>
        <translation>text täckt av bild eller grafik</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="208"/>
        <source>tekst i et skjult lag</source>
        <translation>text i ett dolt lager</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="209"/>
        <source>tekst skåret væk af en beskæringssti</source>
        <translation>text bortskuren av en beskärningsbana</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="210"/>
        <source>gammelt OCR-tekstlag under en skanning</source>
        <translation>gammalt OCR-textlager under en skanning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="211"/>
        <source>PDF&apos;en har %1 indlejrede fil; de udleveres ikke</source>
        <translation>PDF:en har %1 inbäddad fil; den lämnas inte ut</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="212"/>
        <source>PDF&apos;en har %1 indlejrede filer; de udleveres ikke</source>
        <translation>PDF:en har %1 inbäddade filer; de lämnas inte ut</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="213"/>
        <source>PDF&apos;en kunne ikke undersøges for skjult indhold; eksporten undersøger den igen</source>
        <translation>PDF:en kunde inte undersökas efter dolt innehåll; exporten undersöker den igen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="214"/>
        <source>PDF-filen var beskadiget (fx afkortet) og er repareret ved læsningen; sider eller indhold kan mangle, så sammenlign med originalen</source>
        <translation>PDF-filen var skadad (t.ex. avkortad) och reparerades vid läsningen; sidor eller innehåll kan saknas, så jämför med originalet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="219"/>
        <source>Word-dokumentet har sporede ændringer; slettet tekst er vist i tillægget sidst i dokumentet</source>
        <translation>Word-dokumentet har spårade ändringar; borttagen text visas i bilagan sist i dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="222"/>
        <source>Word-dokumentet har sporede ændringer; slettet tekst vises overstreget og indsat tekst understreget</source>
        <translation>Word-dokumentet har spårade ändringar; borttagen text visas överstruken och infogad text understruken</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="226"/>
        <source>Word-dokumentet har %1, som ikke ses i dokumentet; de er vist i et tillæg sidst i dokumentet</source>
        <translation>Word-dokumentet har %1 som inte syns i dokumentet; de visas i en bilaga sist i dokumentet</translation>
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
        <translation>%1 stycke dold text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="232"/>
        <source>%1 stykker skjult tekst</source>
        <translation>%1 stycken dold text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="233"/>
        <source>%1 og %2 stykke skjult tekst</source>
        <translation>%1 och %2 stycke dold text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="234"/>
        <source>%1 og %2 stykker skjult tekst</source>
        <translation>%1 och %2 stycken dold text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="236"/>
        <source>E-mailens HTML har %1 skjult afsnit (fx display:none), som en maillæser ikke viser; de er ikke medtaget</source>
        <translation>E-postens HTML har %1 dolt avsnitt (t.ex. display:none) som ett e-postprogram inte visar; det har inte tagits med</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="240"/>
        <source>E-mailens HTML har %1 skjulte afsnit (fx display:none), som en maillæser ikke viser; de er ikke medtaget</source>
        <translation>E-postens HTML har %1 dolda avsnitt (t.ex. display:none) som ett e-postprogram inte visar; de har inte tagits med</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="244"/>
        <source>Skjulte lag med billeder eller grafik fundet; de fjernes ved eksport</source>
        <translation>Dolda lager med bilder eller grafik hittade; de tas bort vid export</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="245"/>
        <source>E-mailens HTML-udgave har tekst, som ikke står i tekstudgaven; den er vist sidst i dokumentet</source>
        <translation>E-postmeddelandets HTML-version har text som inte står i textversionen; den visas sist i dokumentet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="248"/>
        <source>Vedhæftet fil ikke medtaget: %1</source>
        <translation>Bilaga inte medtagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/lower_texts.py" line="249"/>
        <source>PDF&apos;ens annoteringer og formularfelter kunne ikke gøres til en del af siden; de fjernes ved eksport</source>
        <translation>PDF:ens anteckningar och formulärfält kunde inte göras till en del av sidan; de tas bort vid export</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="50"/>
        <source>&amp;Ny sag…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="51"/>
        <source>&amp;Åbn sag…</source>
        <translation>&amp;Öppna ärende…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="52"/>
        <source>Sags&amp;oplysninger…</source>
        <translation>Ärende&amp;uppgifter…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="55"/>
        <source>&amp;Tilføj filer…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="61"/>
        <source>Tilføj &amp;mappe…</source>
        <translation>Lägg till &amp;mapp…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="65"/>
        <source>&amp;Fjern dokument…</source>
        <translation>Ta &amp;bort handling…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="69"/>
        <source>Flyt dokument &amp;op</source>
        <translation>Flytta handling &amp;uppåt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="71"/>
        <source>Flyt dokument &amp;ned</source>
        <translation>Flytta handling &amp;nedåt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="75"/>
        <source>&amp;Forhåndsvis udleveret version</source>
        <translation>&amp;Förhandsgranska utlämnad version</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="78"/>
        <source>Vis dokumentet, som det bliver udleveret: overstreget og kontrolleret</source>
        <translation>Visa handlingen så som den lämnas ut: maskerad och kontrollerad</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="84"/>
        <source>Vis accepterede som &amp;sorte felter</source>
        <translation>Visa godkända som &amp;svarta fält</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="87"/>
        <source>Accepterede overstregninger vises som omrids med hjemmel, så teksten kan læses; her vises de sorte</source>
        <translation>Godkända maskeringar visas som konturer med lagrum så att texten kan läsas; här visas de svarta</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="95"/>
        <source>&amp;Eksportér…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="97"/>
        <source>&amp;Indstillinger…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="98"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="99"/>
        <source>&amp;Fortryd</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="102"/>
        <source>&amp;Annullér fortryd</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="109"/>
        <source>Overstreg alle &amp;forekomster…</source>
        <translation>Maskera alla &amp;förekomster…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="115"/>
        <source>&amp;Næste åbne forslag</source>
        <translation>&amp;Nästa öppna förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="119"/>
        <source>&amp;Forrige åbne forslag</source>
        <translation>&amp;Föregående öppna förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="125"/>
        <source>&amp;Acceptér</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="128"/>
        <source>Af&amp;vis</source>
        <translation>A&amp;vvisa</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="131"/>
        <source>&amp;Hjemmel…</source>
        <translation>&amp;Lagrum…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="135"/>
        <source>Acceptér alle åbne &amp;forslag…</source>
        <translation>Godkänn alla öppna &amp;förslag…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="141"/>
        <source>Undtag hele &amp;siden</source>
        <translation>Undanta hela &amp;sidan</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="147"/>
        <source>Undtag hele &amp;dokumentet</source>
        <translation>Undanta hela &amp;handlingen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="153"/>
        <source>Overstreg markeret &amp;tekst</source>
        <translation>Maskera markerad &amp;text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="159"/>
        <source>&amp;Vælg og rul</source>
        <translation>&amp;Välj och rulla</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="167"/>
        <source>Tegn &amp;område</source>
        <translation>Rita &amp;område</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="170"/>
        <source>Træk et felt, der skal overstreges</source>
        <translation>Dra ett fält som ska maskeras</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="176"/>
        <source>Markér &amp;tekst</source>
        <translation>Markera &amp;text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="179"/>
        <source>Markér tekst, der skal overstreges</source>
        <translation>Markera text som ska maskeras</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="185"/>
        <source>Zoom &amp;ind</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="191"/>
        <source>Zoom &amp;ud</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="193"/>
        <source>&amp;Tilpas bredden</source>
        <translation>&amp;Anpassa till bredden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="196"/>
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="205"/>
        <source>&amp;Sag</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="209"/>
        <source>&amp;Rediger</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="211"/>
        <source>&amp;Gennemsyn</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="215"/>
        <source>&amp;Vis</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="218"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/actions.py" line="259"/>
        <source>&amp;Seneste sager</source>
        <translation>&amp;Senaste ärenden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="243"/>
        <source>Værktøjer</source>
        <translation>Verktyg</translation>
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
        <translation>Ärendet har inga handlingar ännu.

Dra filer eller mappar hit eller klicka Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="356"/>
        <source>✓ Gemmes automatisk</source>
        <translation>✓ Sparas automatiskt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="399"/>
        <source>Dokumentet kunne ikke læses:

%1</source>
        <translation>Handlingen kunde inte läsas:

%1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="436"/>
        <source>Forhåndsvisning: sådan bliver dokumentet udleveret (overstreget og kontrolleret).</source>
        <translation>Förhandsgranskning: så lämnas handlingen ut (maskerad och kontrollerad).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="439"/>
        <source>Side %1 har intet tekstlag og er ikke kontrolleret: læs siden selv.</source>
        <translation>Sida %1 har inget textlager och är inte kontrollerad: läs sidan själv.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="443"/>
        <source>Denne tekst findes også i 1 andet dokument</source>
        <translation>Den här texten finns också i 1 annat dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="445"/>
        <source>Denne tekst findes også i %1 andre dokumenter</source>
        <translation>Den här texten finns också i %1 andra dokument</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="447"/>
        <source>: afgør du et forslag her, gælder det også i kopierne, hvor det er åbent.</source>
        <translation>: avgör du ett förslag här gäller det också i kopiorna där det är öppet.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="516"/>
        <source>Klik på et forslag for at vælge det; træk for at rulle.</source>
        <translation>Klicka på ett förslag för att välja det; dra för att rulla.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="518"/>
        <source>Træk et felt over det, der skal overstreges (underskrift, foto, stempel). Esc: tilbage.</source>
        <translation>Dra ett fält över det som ska maskeras (namnteckning, foto, stämpel). Esc: tillbaka.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="520"/>
        <source>Markér teksten med musen; vælg så Overstreg. Esc: tilbage.</source>
        <translation>Markera texten med musen; välj sedan Maskera. Esc: tillbaka.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="550"/>
        <source>Området bliver overstreget. Ctrl+Z fortryder; R på det fjerner det.</source>
        <translation>Området maskeras. Ctrl+Z ångrar; R på det tar bort det.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="611"/>
        <source>Dokumentet</source>
        <translation>Handlingen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="611"/>
        <source>Side %1</source>
        <translation>Sida %1</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="612"/>
        <source>%1 er undtaget fra aktindsigt efter %2</source>
        <translation>%1 är undantagen från utlämnande enligt %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/main_window.py" line="614"/>
        <source>Manuel overstregning (%1)</source>
        <translation>Manuell maskering (%1)</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="49"/>
        <source>Ny sag</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="54"/>
        <source>En sag er én anmodning om aktindsigt. Giv den en titel og sagens journalnummer; bagefter lægger du filerne ind.</source>
        <translation>Ett ärende är en begäran om allmän handling. Ge det en rubrik och ärendets diarienummer; sedan lägger du in filerna.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="61"/>
        <source>fx Aktindsigt i byggesag, Skovvej 12</source>
        <translation>t.ex. Begäran om handlingar i bygglovsärende, Skogsvägen 12</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="63"/>
        <source>fx 24/01234</source>
        <translation>t.ex. 2024/01234</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="66"/>
        <source>Skift mappe…</source>
        <translation>Byt mapp…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="69"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="70"/>
        <source>&amp;Journalnummer:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="74"/>
        <source>Gemmes i:</source>
        <translation>Sparas i:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="76"/>
        <source>Opret sag</source>
        <translation>Skapa ärende</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="104"/>
        <source>Vælg mappe til sagen</source>
        <translation>Välj mapp för ärendet</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/redact/gui/page_view.py" line="107"/>
        <source>Intet dokument valgt</source>
        <translation>Ingen handling vald</translation>
    </message>
</context>
<context>
    <name>ProposalTreeModel</name>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Forslag</source>
        <translation>Förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="412"/>
        <source>Hjemmel</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="468"/>
        <source>%1, s. %2</source>
        <translation>%1, s. %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="479"/>
        <source>%1  (%2 i %3 dok.)</source>
        <translation>%1  (%2 i %3 handl.)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="487"/>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="493"/>
        <source>Overstreges</source>
        <translation>Maskeras</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="495"/>
        <source>%1 åbne</source>
        <translation>%1 öppna</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="500"/>
        <source>Afgjort</source>
        <translation>Avgjord</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="507"/>
        <source>flere</source>
        <translation>flera</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="517"/>
        <source>%1: %2 forekomster i %3 dokumenter. Acceptér eller afvis dem alle på én gang.</source>
        <translation>%1: %2 förekomster i %3 handlingar. Godkänn eller avvisa alla på en gång.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="523"/>
        <source>Acceptér eller afvis hele kategorien på én gang</source>
        <translation>Godkänn eller avvisa hela kategorin på en gång</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/models.py" line="524"/>
        <source>Manuel overstregning</source>
        <translation>Manuell maskering</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="48"/>
        <source>Kun det viste dokument</source>
        <translation>Endast den visade handlingen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="49"/>
        <location filename="../../src/redact/gui/proposals_view.py" line="166"/>
        <source>Acceptér (A)</source>
        <translation>Godkänn (A)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="50"/>
        <source>Acceptér forslaget: teksten bliver overstreget</source>
        <translation>Godkänn förslaget: texten maskeras</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="51"/>
        <location filename="../../src/redact/gui/proposals_view.py" line="167"/>
        <source>Afvis (R)</source>
        <translation>Avvisa (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="52"/>
        <source>Afvis forslaget: teksten bliver stående</source>
        <translation>Avvisa förslaget: texten står kvar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="53"/>
        <source>Hjemmel… (H)</source>
        <translation>Lagrum… (H)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="57"/>
        <source>Forslag til overstregning</source>
        <translation>Förslag till maskering</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="65"/>
        <source>Hvorfor?</source>
        <translation>Varför?</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="148"/>
        <source>hele kategorien %1 (%2 forslag)</source>
        <translation>hela kategorin %1 (%2 förslag)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="151"/>
        <source>gruppen «%1» (%2 forslag)</source>
        <translation>gruppen ”%1” (%2 förslag)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="153"/>
        <source>forslaget</source>
        <translation>förslaget</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="154"/>
        <source>%1 forslag</source>
        <translation>%1 förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="163"/>
        <source>Acceptér %1 (A)</source>
        <translation>Godkänn %1 (A)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="164"/>
        <source>Afvis %1 (R)</source>
        <translation>Avvisa %1 (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="167"/>
        <source>Fjern (R)</source>
        <translation>Ta bort (R)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="168"/>
        <source>Acceptér %1: teksten bliver overstreget</source>
        <translation>Godkänn %1: texten maskeras</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/proposals_view.py" line="169"/>
        <source>Afvis %1: teksten bliver stående</source>
        <translation>Avvisa %1: texten står kvar</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="43"/>
        <source>Overstreg «%1»</source>
        <translation>Maskera ”%1”</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="45"/>
        <source>Overstreg alle forekomster af «%1» i sagen…</source>
        <translation>Maskera alla förekomster av ”%1” i ärendet…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="48"/>
        <source>Annullér</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="49"/>
        <source>Tryk Enter for at overstrege markeringen, eller vælg i menuen.</source>
        <translation>Tryck Enter för att maskera markeringen eller välj i menyn.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="73"/>
        <source>%1 forekomster bliver overstreget. Ctrl+Z fortryder dem alle.</source>
        <translation>%1 förekomster maskeras. Ctrl+Z ångrar alla.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="112"/>
        <source>Søgningen blev afbrudt.</source>
        <translation>Sökningen avbröts.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/search_view.py" line="114"/>
        <source>Søger i sagen</source>
        <translation>Söker i ärendet</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="55"/>
        <source>Myndighedens hjemler kan ikke bruges</source>
        <translation>Myndighetens bestämmelser kan inte användas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="81"/>
        <source>Medarbejderlisten kan ikke læses</source>
        <translation>Personallistan kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="85"/>
        <source>Medarbejderlisten bruges på filer, der lægges ind fremover.</source>
        <translation>Personallistan används på filer som läggs in framöver.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="91"/>
        <source>Medarbejderliste</source>
        <translation>Personallista</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="94"/>
        <source>Medarbejderlisten omfatter %1 af sagens åbne forslag:

%2

Afvis dem nu? (Ctrl+Z fortryder)</source>
        <translation>Personallistan omfattar %1 av ärendets öppna förslag:

%2

Avvisa dem nu? (Ctrl+Z ångrar)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="100"/>
        <source>Afvis dem</source>
        <translation>Avvisa dem</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="101"/>
        <source>Lad dem stå</source>
        <translation>Låt dem stå kvar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/preferences.py" line="107"/>
        <source>%1 forslag på medarbejderlisten er afvist. Ctrl+Z fortryder.</source>
        <translation>%1 förslag på personallistan har avvisats. Ctrl+Z ångrar.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="116"/>
        <source>Indstillinger</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="120"/>
        <source>fx Eksempel Kommune, Borgerservice</source>
        <translation>t.ex. Exempel kommun, Kontaktcenter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="121"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="124"/>
        <source>tekstfil med én medarbejder pr. linje</source>
        <translation>textfil med en medarbetare per rad</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="184"/>
        <source>Vælg…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="127"/>
        <source>&amp;Medarbejderliste:</source>
        <translation>&amp;Personallista:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="130"/>
        <source>Navne, telefonnumre og e-mailadresser på listen foreslås aldrig overstreget. Skifter du listen, kan den også bruges på sagens åbne forslag.</source>
        <translation>Namn, telefonnummer och e-postadresser på listan föreslås aldrig för maskering. Byter du lista kan den också användas på ärendets öppna förslag.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="137"/>
        <source>myndighedens egen liste over hjemler (YAML)</source>
        <translation>myndighetens egen lista över bestämmelser (YAML)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="140"/>
        <source>&amp;Egne hjemler:</source>
        <translation>&amp;Egna bestämmelser:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="142"/>
        <source>Lægges oven på de medfølgende hjemler, som «redact export --legal-bases» gør det.</source>
        <translation>Läggs ovanpå de medföljande bestämmelserna, som «redact export --legal-bases» gör.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="147"/>
        <source>Standard&amp;hjemmel:</source>
        <translation>Standard&amp;lagrum:</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="148"/>
        <source>Bruges til manuelle overstregninger og undtagne sider.</source>
        <translation>Används för manuella maskeringar och undantagna sidor.</translation>
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
        <translation>Språket byts nästa gång programmet startas.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="172"/>
        <source>Låst af myndighedens IT (maskinens politik)</source>
        <translation>Låst av myndighetens IT (datorns policy)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="199"/>
        <source>Vælg medarbejderliste</source>
        <translation>Välj personallista</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="199"/>
        <source>Tekstfiler (*.txt);;Alle filer (*)</source>
        <translation>Textfiler (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="206"/>
        <source>Vælg liste over hjemler</source>
        <translation>Välj lista över bestämmelser</translation>
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
        <translation>Nästa öppna förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="249"/>
        <source>Forrige åbne forslag</source>
        <translation>Föregående öppna förslag</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="250"/>
        <source>Acceptér (overstreg) det valgte, og gå videre</source>
        <translation>Godkänn (maskera) det valda och gå vidare</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="251"/>
        <source>Afvis det valgte, og gå videre</source>
        <translation>Avvisa det valda och gå vidare</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="252"/>
        <source>Hjemmel for det valgte</source>
        <translation>Lagrum för det valda</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="253"/>
        <source>Værktøj: vælg, tegn område, markér tekst</source>
        <translation>Verktyg: välj, rita område, markera text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="254"/>
        <source>Overstreg alle forekomster af en tekst</source>
        <translation>Maskera alla förekomster av en text</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="255"/>
        <source>Fortryd / annullér fortryd</source>
        <translation>Ångra / gör om</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="256"/>
        <source>Eksportér</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="257"/>
        <source>Zoom ind / ud / tilpas bredden</source>
        <translation>Zooma in / ut / anpassa till bredden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/dialogs.py" line="264"/>
        <source>Tastaturgenveje</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>StatusView</name>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="22"/>
        <source>Hver beslutning gemmes med det samme; der er intet at gemme</source>
        <translation>Varje beslut sparas direkt; det finns inget att spara</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="25"/>
        <source>Annullér</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="45"/>
        <source>Side %1 af %2 · </source>
        <translation>Sida %1 av %2 · </translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="47"/>
        <source>dokument</source>
        <translation>handling</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="47"/>
        <source>dokumenter</source>
        <translation>handlingar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="48"/>
        <source>%1 åbne forslag i %2</source>
        <translation>%1 öppna förslag i %2</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/status_view.py" line="50"/>
        <source>Ingen åbne forslag</source>
        <translation>Inga öppna förslag</translation>
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
        <translation>Norskt födelsenummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="69"/>
        <source>Svensk personnummer</source>
        <translation>Svenskt personnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="70"/>
        <source>Telefonnummer</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="71"/>
        <source>E-mailadresse</source>
        <translation>E-postadress</translation>
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
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="77"/>
        <source>Andet id-nummer</source>
        <translation>Annat id-nummer</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="78"/>
        <source>Følsomme oplysninger</source>
        <translation>Känsliga uppgifter</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="79"/>
        <source>Manuelle overstregninger</source>
        <translation>Manuella maskeringar</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="82"/>
        <source>Åben</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="83"/>
        <source>Accepteret</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/i18n.py" line="84"/>
        <source>Afvist</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/settings.py" line="93"/>
        <source>  – foreslået for det valgte</source>
        <translation>  – föreslaget för det valda</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="90"/>
        <source>%1 (%2 åbne)</source>
        <translation>%1 (%2 öppna)</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="93"/>
        <source>Side %1: undtaget</source>
        <translation>Sida %1: undantagen</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="94"/>
        <source>Side %1: %2 åbne forslag</source>
        <translation>Sida %1: %2 öppna förslag</translation>
    </message>
</context>
<context>
    <name>ThumbnailsView</name>
    <message>
        <location filename="../../src/redact/gui/thumbnails_view.py" line="142"/>
        <source>Siderne: klik for at gå til en side</source>
        <translation>Sidorna: klicka för att gå till en sida</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="15"/>
        <source>Overstregning til aktindsigt</source>
        <translation>Maskering vid utlämnande</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="21"/>
        <source>Opret en sag for anmodningen (titel og journalnummer).</source>
        <translation>Skapa ett ärende för begäran (rubrik och diarienummer).</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="22"/>
        <source>Læg sagens filer ind: træk dem ind i vinduet, eller vælg dem.</source>
        <translation>Lägg in ärendets filer: dra in dem i fönstret eller välj dem.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="23"/>
        <source>Gennemgå forslagene: A accepterer (overstreger), R afviser, N går videre.</source>
        <translation>Granska förslagen: A godkänner (maskerar), R avvisar, N går vidare.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="24"/>
        <source>Eksportér: du får kontrollerede, overstregede PDF&apos;er til udlevering.</source>
        <translation>Exportera: du får kontrollerade, maskerade PDF:er att lämna ut.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="28"/>
        <source>Alt foregår på denne computer; intet sendes nogen steder hen.</source>
        <translation>Allt sker på den här datorn; inget skickas någonstans.</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="33"/>
        <source>Ny sag…</source>
        <translation>Nytt ärende…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="34"/>
        <source>Åbn sag…</source>
        <translation>Öppna ärende…</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="43"/>
        <source>Dobbeltklik for at åbne sagen</source>
        <translation>Dubbelklicka för att öppna ärendet</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="44"/>
        <source>Seneste sager</source>
        <translation>Senaste ärenden</translation>
    </message>
    <message>
        <location filename="../../src/redact/gui/welcome_view.py" line="47"/>
        <source>Tip: læg myndighedens medarbejderliste ind under Sag ▸ Indstillinger, så medarbejdernes navne og numre ikke bliver foreslået overstreget.</source>
        <translation>Tips: lägg in myndighetens personallista under Ärende ▸ Inställningar, så att medarbetarnas namn och nummer inte föreslås för maskering.</translation>
    </message>
</context>
</TS>
